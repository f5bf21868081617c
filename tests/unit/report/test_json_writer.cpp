// The streaming JSON writer lays out and escapes text exactly as nlohmann::json's dump(2) does: each
// case builds the same document both ways and compares the two texts (nlohmann is the reference).
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "report/json_writer.h"

namespace {

using Json = nlohmann::ordered_json;

// Writes `json` through the streaming writer, one value at a time.
std::string streamed(const Json& json) {
  rw::JsonWriter out;
  out.value(json);
  return out.finish();
}

TEST(JsonWriter, LaysOutAsDumpTwo) {
  const Json cases[] = {
      Json::object(),
      Json::array(),
      Json(nullptr),
      Json("text"),
      Json(-42),
      Json{{"a", 1}, {"b", Json::array()}, {"c", Json::object()}, {"d", {1, 2, {{"e", nullptr}}}}, {"f", true}, {"g", false}},
      Json{{"nested", {{"deeper", {{"deepest", Json::array({Json::array(), Json::object(), "x"})}}}}}},
      Json::array({Json{{"year", 2022}, {"amount", "150000.00"}}, Json{{"year", 2023}, {"amount", "-0.01"}}}),
  };
  for (const Json& json : cases) EXPECT_EQ(streamed(json), json.dump(2) + "\n") << json.dump();
}

TEST(JsonWriter, EscapesAsDump) {
  // Quotes, backslashes, every control character, DEL, slashes and multi-byte UTF-8 (cliënten, €).
  std::string tricky = "\"quoted\" back\\slash /slash \x7f cliënten € ";
  for (char c = 1; c < 0x20; ++c) tricky += c;
  Json json{{tricky, tricky}, {"list", {tricky, "plain"}}};
  EXPECT_EQ(streamed(json), json.dump(2) + "\n");
}

TEST(JsonWriter, WritesMembersInTheOrderGiven) {
  rw::JsonWriter out;
  out.begin_object();
  out.member("z", "last letter first");
  out.member("a", 7);
  out.key("list");
  out.begin_array();
  out.number(1);
  out.null();
  out.end();
  out.end();
  EXPECT_EQ(out.finish(), "{\n  \"z\": \"last letter first\",\n  \"a\": 7,\n  \"list\": [\n    1,\n    null\n  ]\n}\n");
}

TEST(JsonWriter, RefusesAMisuseAsAnInternalFault) {
  rw::JsonWriter unclosed;
  unclosed.begin_array();
  EXPECT_THROW(unclosed.finish(), std::logic_error);
  rw::JsonWriter keyless;
  keyless.begin_object();
  EXPECT_THROW(keyless.string("no key"), std::logic_error);
  rw::JsonWriter floating;
  EXPECT_THROW(floating.value(Json(0.5)), std::logic_error);
}

}  // namespace

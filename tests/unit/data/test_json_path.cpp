// JSON paths as reported in data errors.
#include <gtest/gtest.h>

#include "runtime/data/json_path.h"

namespace rw {
namespace {

TEST(JsonPath, WritesPlainKeysAfterDotsAndIndicesInBrackets) {
  JsonPath root = JsonPath::root();
  JsonPath clients = root.key("clients");
  JsonPath client = clients.index(17);
  JsonPath decision = client.key("decision");
  EXPECT_EQ(root.to_string(), "$");
  EXPECT_EQ(decision.key("start").to_string(), "$.clients[17].decision.start");
  EXPECT_EQ(root.key("member_years_2").to_string(), "$.member_years_2");
}

TEST(JsonPath, QuotesOtherKeys) {
  JsonPath root = JsonPath::root();
  EXPECT_EQ(root.key("odd key").to_string(), "$[\"odd key\"]");
  EXPECT_EQ(root.key("").to_string(), "$[\"\"]");
  EXPECT_EQ(root.key("say \"hi\"\\").to_string(), "$[\"say \\\"hi\\\"\\\\\"]");
  EXPECT_EQ(root.key("tab\there").to_string(), "$[\"tab\\u0009here\"]");
  EXPECT_EQ(root.key("caf\xc3\xa9").index(0).to_string(), "$[\"caf\xc3\xa9\"][0]");
}

}  // namespace
}  // namespace rw

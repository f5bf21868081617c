// JSON parsing: numbers keep their literal text; syntax errors carry line and column.
#include <gtest/gtest.h>

#include "runtime/data/json_tree.h"

namespace rw {
namespace {

// The tree of `text`, failing the test when it does not parse.
JsonNode parse_ok(const std::string& text) {
  auto parsed = parse_json(text);
  if (auto* error = std::get_if<JsonParseError>(&parsed)) {
    ADD_FAILURE() << "line " << error->line << ", column " << error->column << ": " << error->message;
    return JsonNode{};
  }
  return std::get<JsonNode>(parsed);
}

// The error of `text`, failing the test when it parses.
JsonParseError parse_error(const std::string& text) {
  auto parsed = parse_json(text);
  if (auto* error = std::get_if<JsonParseError>(&parsed)) return *error;
  ADD_FAILURE() << "expected a syntax error in " << text;
  return JsonParseError{};
}

TEST(JsonTree, KeepsEveryNumberAsWritten) {
  JsonNode root = parse_ok(R"([0.1, 1.10, 1E3, -2.5e-2, 42, -9223372036854775808, 18446744073709551615,
                                123456789012345678901234567890, 690000.00])");
  std::vector<std::string> texts;
  for (const JsonNode& item : root.items) {
    EXPECT_EQ(item.kind, JsonNode::Kind::Number);
    texts.push_back(item.text);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"0.1", "1.10", "1E3", "-2.5e-2", "42", "-9223372036854775808",
                                             "18446744073709551615", "123456789012345678901234567890",
                                             "690000.00"}));
}

TEST(JsonTree, BuildsObjectsInDocumentOrderKeepingRepeatedKeys) {
  JsonNode root = parse_ok(R"({"b": [true, null], "a": "\u00e9", "b": {}})");
  ASSERT_EQ(root.kind, JsonNode::Kind::Object);
  ASSERT_EQ(root.members.size(), 3u);
  EXPECT_EQ(root.members[0].first, "b");
  EXPECT_EQ(root.members[1].second.text, "\xc3\xa9");
  EXPECT_EQ(root.members[2].second.kind, JsonNode::Kind::Object);
  const JsonNode* b = root.find("b");
  ASSERT_NE(b, nullptr);
  ASSERT_EQ(b->items.size(), 2u);
  EXPECT_TRUE(b->items[0].boolean);
  EXPECT_EQ(b->items[1].kind, JsonNode::Kind::Null);
  EXPECT_EQ(root.find("c"), nullptr);
}

struct SyntaxCase {
  std::string name;
  std::string text;
  int line, column;
  std::string message_part;
};

void PrintTo(const SyntaxCase& c, std::ostream* os) { *os << c.name; }

class JsonSyntax : public ::testing::TestWithParam<SyntaxCase> {};

TEST_P(JsonSyntax, ReportsLineColumnAndReason) {
  JsonParseError error = parse_error(GetParam().text);
  EXPECT_EQ(error.line, GetParam().line) << error.message;
  EXPECT_EQ(error.column, GetParam().column) << error.message;
  EXPECT_NE(error.message.find(GetParam().message_part), std::string::npos) << error.message;
  EXPECT_EQ(error.message.find("json.exception"), std::string::npos) << error.message;
}

INSTANTIATE_TEST_SUITE_P(JsonTree, JsonSyntax, ::testing::Values(
    SyntaxCase{"stray_comma", "{\n  \"rate\": 1,\n  \"clients\": [,]\n}", 3, 15, "unexpected ','"},
    SyntaxCase{"bad_literal", "{\"a\": tru}", 1, 10, "invalid literal"},
    SyntaxCase{"unterminated", "{\"a\": [1, 2", 1, 12, "unexpected end of input"},
    SyntaxCase{"trailing_text", "{} x", 1, 4, "expected end of input"},
    SyntaxCase{"empty", "", 1, 1, "unexpected end of input"},
    SyntaxCase{"columns_count_characters", "{\"\xc3\xa9\": x}", 1, 7, "invalid literal"},
    SyntaxCase{"too_deep", std::string(300, '[') + std::string(300, ']'), 1, 257, "nested more than 256 deep"},
    SyntaxCase{"huge_exponent", "[1e999]", 1, 6, "number overflow"}));

TEST(JsonTree, LineAndColumnOfAnOffset) {
  EXPECT_EQ(line_and_column("ab\ncd", 0), std::make_pair(1, 1));
  EXPECT_EQ(line_and_column("ab\ncd", 3), std::make_pair(2, 1));
  EXPECT_EQ(line_and_column("ab\ncd", 4), std::make_pair(2, 2));
  EXPECT_EQ(line_and_column("ab", 99), std::make_pair(1, 3));
}

}  // namespace
}  // namespace rw

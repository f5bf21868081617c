#pragma once
// A small JSON document tree that keeps every number's text exactly as written ("690000.00",
// "0.025", "1e3"), so amounts are never read through binary floating point.
#include <cstddef>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace rw {

struct JsonNode {
  enum class Kind { Null, Bool, Number, String, Array, Object };
  JsonNode() = default;
  explicit JsonNode(Kind k) : kind(k) {}

  Kind kind = Kind::Null;
  bool boolean = false;
  std::string text;  // Number: its literal text as written; String: the decoded string
  std::vector<JsonNode> items;                            // Array
  std::vector<std::pair<std::string, JsonNode>> members;  // Object, in document order (duplicates kept)

  // The first member called `key`, or nullptr.
  const JsonNode* find(const std::string& key) const;
};

struct JsonParseError {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, in characters (UTF-8 code points)
  std::string message;
};

// Deepest nesting of arrays and objects a document may have (keeps the tree's recursion bounded).
constexpr int max_json_depth = 256;

// Parses one complete JSON document; on failure returns the position and reason instead of a tree.
std::variant<JsonNode, JsonParseError> parse_json(const std::string& text);

// Line and column (1-based, column in characters) of the byte at `offset` in `text`.
std::pair<int, int> line_and_column(const std::string& text, std::size_t offset);

}  // namespace rw

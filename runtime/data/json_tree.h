#pragma once
// A small JSON document tree that keeps every number's text exactly as written, so amounts are
// never read through binary floating point.
#include <memory>
#include <optional>
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
  std::string text;  // Number: its literal text ("690000.00", "-3", "1e3"); String: the decoded string
  std::vector<JsonNode> items;                            // Array
  std::vector<std::pair<std::string, JsonNode>> members;  // Object, in document order

  // The member called `key`, or nullptr.
  const JsonNode* find(const std::string& key) const;
};

struct JsonParseError {
  int line = 1, column = 1;
  std::string message;
};

// Parses JSON text; on failure returns the position and reason instead of a tree.
std::variant<JsonNode, JsonParseError> parse_json(const std::string& text);

}  // namespace rw

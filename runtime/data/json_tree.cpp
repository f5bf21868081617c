#include "runtime/data/json_tree.h"

#include <optional>
#include <tuple>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "messages/say.h"

namespace rw {

const JsonNode* JsonNode::find(const std::string& key) const {
  for (const auto& [name, value] : members) {
    if (name == key) return &value;
  }
  return nullptr;
}

std::pair<int, int> line_and_column(const std::string& text, std::size_t offset) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {  // not a UTF-8 continuation byte
      ++column;
    }
  }
  return {line, column};
}

namespace {

// Builds a JsonNode tree from nlohmann's SAX events. Numbers are taken from their source text
// (number_float) or from the exact integer nlohmann read; the binary floating-point value is ignored.
class TreeBuilder : public nlohmann::json_sax<nlohmann::json> {
 public:
  JsonNode root;
  std::optional<std::pair<std::size_t, std::string>> error;  // byte count read, reason
  bool too_deep = false;

  // SAX events: each scalar is stored where it belongs; arrays and objects are opened and closed.
  bool null() override { return place(JsonNode{}); }
  bool boolean(bool value) override {
    JsonNode node(JsonNode::Kind::Bool);
    node.boolean = value;
    return place(std::move(node));
  }
  bool number_integer(number_integer_t value) override { return number(std::to_string(value)); }
  bool number_unsigned(number_unsigned_t value) override { return number(std::to_string(value)); }
  bool number_float(number_float_t /*binary value: never used*/, const string_t& text) override { return number(text); }
  bool string(string_t& value) override {
    JsonNode node(JsonNode::Kind::String);
    node.text = std::move(value);
    return place(std::move(node));
  }
  bool binary(binary_t& /*not produced by JSON text*/) override { return false; }
  bool start_object(std::size_t /*unknown size*/) override { return open(JsonNode::Kind::Object); }
  bool key(string_t& name) override {
    open_.back()->members.emplace_back(std::move(name), JsonNode{});
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t /*unknown size*/) override { return open(JsonNode::Kind::Array); }
  bool end_array() override { return close(); }
  // Records the first syntax error and stops.
  bool parse_error(std::size_t position, const std::string& /*last token*/,
                   const nlohmann::detail::exception& exception) override {
    error = {position, reason(exception.what())};
    return false;
  }

 private:
  std::vector<JsonNode*> open_;  // the arrays and objects not yet closed, innermost last

  // nlohmann's text without "[json.exception...] " and "parse error at line 1, column 5: ".
  static std::string reason(std::string text) {
    if (!text.empty() && text.front() == '[') {
      if (auto end = text.find("] "); end != std::string::npos) text.erase(0, end + 2);
    }
    if (text.rfind("parse error", 0) == 0) {
      if (auto colon = text.find(": "); colon != std::string::npos) text.erase(0, colon + 2);
    }
    return text;
  }
  // Adds a number node with its literal text.
  bool number(std::string text) {
    JsonNode node(JsonNode::Kind::Number);
    node.text = std::move(text);
    return place(std::move(node));
  }
  // Stores a finished value at the root, as the next array item, or as the last key's value.
  JsonNode* store(JsonNode value) {
    if (open_.empty()) {
      root = std::move(value);
      return &root;
    }
    JsonNode* parent = open_.back();
    if (parent->kind == JsonNode::Kind::Array) {
      parent->items.push_back(std::move(value));
      return &parent->items.back();
    }
    parent->members.back().second = std::move(value);
    return &parent->members.back().second;
  }
  // Stores a scalar value; always continues.
  bool place(JsonNode value) {
    store(std::move(value));
    return true;
  }
  // Starts an array or object; stops parsing when nesting exceeds max_json_depth.
  bool open(JsonNode::Kind kind) {
    if (open_.size() >= static_cast<std::size_t>(max_json_depth)) {
      too_deep = true;
      return false;
    }
    open_.push_back(store(JsonNode(kind)));
    return true;
  }
  // Ends the innermost array or object.
  bool close() {
    open_.pop_back();
    return true;
  }
};

// Byte offset of the first '[' or '{' nested deeper than max_json_depth (outside strings).
std::size_t too_deep_offset(const std::string& text) {
  int depth = 0;
  bool in_string = false, escaped = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_json_depth) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return text.size();
}

}  // namespace

std::variant<JsonNode, JsonParseError> parse_json(const std::string& text) {
  TreeBuilder builder;
  bool ok = nlohmann::json::sax_parse(text, &builder, nlohmann::json::input_format_t::json, /*strict=*/true);
  if (ok && !builder.error && !builder.too_deep) return std::move(builder.root);
  JsonParseError error;
  std::size_t offset = text.size();
  if (builder.too_deep) {
    offset = too_deep_offset(text);
    error.message = say("arrays and objects are nested more than {} deep", max_json_depth);
  } else if (builder.error) {
    // nlohmann counts the bytes read including the offending one.
    offset = builder.error->first > 0 ? builder.error->first - 1 : 0;
    error.message = builder.error->second;
  } else {
    error.message = say("the document is not valid JSON");
  }
  std::tie(error.line, error.column) = line_and_column(text, offset);
  return error;
}

}  // namespace rw

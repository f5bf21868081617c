#include "runtime/data/json_tree.h"

#include <nlohmann/json.hpp>

namespace rw {

const JsonNode* JsonNode::find(const std::string& key) const {
  for (const auto& [name, value] : members) {
    if (name == key) return &value;
  }
  return nullptr;
}

namespace {

// Builds a JsonNode tree from nlohmann's SAX events, taking numbers from their source text.
class TreeBuilder : public nlohmann::json_sax<nlohmann::json> {
 public:
  JsonNode root;
  std::optional<std::pair<std::size_t, std::string>> error;  // byte position, reason

  bool null() override { return add(JsonNode{}); }
  bool boolean(bool value) override {
    JsonNode n(JsonNode::Kind::Bool);
    n.boolean = value;
    return add(std::move(n));
  }
  bool number_integer(number_integer_t value) override { return number(std::to_string(value)); }
  bool number_unsigned(number_unsigned_t value) override { return number(std::to_string(value)); }
  bool number_float(number_float_t /*binary value: not used*/, const string_t& text) override { return number(text); }
  bool string(string_t& value) override {
    JsonNode n(JsonNode::Kind::String);
    n.text = value;
    return add(std::move(n));
  }
  bool binary(binary_t& /*unused*/) override { return false; }
  bool start_object(std::size_t /*unused*/) override { return open(JsonNode::Kind::Object); }
  bool key(string_t& value) override {
    stack_.back()->members.emplace_back(value, JsonNode{});
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t /*unused*/) override { return open(JsonNode::Kind::Array); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t position, const std::string& /*token*/, const nlohmann::detail::exception& e) override {
    std::string reason = e.what();
    // nlohmann's messages look like "[json.exception.parse_error.101] parse error at line 1, column 5: ..."
    if (auto colon = reason.find(": "); colon != std::string::npos) reason = reason.substr(colon + 2);
    error = {position, reason};
    return false;
  }

 private:
  std::vector<JsonNode*> stack_;

  bool number(const std::string& text) {
    JsonNode n(JsonNode::Kind::Number);
    n.text = text;
    return add(std::move(n));
  }
  // Places a finished value: at the root, as the next array item, or as the value of the last key.
  JsonNode* place(JsonNode value) {
    if (stack_.empty()) {
      root = std::move(value);
      return &root;
    }
    JsonNode* parent = stack_.back();
    if (parent->kind == JsonNode::Kind::Array) {
      parent->items.push_back(std::move(value));
      return &parent->items.back();
    }
    parent->members.back().second = std::move(value);
    return &parent->members.back().second;
  }
  bool add(JsonNode value) {
    place(std::move(value));
    return true;
  }
  bool open(JsonNode::Kind kind) {
    JsonNode n(kind);
    stack_.push_back(place(std::move(n)));
    return true;
  }
  bool close() {
    stack_.pop_back();
    return true;
  }
};

}  // namespace

std::variant<JsonNode, JsonParseError> parse_json(const std::string& text) {
  TreeBuilder builder;
  bool ok = nlohmann::json::sax_parse(text, &builder, nlohmann::json::input_format_t::json, false);
  if (ok && !builder.error) return std::move(builder.root);
  std::size_t position = builder.error ? builder.error->first : text.size();
  JsonParseError error{1, 1, builder.error ? builder.error->second : "invalid JSON"};
  for (std::size_t i = 0; i + 1 < position && i < text.size(); ++i) {
    if (text[i] == '\n') ++error.line, error.column = 1;
    else ++error.column;
  }
  return error;
}

}  // namespace rw

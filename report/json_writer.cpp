#include "report/json_writer.h"

#include <stdexcept>

#include <fmt/format.h>

namespace rw {

namespace {

// Whether byte `c` is written as it is inside a JSON string (UTF-8 bytes are, as dump() writes them
// without ensure_ascii).
bool plain(char c) { return static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\'; }

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (std::size_t at = 0; at < text.size();) {
    std::size_t run = at;
    while (run < text.size() && plain(text[run])) ++run;
    out.append(text.substr(at, run - at));  // the plain bytes in one go
    if (run == text.size()) break;
    switch (char c = text[run]) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned>(c));
    }
    at = run + 1;
  }
  out += '"';
}

void JsonWriter::newline_and_indent(std::size_t depth) {
  out_ += '\n';
  out_.append(2 * depth, ' ');
}

void JsonWriter::next_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;  // the whole document
  Level& level = levels_.back();
  if (level.close == '}') throw std::logic_error("JsonWriter: a value in an object without a key");
  if (!level.empty) out_ += ',';
  level.empty = false;
  newline_and_indent(levels_.size());
}

void JsonWriter::open(char bracket) {
  next_value();
  out_ += bracket;
  levels_.push_back({bracket == '{' ? '}' : ']'});
}

void JsonWriter::end() {
  if (levels_.empty() || after_key_) throw std::logic_error("JsonWriter: end() with nothing open, or after a key");
  Level level = levels_.back();
  levels_.pop_back();
  if (!level.empty) newline_and_indent(levels_.size());
  out_ += level.close;
}

void JsonWriter::key(std::string_view name) {
  if (levels_.empty() || levels_.back().close != '}' || after_key_) throw std::logic_error("JsonWriter: a key outside an object");
  Level& level = levels_.back();
  if (!level.empty) out_ += ',';
  level.empty = false;
  newline_and_indent(levels_.size());
  append_json_string(out_, name);
  out_ += ": ";
  after_key_ = true;
}

void JsonWriter::string(std::string_view text) {
  next_value();
  append_json_string(out_, text);
}

void JsonWriter::number(std::int64_t number) {
  next_value();
  fmt::format_to(std::back_inserter(out_), "{}", number);
}

void JsonWriter::null() {
  next_value();
  out_ += "null";
}

void JsonWriter::boolean(bool value) {
  next_value();
  out_ += value ? "true" : "false";
}

void JsonWriter::value(const nlohmann::ordered_json& json) {
  using Kind = nlohmann::ordered_json::value_t;
  switch (json.type()) {
    case Kind::object:
      begin_object();
      for (const auto& [name, member] : json.items()) {
        key(name);
        value(member);
      }
      end();
      return;
    case Kind::array:
      begin_array();
      for (const auto& element : json) value(element);
      end();
      return;
    case Kind::string: string(json.get_ref<const std::string&>()); return;
    case Kind::boolean: boolean(json.get<bool>()); return;
    case Kind::number_integer: number(json.get<std::int64_t>()); return;
    case Kind::number_unsigned: {
      next_value();
      fmt::format_to(std::back_inserter(out_), "{}", json.get<std::uint64_t>());
      return;
    }
    case Kind::null: null(); return;
    case Kind::number_float:
    case Kind::binary:
    case Kind::discarded: throw std::logic_error("JsonWriter: a floating-point, binary or discarded value in a ledger");
  }
}

std::string JsonWriter::finish() {
  if (!levels_.empty() || after_key_) throw std::logic_error("JsonWriter: finish() with an object or array still open");
  out_ += '\n';
  std::string text = std::move(out_);
  out_.clear();
  return text;
}

}  // namespace rw

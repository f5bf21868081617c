#pragma once
// JSON text written value by value, without building a document first, laid out exactly as
// nlohmann::json's dump(2) lays it out (two spaces a level, "key": value, [] and {} when empty), so that
// a large ledger is written in one pass. Strings must be valid UTF-8; they are escaped as dump() does.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace rw {

class JsonWriter {
 public:
  // Opens an object or an array as the next value; close it with end().
  void begin_object() { open('{'); }
  void begin_array() { open('['); }
  // Closes the innermost open object or array.
  void end();
  // The name of the next member of the innermost open object.
  void key(std::string_view name);
  // One value: the next element of an array, the value after key(), or the whole text.
  void string(std::string_view text);
  void number(std::int64_t number);
  void null();
  void boolean(bool value);
  // key(name), then the value.
  void member(std::string_view name, std::string_view text) {
    key(name);
    string(text);
  }
  void member(std::string_view name, std::int64_t number) {
    key(name);
    this->number(number);
  }
  // A small document made with nlohmann::json, written where it stands (no floating-point numbers).
  void value(const nlohmann::ordered_json& json);
  // The text written so far, with a final newline; the writer is left empty.
  std::string finish();

 private:
  struct Level {
    char close;
    bool empty = true;
  };
  std::string out_;
  std::vector<Level> levels_;
  bool after_key_ = false;

  void open(char bracket);
  void next_value();  // the separator and indentation before a value
  void newline_and_indent(std::size_t depth);
};

// `text` as a JSON string with its quotes, escaped as nlohmann::json's dump() escapes it.
void append_json_string(std::string& out, std::string_view text);

}  // namespace rw

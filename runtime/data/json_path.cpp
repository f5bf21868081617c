#include "runtime/data/json_path.h"

#include <algorithm>

#include <fmt/format.h>

namespace rw {

namespace {

// True for keys that can be written after a dot: non-empty, only ASCII letters, digits and '_'.
bool is_plain_key(std::string_view key) {
  return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// `key` as a JSON string literal: quotes, backslashes and control characters escaped.
std::string quoted(std::string_view key) {
  std::string out = "\"";
  for (char c : key) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace

std::string JsonPath::to_string() const {
  if (!parent_) return "$";
  std::string path = parent_->to_string();
  if (index_plus_one_ > 0) return path + "[" + std::to_string(index_plus_one_ - 1) + "]";
  if (is_plain_key(key_)) return path + "." + std::string(key_);
  return path + "[" + quoted(key_) + "]";
}

}  // namespace rw

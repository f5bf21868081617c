#pragma once
// Small scanning steps shared by the literal readers (lang/literal_numbers.cpp, lang/literal_dutch.cpp).
#include <string_view>

namespace rw {

// True for the ASCII digits 0-9.
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// `text` without a leading `prefix`; true when it was there.
inline bool consume(std::string_view& text, std::string_view prefix) {
  if (!text.starts_with(prefix)) return false;
  text.remove_prefix(prefix.size());
  return true;
}

}  // namespace rw

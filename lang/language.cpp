#include "lang/language.h"

#include "lang/name_chars.h"

namespace rw {

Language language_of(std::string_view text, const words::Word& first_word) {
  std::size_t at = 0;
  while (at < text.size()) {
    char c = text[at];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++at;
    } else if (c == '#') {
      std::size_t end = text.find('\n', at);
      at = end == std::string_view::npos ? text.size() : end;
    } else {
      break;
    }
  }
  std::string_view first = text.substr(at);
  std::string_view dutch = first_word.dutch;
  bool is_dutch = first.substr(0, dutch.size()) == dutch &&
                  names::name_char_at(first, dutch.size()) == 0;
  return is_dutch ? Language::Dutch : Language::English;
}

std::string_view language_name(Language language) { return language == Language::Dutch ? "Dutch" : "English"; }

}  // namespace rw

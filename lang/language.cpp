#include "lang/language.h"

#include <cctype>

namespace rw {

Language language_of(std::string_view text) {
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
  std::string_view dutch = words::model.dutch;
  bool is_dutch = first.substr(0, dutch.size()) == dutch &&
                  (first.size() == dutch.size() || !(std::isalnum(static_cast<unsigned char>(first[dutch.size()])) || first[dutch.size()] == '_'));
  return is_dutch ? Language::Dutch : Language::English;
}

std::string_view language_name(Language language) { return language == Language::Dutch ? "Dutch" : "English"; }

}  // namespace rw

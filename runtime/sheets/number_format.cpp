#include "runtime/sheets/number_format.h"

namespace rw {

bool is_builtin_date_format(int id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

bool is_date_format_code(std::string_view code) {
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == '"') {
      std::size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) return false;
      i = close;
    } else if (c == '[') {
      std::size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) return false;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is shown as it is (\), as a space its width (_), or repeated to fill (*)
    } else {
      switch (c | 0x20) {  // lower case for letters
        case 'd': case 'm': case 'y': case 'h': case 's': return true;
        default: break;
      }
    }
  }
  return false;
}

}  // namespace rw

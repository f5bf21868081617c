#include "report/csv_field.h"

namespace rw {

std::string csv_field(const std::string& text, char separator) {
  bool formula = !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
  const char specials[] = {separator, '"', '\n', '\r', '\0'};
  if (!formula && text.find_first_of(specials) == std::string::npos) return text;
  std::string quoted = formula ? "\"'" : "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

}  // namespace rw

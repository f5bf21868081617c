#include "runtime/sheets/cell_reference.h"

namespace rw {

std::optional<int> parse_row_number(std::string_view text) {
  if (text.empty() || text.size() > 7 || text[0] == '0') return std::nullopt;
  int row = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    row = row * 10 + (c - '0');
  }
  if (row > max_sheet_rows) return std::nullopt;
  return row;
}

std::optional<CellReference> parse_cell_reference(std::string_view text) {
  std::size_t i = 0;
  int column = 0;
  for (; i < text.size() && i < 4; ++i) {
    char c = text[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') break;
    column = column * 26 + (c - 'A' + 1);  // bijective base 26: A is 1, Z is 26, AA is 27
  }
  if (i == 0 || column > max_sheet_columns) return std::nullopt;
  std::optional<int> row = parse_row_number(text.substr(i));
  if (!row) return std::nullopt;
  return CellReference{column - 1, *row};
}

}  // namespace rw

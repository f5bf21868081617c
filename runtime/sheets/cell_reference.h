#pragma once
// Cell references as a worksheet stores them ("C12") and the limits of a sheet.
#include <optional>
#include <string_view>

namespace rw {

inline constexpr int max_sheet_rows = 1'048'576;  // Excel's last row
inline constexpr int max_sheet_columns = 16'384;  // Excel's last column, XFD

struct CellReference {
  int column = 0;  // 0-based: A is 0
  int row = 0;     // 1-based
};

// The column and row of a reference such as "C12" or "XFD1048576"; nothing when it is not one or lies
// beyond the last row or column.
std::optional<CellReference> parse_cell_reference(std::string_view text);

// The 1-based row number in `text` ("12"); nothing when it is not a number from 1 to the last row.
std::optional<int> parse_row_number(std::string_view text);

}  // namespace rw

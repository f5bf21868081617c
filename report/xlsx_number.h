#pragma once
// Exact decimals into spreadsheet number cells. libxlsxwriter takes a double; this is the one place
// in regelwerk where a binary floating-point number appears, and only on the way into the library.
#include <string>
#include <string_view>

#include <xlsxwriter.h>

namespace rw {

// The text a workbook stores for the exact decimal `decimal` ("756000.00" -> "756000", "-0.50" ->
// "-0.5", "2022" -> "2022"): no trailing zeros after the point, no point when whole.
std::string stored_number_text(std::string_view decimal);

// Writes the exact decimal `decimal` (an amount's plain text such as "-1500.25", or an integer) into
// the number cell at (row, column): the library gets the double nearest to the decimal text and stores
// it with 16 significant digits ("%.16G", Debian's build). That text is exactly the decimal when the
// double prints back to it (756000, -0.05), and otherwise differs only in the 16th digit
// (939934.44 is stored as 939934.4399999999): rounded to the 15 digits a spreadsheet keeps, it must give
// back stored_number_text(decimal) (as runtime/sheets/number_cell.h's shown_decimal reads it), or nothing is written and false is returned (more than 15
// significant digits, which a spreadsheet cannot keep; or no plain decimal).
bool write_exact_number(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, std::string_view decimal, lxw_format* format);

}  // namespace rw

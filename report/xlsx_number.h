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
// the number cell at (row, column): the library gets the double nearest to the decimal text and writes
// it with 16 significant digits ("%.16G"), which must give back stored_number_text(decimal) exactly.
// Returns false, writing nothing, when that does not hold (more than 15 significant digits, which a
// spreadsheet cannot keep) or the text is no plain decimal.
bool write_exact_number(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, std::string_view decimal, lxw_format* format);

}  // namespace rw

#include "report/xlsx_number.h"

#include <charconv>
#include <cstdio>

#include "runtime/sheets/number_cell.h"

namespace rw {

namespace {

// Whether `text` is [-]digits[.digits].
bool plain_decimal(std::string_view text) {
  std::size_t i = !text.empty() && text[0] == '-' ? 1 : 0;
  std::size_t digits = 0, points = 0;
  for (; i < text.size(); ++i) {
    if (text[i] == '.') {
      if (++points > 1 || digits == 0) return false;
    } else if (text[i] >= '0' && text[i] <= '9') {
      ++digits;
    } else {
      return false;
    }
  }
  return digits > 0 && text.back() != '.';
}

// Significant digits of a stored number text: without sign, point, leading zeros (trailing ones are gone).
std::size_t significant_digits(std::string_view stored) {
  std::size_t count = 0;
  bool leading = true;
  for (char c : stored) {
    if (c < '0' || c > '9') continue;
    if (leading && c == '0') continue;
    leading = false;
    ++count;
  }
  return count;
}

}  // namespace

std::string stored_number_text(std::string_view decimal) {
  std::string text(decimal);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  if (text == "-0") text = "0";
  return text;
}

bool write_exact_number(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, std::string_view decimal, lxw_format* format) {
  if (!plain_decimal(decimal)) return false;
  std::string stored = stored_number_text(decimal);
  if (significant_digits(stored) > 15) return false;
  double number = 0;  // the nearest double (from_chars rounds correctly and ignores the locale)
  auto [end, error] = std::from_chars(decimal.data(), decimal.data() + decimal.size(), number);
  if (error != std::errc() || end != decimal.data() + decimal.size()) return false;
  if (number == 0) number = 0;  // "-0.00" is zero, not the double -0
  char written[40];  // what the library will store: it formats with "%.16G" (Debian's build, no dtoa library)
  std::snprintf(written, sizeof written, "%.16G", number);
  if (std::string_view(written).find('E') != std::string_view::npos || shown_decimal(written) != stored) return false;
  return worksheet_write_number(sheet, row, column, number, format) == LXW_NO_ERROR;
}

}  // namespace rw

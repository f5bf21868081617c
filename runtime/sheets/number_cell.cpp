#include "runtime/sheets/number_cell.h"

#include <charconv>

#include <fmt/format.h>

#include "messages/say.h"

namespace rw {

namespace {

// True for the ASCII digits 0-9.
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Significant digits kept, as a spreadsheet shows them.
constexpr std::size_t shown_digits = 15;
// The largest decimal exponent accepted (Excel's numbers stay within 1E±308).
constexpr long max_exponent = 400;

// Rounds `digits` (no leading zero) half away from zero to `shown_digits`; the point moves right when it carries.
void round_to_shown(std::string& digits, long& point) {
  if (digits.size() <= shown_digits) return;
  bool up = digits[shown_digits] >= '5';
  digits.resize(shown_digits);
  if (!up) return;
  std::size_t i = digits.size();
  while (i > 0 && digits[i - 1] == '9') digits[--i] = '0';
  if (i == 0) {
    digits.insert(digits.begin(), '1');
    digits.pop_back();
    ++point;
  } else {
    ++digits[i - 1];
  }
}

}  // namespace

std::optional<std::string> shown_decimal(std::string_view stored) {
  std::string_view text = stored;
  bool negative = text.starts_with('-');
  if (negative || text.starts_with('+')) text.remove_prefix(1);
  std::string digits;
  long point = 0;  // how many of `digits` stand before the decimal point (may be negative or exceed their count)
  std::size_t i = 0;
  for (; i < text.size() && is_digit(text[i]); ++i) digits += text[i];
  point = static_cast<long>(digits.size());
  if (i < text.size() && text[i] == '.') {
    for (++i; i < text.size() && is_digit(text[i]); ++i) digits += text[i];
  }
  if (digits.empty()) return std::nullopt;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    long exponent = 0;
    if (i < text.size() && text[i] == '+') ++i;
    auto [end, error] = std::from_chars(text.data() + i, text.data() + text.size(), exponent);
    if (error != std::errc() || end == text.data() + i || exponent > max_exponent || exponent < -max_exponent) return std::nullopt;
    i = static_cast<std::size_t>(end - text.data());
    point += exponent;
  }
  if (i != text.size()) return std::nullopt;
  std::size_t leading = digits.find_first_not_of('0');
  if (leading == std::string::npos) return "0";
  digits.erase(0, leading);
  point -= static_cast<long>(leading);
  round_to_shown(digits, point);
  digits.erase(digits.find_last_not_of('0') + 1);
  std::string plain;
  if (point <= 0) {
    plain = "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
  } else if (static_cast<std::size_t>(point) >= digits.size()) {
    plain = digits + std::string(static_cast<std::size_t>(point) - digits.size(), '0');
  } else {
    plain = digits.substr(0, static_cast<std::size_t>(point)) + "." + digits.substr(static_cast<std::size_t>(point));
  }
  return negative ? "-" + plain : plain;
}

Checked<Date> date_of_serial(std::string_view shown, bool date1904) {
  std::string_view system = date1904 ? tr("the 1904 date system") : tr("the 1900 date system");
  if (shown.find('.') != std::string_view::npos) {
    return Checked<Date>::fail(say("the date serial {} has a time of day; give a date without a time", shown));
  }
  long serial = 0;
  auto [end, error] = std::from_chars(shown.data(), shown.data() + shown.size(), serial);
  constexpr long last_1900 = 2958465;  // 9999-12-31 in the 1900 system
  long last = date1904 ? last_1900 - 1462 : last_1900;
  long first = date1904 ? 0 : 1;
  if (error != std::errc() || end != shown.data() + shown.size() || serial < first || serial > last) {
    return Checked<Date>::fail(
        say("the number {} is no date in {} (its dates run from serial {} to {})", shown, system, first, last));
  }
  if (date1904) return Checked<Date>::ok(Date::from_ymd(1904, 1, 1)->plus_days(serial));
  if (serial == 60) {
    return Checked<Date>::fail(say("the date serial 60 is 29 February 1900, a day that never was (a spreadsheet's 1900 "
                                   "leap-year mistake); correct the date"));
  }
  // Serials 1..59 count from 1900-01-01; from 61 on, one day less (the missing 29 February).
  return Checked<Date>::ok(Date::from_ymd(1899, 12, 31)->plus_days(serial < 60 ? serial : serial - 1));
}

}  // namespace rw

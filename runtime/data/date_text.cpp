#include "runtime/data/date_text.h"

#include <array>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "runtime/data/data_messages.h"

namespace rw {

namespace {

constexpr std::array<const char*, 12> month_names = {"January", "February", "March",     "April",   "May",      "June",
                                                     "July",    "August",   "September", "October", "November", "December"};

// The number written by the digits text[from, from + count), or -1 if any of them is not a digit.
int digits_at(std::string_view text, std::size_t from, std::size_t count) {
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// Why "YYYY-MM-DD"-shaped text is not a calendar date ("February 2023 has 28 days").
std::string why_not_calendar_date(int year, int month, int day) {
  if (month < 1 || month > 12) return fmt::format("there is no month {:02}", month);
  if (year < 1) return "years run from 0001 to 9999";
  if (day < 1) return "there is no day 00";
  return fmt::format("{} {} has {} days", month_names[month - 1], year, days_in_month(year, month));
}

// For "DD-MM-YYYY" (also with '/' or '.'), the same date written "YYYY-MM-DD"; otherwise "".
std::string reordered_date(std::string_view text) {
  if (text.size() != 10 || text[2] != text[5] || (text[2] != '-' && text[2] != '/' && text[2] != '.')) return "";
  if (digits_at(text, 0, 2) < 0 || digits_at(text, 3, 2) < 0 || digits_at(text, 6, 4) < 0) return "";
  return fmt::format("{}-{}-{}", text.substr(6, 4), text.substr(3, 2), text.substr(0, 2));
}

}  // namespace

Checked<Date> date_from_text(std::string_view text) {
  if (auto date = Date::parse(text)) return Checked<Date>::ok(*date);
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    int year = digits_at(text, 0, 4), month = digits_at(text, 5, 2), day = digits_at(text, 8, 2);
    if (year >= 0 && month >= 0 && day >= 0) {
      return Checked<Date>::fail(
          fmt::format("{} is not a calendar date ({})", text, why_not_calendar_date(year, month, day)));
    }
  }
  if (std::string reordered = reordered_date(text); !reordered.empty()) {
    return Checked<Date>::fail(
        fmt::format("'{}' is not a date; write dates as YYYY-MM-DD, e.g. \"{}\"", text, reordered));
  }
  return Checked<Date>::fail(
      fmt::format("'{}' is not a date; write dates as YYYY-MM-DD, e.g. \"2025-01-01\"", excerpt(text)));
}

Checked<Duration> duration_from_text(std::string_view text) {
  auto fail = [&](std::string hint) {
    return Checked<Duration>::fail(fmt::format(
        "'{}' is not a duration; write e.g. \"30 days\", \"12 months\" or \"1 year\"{}", excerpt(text), hint));
  };
  std::size_t space = text.find(' ');
  if (space == 0 || space == std::string_view::npos || space > 6) return fail("");
  int count = digits_at(text, 0, space);
  if (count < 0) return fail("");
  std::string unit(text.substr(space + 1));
  if (unit == "day" || unit == "days") return Checked<Duration>::ok(Duration{0, count});
  if (unit == "month" || unit == "months") return Checked<Duration>::ok(Duration{count, 0});
  if (unit == "year" || unit == "years") return Checked<Duration>::ok(Duration{12 * std::int64_t{count}, 0});
  return fail(did_you_mean(unit, {"days", "months", "years"}));
}

}  // namespace rw

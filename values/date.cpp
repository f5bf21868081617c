// Calendar dates, durations and periods. See date.h for the contract.
//
// A date is stored as its serial: days since 1970-01-01. Conversions count whole days before a year
// (365 per year plus one per leap year) and, the other way, peel off 400-, 100-, 4- and 1-year blocks.
#include "values/date.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include <fmt/format.h>

namespace rw {

namespace {

constexpr std::int64_t days_per_400_years = 146097;  // 400 * 365 + 97 leap days
constexpr std::int64_t days_per_100_years = 36524;   // 100 * 365 + 24 leap days (the 100th year is not leap)
constexpr std::int64_t days_per_4_years = 1461;      // 4 * 365 + 1 leap day
constexpr std::int64_t days_per_common_year = 365;

// Days from 0001-01-01 to 1970-01-01: 1969 * 365 + 492 - 19 + 4 leap days = 719162.
constexpr std::int64_t epoch_offset = 719162;
constexpr std::int64_t first_serial = -epoch_offset;  // 0001-01-01
constexpr std::int64_t last_serial = 2932896;         // 9999-12-31 (checked in the unit tests)

constexpr int first_year = 1;
constexpr int last_year = 9999;

struct Civil {
  int year;
  int month;
  int day;
};

// a / b rounded toward minus infinity (b > 0); '/' rounds toward zero, which is wrong below zero.
std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - (a % b < 0 ? 1 : 0); }

// Days in `year` before the first of `month` (0 for January).
int days_before_month(int year, int month) {
  static constexpr std::array<int, 12> common_year = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  return common_year[month - 1] + (month > 2 && is_leap_year(year) ? 1 : 0);
}

// Days from 0001-01-01 to 1 January of `year` (negative for years before 1).
std::int64_t days_before_year(std::int64_t year) {
  std::int64_t previous = year - 1;
  return previous * days_per_common_year + floor_div(previous, 4) - floor_div(previous, 100) +
         floor_div(previous, 400);
}

// Serial of a valid calendar date.
std::int64_t serial_from_civil(int year, int month, int day) {
  return days_before_year(year) + days_before_month(year, month) + (day - 1) - epoch_offset;
}

// Month and day of the zero-based `day_of_year` in `year`.
Civil civil_from_day_of_year(int year, int day_of_year) {
  int month = 1;
  while (month < 12 && day_of_year >= days_before_month(year, month + 1)) ++month;
  return {year, month, day_of_year - days_before_month(year, month) + 1};
}

// Year, month and day of `serial`; the inverse of serial_from_civil.
Civil civil_from_serial(std::int64_t serial) {
  std::int64_t day = serial + epoch_offset;  // days since 0001-01-01
  std::int64_t cycles = floor_div(day, days_per_400_years);
  day -= cycles * days_per_400_years;  // now 0 .. 146096
  // The last century, 4-year block and year of each larger block are one day longer: hence min(.., 3).
  std::int64_t centuries = std::min<std::int64_t>(day / days_per_100_years, 3);
  day -= centuries * days_per_100_years;
  std::int64_t blocks = day / days_per_4_years;
  day -= blocks * days_per_4_years;
  std::int64_t years = std::min<std::int64_t>(day / days_per_common_year, 3);
  day -= years * days_per_common_year;
  std::int64_t year = 1 + 400 * cycles + 100 * centuries + 4 * blocks + years;
  return civil_from_day_of_year(static_cast<int>(year), static_cast<int>(day));
}

// The date `days` after `date`, or nullopt outside 0001-01-01 .. 9999-12-31 (never overflows).
std::optional<Date> shifted_by_days(Date date, std::int64_t days) {
  std::int64_t serial = date.serial();
  if (days < first_serial - serial || days > last_serial - serial) return std::nullopt;
  return Date::from_serial(static_cast<std::int32_t>(serial + days));
}

// The number written by `count` ASCII digits at `from`, or nullopt if any is not a digit.
std::optional<int> digits_at(std::string_view text, std::size_t from, std::size_t count) {
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// "1 day", "3 months", "-1 month": a count with the singular or plural unit.
std::string count_with_unit(std::int64_t count, const char* singular, const char* plural) {
  bool one = count == 1 || count == -1;
  return fmt::format("{} {}", count, one ? singular : plural);
}

struct YearMonth {
  int year;
  int month;
};

// (year, month) moved by `months`; nullopt when the result falls outside the years 1..9999.
std::optional<YearMonth> shift_months(int year, int month, std::int64_t months) {
  std::int64_t index = std::int64_t{year} * 12 + (month - 1);  // months since January of year 0
  constexpr std::int64_t first_index = std::int64_t{first_year} * 12;
  constexpr std::int64_t last_index = std::int64_t{last_year} * 12 + 11;
  if (months < first_index - index || months > last_index - index) return std::nullopt;
  index += months;
  return YearMonth{static_cast<int>(index / 12), static_cast<int>(index % 12) + 1};
}

// `day` of the target month, or what `overflow` says when the month is shorter; nullopt for Error.
std::optional<Date> place_day(YearMonth target, int day, DayOverflow overflow) {
  int last_day = days_in_month(target.year, target.month);
  if (day <= last_day) return Date::from_ymd(target.year, target.month, day);
  Date last = *Date::from_ymd(target.year, target.month, last_day);
  switch (overflow) {
    case DayOverflow::Error: return std::nullopt;
    case DayOverflow::Down: return last;
    case DayOverflow::Up: return shifted_by_days(last, 1);  // first day of the following month
  }
  return std::nullopt;
}

}  // namespace

// Gregorian rule: every 4th year, except centuries, except every 4th century.
bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// 28..31; throws std::out_of_range for a month outside 1..12.
int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> common_year = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) throw std::out_of_range("month outside 1..12");
  return month == 2 && is_leap_year(year) ? 29 : common_year[month - 1];
}

// 365, or 366 in a leap year.
int days_in_year(int year) { return is_leap_year(year) ? 366 : 365; }

// The date, if year, month and day name a real day in the years 1..9999.
std::optional<Date> Date::from_ymd(int year, int month, int day) {
  if (year < first_year || year > last_year || month < 1 || month > 12) return std::nullopt;
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return Date(static_cast<std::int32_t>(serial_from_civil(year, month, day)));
}

// "YYYY-MM-DD" with exactly 4, 2 and 2 digits, validated by from_ymd.
std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  std::optional<int> year = digits_at(text, 0, 4);
  std::optional<int> month = digits_at(text, 5, 2);
  std::optional<int> day = digits_at(text, 8, 2);
  if (!year || !month || !day) return std::nullopt;
  return from_ymd(*year, *month, *day);
}

// Calendar year of this date.
int Date::year() const { return civil_from_serial(serial_).year; }
// Month 1..12 of this date.
int Date::month() const { return civil_from_serial(serial_).month; }
// Day of the month of this date.
int Date::day() const { return civil_from_serial(serial_).day; }

// This date moved by `days`; throws std::out_of_range outside 0001-01-01 .. 9999-12-31.
Date Date::plus_days(std::int64_t days) const {
  std::optional<Date> shifted = shifted_by_days(*this, days);
  if (!shifted) throw std::out_of_range("date outside the years 1..9999");
  return *shifted;
}

// ISO form "2025-01-01".
std::string Date::to_string() const {
  Civil civil = civil_from_serial(serial_);
  return fmt::format("{:04}-{:02}-{:02}", civil.year, civil.month, civil.day);
}

// "1 month", "30 days", "2 months 3 days", "0 days"; years are stored and printed as months.
std::string Duration::to_string() const {
  if (months == 0) return count_with_unit(days, "day", "days");
  std::string text = count_with_unit(months, "month", "months");
  if (days != 0) {
    text += ' ';
    text += count_with_unit(days, "day", "days");
  }
  return text;
}

// Months first (keeping the day, or applying `overflow`), then days; nullopt when the day does not
// exist under DayOverflow::Error, and also when the result would fall outside the years 1..9999.
std::optional<Date> add_duration(Date date, const Duration& duration, DayOverflow overflow) {
  Civil civil = civil_from_serial(date.serial());
  std::optional<YearMonth> target = shift_months(civil.year, civil.month, duration.months);
  if (!target) return std::nullopt;
  std::optional<Date> moved = place_day(*target, civil.day, overflow);
  if (!moved) return std::nullopt;
  return shifted_by_days(*moved, duration.days);
}

// "2022-01-01..2024-12-31", or "2022-01-01.." when open-ended.
std::string Period::to_string() const { return start.to_string() + ".." + (end ? end->to_string() : ""); }

// 1 January .. 31 December of `year`; throws std::out_of_range outside 1..9999.
Period year_period(int year) {
  thread_local int last_year = 0;  // rules ask for the same year many times in a row
  thread_local Period last;
  if (year == last_year) return last;
  std::optional<Date> first = Date::from_ymd(year, 1, 1);
  if (!first) throw std::out_of_range("year outside 1..9999");
  last = {*first, *Date::from_ymd(year, 12, 31)};
  last_year = year;
  return last;
}

// Days in both periods, ends included; an open end reaches to 9999-12-31.
std::int64_t overlap_days(const Period& a, const Period& b) {
  std::int64_t start = std::max(a.start.serial(), b.start.serial());
  std::int64_t end = last_serial;
  if (a.end) end = std::min<std::int64_t>(end, a.end->serial());
  if (b.end) end = std::min<std::int64_t>(end, b.end->serial());
  return end >= start ? end - start + 1 : 0;
}

}  // namespace rw

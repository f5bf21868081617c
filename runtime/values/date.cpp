#include "runtime/values/date.h"

#include <stdexcept>

#include <fmt/format.h>

namespace rw {

namespace {

// Days since 1970-01-01 of a valid civil date (proleptic Gregorian), by counting 400-year eras.
std::int64_t days_from_civil(std::int64_t y, int m, int d) {
  y -= m <= 2;
  std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  std::int64_t year_of_era = y - era * 400;                                     // [0, 399]
  std::int64_t day_of_year = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;    // [0, 365], from 1 March
  std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

struct Civil {
  int year, month, day;
};

// The civil date of a day count since 1970-01-01; inverse of days_from_civil.
Civil civil_from_days(std::int64_t z) {
  z += 719468;
  std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  std::int64_t day_of_era = z - era * 146097;
  std::int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  std::int64_t mp = (5 * day_of_year + 2) / 153;
  int day = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(year_of_era + era * 400 + (month <= 2)), month, day};
}

constexpr std::int64_t first_serial = -719162;  // 0001-01-01
constexpr std::int64_t last_serial = 2932896;   // 9999-12-31

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

int days_in_year(int year) { return is_leap_year(year) ? 366 : 365; }

std::optional<Date> Date::from_ymd(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
    return std::nullopt;
  }
  return Date(static_cast<std::int32_t>(days_from_civil(year, month, day)));
}

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (text[i] - '0');
    }
  }
  return from_ymd(parts[0], parts[1], parts[2]);
}

int Date::year() const { return civil_from_days(serial_).year; }
int Date::month() const { return civil_from_days(serial_).month; }
int Date::day() const { return civil_from_days(serial_).day; }

Date Date::plus_days(std::int64_t days) const {
  std::int64_t serial = serial_ + days;
  if (days > last_serial - first_serial || days < first_serial - last_serial || serial < first_serial ||
      serial > last_serial) {
    throw std::out_of_range("date outside the years 1..9999");
  }
  return Date(static_cast<std::int32_t>(serial));
}

std::string Date::to_string() const {
  Civil c = civil_from_days(serial_);
  return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
}

std::string Duration::to_string() const {
  auto unit = [](std::int64_t n, const char* one, const char* many) {
    return fmt::format("{} {}", n, n == 1 || n == -1 ? one : many);
  };
  if (months != 0 && days != 0) return unit(months, "month", "months") + " " + unit(days, "day", "days");
  if (months != 0) return unit(months, "month", "months");
  return unit(days, "day", "days");
}

std::optional<Date> add_duration(Date date, const Duration& duration, DayOverflow overflow) {
  Civil c = civil_from_days(date.serial());
  std::int64_t month_index = static_cast<std::int64_t>(c.year) * 12 + (c.month - 1) + duration.months;
  if (month_index < 12 || month_index > 9999 * 12 + 11) return std::nullopt;
  int year = static_cast<int>(month_index / 12);
  int month = static_cast<int>(month_index % 12) + 1;
  int day = c.day;
  if (day > days_in_month(year, month)) {
    switch (overflow) {
      case DayOverflow::Error: return std::nullopt;
      case DayOverflow::Down: day = days_in_month(year, month); break;
      case DayOverflow::Up:
        day = 1;
        if (++month > 12) month = 1, ++year;
        if (year > 9999) return std::nullopt;
        break;
    }
  }
  auto shifted = Date::from_ymd(year, month, day);
  if (!shifted) return std::nullopt;
  try {
    return shifted->plus_days(duration.days);
  } catch (const std::out_of_range&) {
    return std::nullopt;
  }
}

std::string Period::to_string() const {
  return start.to_string() + ".." + (end ? end->to_string() : "");
}

Period year_period(int year) {
  return {*Date::from_ymd(year, 1, 1), *Date::from_ymd(year, 12, 31)};
}

std::int64_t overlap_days(const Period& a, const Period& b) {
  std::int64_t start = std::max(a.start.serial(), b.start.serial());
  std::int64_t end = last_serial;
  if (a.end) end = std::min<std::int64_t>(end, a.end->serial());
  if (b.end) end = std::min<std::int64_t>(end, b.end->serial());
  return end >= start ? end - start + 1 : 0;
}

}  // namespace rw

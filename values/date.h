#pragma once
// Calendar dates (proleptic Gregorian), durations in years/months/days, and inclusive periods.
// Month arithmetic that lands on a day that does not exist (31 Jan + 1 month) is an error unless the
// caller states a DayOverflow policy: Up (first day of the next month) or Down (last day of the month).
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rw {

class Date {
 public:
  Date() = default;
  // A valid calendar date, or nullopt (e.g. 2023-02-30, month 13, year outside 1..9999).
  static std::optional<Date> from_ymd(int year, int month, int day);
  // Parses exactly "YYYY-MM-DD" and validates it as from_ymd does.
  static std::optional<Date> parse(std::string_view text);
  static Date from_serial(std::int32_t days_since_epoch) { return Date(days_since_epoch); }

  int year() const;
  int month() const;
  int day() const;
  std::int32_t serial() const { return serial_; }  // days since 1970-01-01

  Date plus_days(std::int64_t days) const;  // throws std::out_of_range outside years 1..9999
  std::string to_string() const;             // "2025-01-01"

  friend bool operator==(Date, Date) = default;
  friend auto operator<=>(Date, Date) = default;

 private:
  explicit Date(std::int32_t serial) : serial_(serial) {}
  std::int32_t serial_ = 0;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
int days_in_year(int year);

// A length of time as written in a rule file: "12 months", "1 year", "30 days".
struct Duration {
  std::int64_t months = 0;  // years are stored as 12 months
  std::int64_t days = 0;
  friend bool operator==(const Duration&, const Duration&) = default;
  std::string to_string() const;  // "12 months", "1 day", "2 months 3 days" (years are shown as months)
};

// What to do when month arithmetic lands on a day the month does not have.
enum class DayOverflow {
  Error,  // the model did not say: report it
  Up,     // first day of the following month
  Down,   // last day of the month
};

// date + duration: months first (clamped per `overflow`), then days. nullopt when the day does not
// exist and overflow == Error. Negative durations subtract.
std::optional<Date> add_duration(Date date, const Duration& duration, DayOverflow overflow);

// An inclusive period of days; `end` absent means open-ended ("until further notice").
struct Period {
  Date start;
  std::optional<Date> end;
  friend bool operator==(const Period&, const Period&) = default;
  std::string to_string() const;  // "2022-01-01..2024-12-31" or "2022-01-01.."
};

// The inclusive period 1 January .. 31 December of `year`.
Period year_period(int year);
// Number of days two periods share (0 if they do not overlap). Open ends count as unbounded.
std::int64_t overlap_days(const Period& a, const Period& b);

}  // namespace rw

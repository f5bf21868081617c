// Properties of date arithmetic over thousands of generated dates and periods (a fixed seed, so a
// failure is reproduced by running the test again). The hand-picked cases are in test_date.cpp and
// the external vectors of dates-calc in tests/conformance/.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <ostream>
#include <random>

#include "values/date.h"
#include "tests/unit/values/print_values.h"

namespace rw {

namespace {

constexpr int samples = 20000;

// Generated dates and counts; the same sequence in every run.
class Generator {
 public:
  // A date in 0001-01-01 .. 9999-12-31; months ending on 28..31 come up often enough by themselves
  // (about one date in nine is the 29th, 30th or 31st).
  Date date() {
    static constexpr std::int32_t first = -719162, last = 2932896;  // serials of 0001-01-01, 9999-12-31
    return Date::from_serial(std::uniform_int_distribution<std::int32_t>(first, last)(random_));
  }
  // A date at the end of a month, where adding months most often lands on a missing day.
  Date month_end() {
    Date d = date();
    return *Date::from_ymd(d.year(), d.month(), days_in_month(d.year(), d.month()));
  }
  std::int64_t between(std::int64_t low, std::int64_t high) {
    return std::uniform_int_distribution<std::int64_t>(low, high)(random_);
  }

 private:
  std::mt19937_64 random_{20241201};
};

Duration days(std::int64_t n) { return {0, n}; }
Duration months(std::int64_t n) { return {n, 0}; }

TEST(DateProperties, DaysForwardThenBackIsTheIdentity) {
  Generator generate;
  int checked = 0;
  for (int i = 0; i < samples; ++i) {
    Date d = generate.date();
    std::int64_t n = generate.between(-200'000, 200'000);  // up to about 550 years either way
    std::optional<Date> there = add_duration(d, days(n), DayOverflow::Error);
    if (!there) continue;  // outside the years 1..9999
    EXPECT_EQ(there->serial() - d.serial(), n) << d.to_string() << " + " << n << " days";
    EXPECT_EQ(add_duration(*there, days(-n), DayOverflow::Error), d) << d.to_string() << " + " << n << " days";
    EXPECT_EQ(d.plus_days(n), *there);
    ++checked;
  }
  EXPECT_GT(checked, samples * 9 / 10);  // the range check above drops only dates near year 1 or 9999
}

TEST(DateProperties, RoundingDownIsNeverLaterThanRoundingUp) {
  Generator generate;
  int missing_days = 0;
  for (int i = 0; i < samples; ++i) {
    Date d = i % 2 ? generate.month_end() : generate.date();
    Duration p = months(generate.between(-1200, 1200));
    std::optional<Date> up = add_duration(d, p, DayOverflow::Up);
    std::optional<Date> down = add_duration(d, p, DayOverflow::Down);
    std::optional<Date> exact = add_duration(d, p, DayOverflow::Error);
    ASSERT_EQ(up.has_value(), down.has_value()) << d.to_string() << " + " << p.to_string();
    if (!up) continue;
    EXPECT_LE(*down, *up) << d.to_string() << " + " << p.to_string();
    if (exact) {  // the day exists: both roundings are that day
      EXPECT_EQ(*up, *exact);
      EXPECT_EQ(*down, *exact);
      EXPECT_EQ(exact->day(), d.day());
    } else {  // it does not: down is the last day of the month, up the day after it
      ++missing_days;
      EXPECT_EQ(down->plus_days(1), *up) << d.to_string() << " + " << p.to_string();
      EXPECT_EQ(down->day(), days_in_month(down->year(), down->month()));
      EXPECT_LT(down->day(), d.day());
      EXPECT_EQ(up->day(), 1);
    }
  }
  EXPECT_GT(missing_days, samples / 10);  // month ends make the interesting case common
}

TEST(DateProperties, AddingAPeriodKeepsTheOrderOfDates) {
  Generator generate;
  for (int i = 0; i < samples; ++i) {
    Date a = i % 3 ? generate.date() : generate.month_end();
    // b within two months after a, so that both often fall in the same target month
    std::optional<Date> b = add_duration(a, days(generate.between(0, 62)), DayOverflow::Error);
    if (!b) continue;
    Duration p{generate.between(-240, 240), generate.between(-400, 400)};
    for (DayOverflow overflow : {DayOverflow::Up, DayOverflow::Down, DayOverflow::Error}) {
      std::optional<Date> a_moved = add_duration(a, p, overflow), b_moved = add_duration(*b, p, overflow);
      if (!a_moved || !b_moved) continue;  // Error where the day is missing, or outside the calendar
      EXPECT_LE(*a_moved, *b_moved) << a.to_string() << " <= " << b->to_string() << ", + " << p.to_string()
                                    << " in mode " << static_cast<int>(overflow);
    }
  }
}

TEST(DateProperties, MonthsFirstThenDays) {
  Generator generate;
  for (int i = 0; i < samples; ++i) {
    Date d = i % 2 ? generate.month_end() : generate.date();
    Duration p{generate.between(-120, 120), generate.between(-100, 100)};
    for (DayOverflow overflow : {DayOverflow::Up, DayOverflow::Down}) {
      std::optional<Date> months_moved = add_duration(d, months(p.months), overflow);
      if (!months_moved) continue;
      EXPECT_EQ(add_duration(d, p, overflow), add_duration(*months_moved, days(p.days), overflow))
          << d.to_string() << " + " << p.to_string();
    }
  }
}

TEST(DateProperties, FirstAndLastDayOfTheMonth) {
  Generator generate;
  for (int i = 0; i < samples; ++i) {
    Date d = generate.date();
    if ((d.year() == 9999 && d.month() == 12) || (d.year() == 1 && d.month() == 1)) continue;  // calendar ends
    Date first = *Date::from_ymd(d.year(), d.month(), 1);
    // The language's last day of the month: date(d.year, d.month, 1) + 1 month - 1 day.
    std::optional<Date> next_first = add_duration(first, months(1), DayOverflow::Error);
    ASSERT_TRUE(next_first) << "adding months to a first of the month never lands on a missing day";
    Date last = next_first->plus_days(-1);
    EXPECT_EQ(last.year(), d.year());
    EXPECT_EQ(last.month(), d.month());
    EXPECT_EQ(last.day(), days_in_month(d.year(), d.month()));
    EXPECT_LE(first, d);
    EXPECT_LE(d, last);
    EXPECT_EQ(last.serial() - first.serial() + 1, days_in_month(d.year(), d.month()));
    // One month back from the last day, rounding down: the same day, or the previous month's last day
    // when that month is shorter.
    Date previous_last = first.plus_days(-1);
    EXPECT_EQ(add_duration(last, months(-1), DayOverflow::Down),
              Date::from_ymd(previous_last.year(), previous_last.month(), std::min(last.day(), previous_last.day())))
        << last.to_string() << " - 1 month rounding down";
  }
}

}  // namespace
}  // namespace rw

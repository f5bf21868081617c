// Calendar dates, month arithmetic with an explicit policy for missing days, durations and inclusive
// periods. Expected values are worked out by hand in the comment next to each.
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <ostream>

#include "values/date.h"
#include "tests/unit/values/print_values.h"

namespace rw {

namespace {

// A date literal the test knows to be valid.
Date d(const char* text) {
  std::optional<Date> date = Date::parse(text);
  if (!date) throw std::invalid_argument(std::string("test date does not parse: ") + text);
  return *date;
}

// ---------------------------------------------------------------------------------------------------
// Calendar rules

struct YearCase {
  int year;
  bool leap;
};

class LeapYear : public ::testing::TestWithParam<YearCase> {};

TEST_P(LeapYear, FollowsTheGregorianRule) {
  EXPECT_EQ(is_leap_year(GetParam().year), GetParam().leap);
  EXPECT_EQ(days_in_year(GetParam().year), GetParam().leap ? 366 : 365);
  EXPECT_EQ(days_in_month(GetParam().year, 2), GetParam().leap ? 29 : 28);
}

INSTANTIATE_TEST_SUITE_P(Date, LeapYear, ::testing::Values(
    YearCase{2024, true},    // divisible by 4
    YearCase{2023, false},
    YearCase{1900, false},   // divisible by 100 but not by 400
    YearCase{2100, false},
    YearCase{2000, true},    // divisible by 400
    YearCase{2400, true},
    YearCase{4, true},
    YearCase{1, false}));

TEST(Date, DaysInMonth) {
  // Thirty days has September, April, June and November; all the rest have 31 except February.
  constexpr std::array<int, 12> in_2023 = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (int month = 1; month <= 12; ++month) EXPECT_EQ(days_in_month(2023, month), in_2023[month - 1]) << month;
  EXPECT_THROW(days_in_month(2023, 0), std::out_of_range);
  EXPECT_THROW(days_in_month(2023, 13), std::out_of_range);
}

// ---------------------------------------------------------------------------------------------------
// Parsing and printing

struct DateParseCase {
  const char* text;
  bool valid;
};

class ParseDate : public ::testing::TestWithParam<DateParseCase> {};

TEST_P(ParseDate, AcceptsOnlyRealDatesAsYYYYMMDD) {
  std::optional<Date> date = Date::parse(GetParam().text);
  ASSERT_EQ(date.has_value(), GetParam().valid);
  if (date) {
    EXPECT_EQ(date->to_string(), GetParam().text);  // and prints back the same text
  }
}

INSTANTIATE_TEST_SUITE_P(Accepted, ParseDate, ::testing::Values(
    DateParseCase{"2024-02-29", true},   // 2024 is a leap year
    DateParseCase{"2000-02-29", true},   // divisible by 400
    DateParseCase{"0001-01-01", true},   // first supported day
    DateParseCase{"9999-12-31", true},   // last supported day
    DateParseCase{"0999-05-06", true},   // leading zeros are printed back
    DateParseCase{"2023-04-30", true}));

INSTANTIATE_TEST_SUITE_P(Rejected, ParseDate, ::testing::Values(
    DateParseCase{"2023-02-29", false},   // 2023 is not a leap year
    DateParseCase{"1900-02-29", false},   // divisible by 100, not by 400
    DateParseCase{"2023-02-30", false}, DateParseCase{"2023-04-31", false}, DateParseCase{"2023-13-01", false},
    DateParseCase{"2023-00-10", false}, DateParseCase{"2023-01-00", false}, DateParseCase{"0000-01-01", false},
    DateParseCase{"2023-1-01", false}, DateParseCase{"2023-01-1", false}, DateParseCase{"23-01-01", false},
    DateParseCase{"10000-01-01", false}, DateParseCase{"2023/01/01", false}, DateParseCase{"2023-01-01x", false},
    DateParseCase{" 2023-01-01", false}, DateParseCase{"+023-01-01", false}, DateParseCase{"2023-0a-01", false},
    DateParseCase{"2023-01-01T00", false}, DateParseCase{"", false}));

TEST(Date, ToStringPadsWithZeros) {
  EXPECT_EQ(Date::from_ymd(5, 1, 2)->to_string(), "0005-01-02");
  EXPECT_EQ(Date::from_ymd(2025, 1, 1)->to_string(), "2025-01-01");
}

TEST(Date, FromYmdRejectsWhatParseRejects) {
  EXPECT_FALSE(Date::from_ymd(0, 1, 1));
  EXPECT_FALSE(Date::from_ymd(10000, 1, 1));
  EXPECT_FALSE(Date::from_ymd(2023, 2, 29));
  EXPECT_FALSE(Date::from_ymd(2023, -1, 1));
  EXPECT_FALSE(Date::from_ymd(2023, 1, -1));
  EXPECT_TRUE(Date::from_ymd(2024, 2, 29));
}

// ---------------------------------------------------------------------------------------------------
// Serial numbers: days since 1970-01-01

struct SerialCase {
  const char* date;
  std::int32_t serial;
};

class Serial : public ::testing::TestWithParam<SerialCase> {};

TEST_P(Serial, CountsDaysSince1970) {
  Date date = d(GetParam().date);
  EXPECT_EQ(date.serial(), GetParam().serial);
  EXPECT_EQ(Date::from_serial(GetParam().serial), date);
}

INSTANTIATE_TEST_SUITE_P(Date, Serial, ::testing::Values(
    SerialCase{"1970-01-01", 0},
    SerialCase{"1970-01-02", 1},
    SerialCase{"1969-12-31", -1},
    SerialCase{"1970-02-01", 31},        // all of January
    SerialCase{"1971-01-01", 365},       // 1970 is not a leap year
    SerialCase{"1973-01-01", 1096},      // 365 + 365 + 366 (1972 is a leap year)
    SerialCase{"2000-01-01", 10957},     // 30 * 365 = 10950, plus 7 leap days (1972, 1976, ..., 1996)
    SerialCase{"2000-03-01", 11017},     // 10957 + 31 (January) + 29 (February 2000)
    SerialCase{"2024-01-01", 19723},     // 54 * 365 = 19710, plus 13 leap days (1972, ..., 2020)
    // 2024 is a leap year: 31+29+31+30+31+30 = 182 days to June 30, so June 30 is 181 days after Jan 1.
    SerialCase{"2024-06-30", 19904},
    SerialCase{"2025-01-01", 20089},     // 19723 + 366
    // 1969 years before 1970: 1969 * 365 = 718685, leap days 1969/4 - 1969/100 + 1969/400 = 492 - 19 + 4.
    SerialCase{"0001-01-01", -719162},
    // Years 1..9999: 9999 * 365 = 3649635 plus 2499 - 99 + 24 = 2424 leap days = 3652059 days in all;
    // the last day is 3652058 days after 0001-01-01, and 3652058 - 719162 = 2932896.
    SerialCase{"9999-12-31", 2932896}));

TEST(Date, AccessorsSplitTheSerial) {
  Date date = d("2024-02-29");
  EXPECT_EQ(date.year(), 2024);
  EXPECT_EQ(date.month(), 2);
  EXPECT_EQ(date.day(), 29);
  EXPECT_LT(d("2024-02-29"), d("2024-03-01"));
  EXPECT_EQ(Date(), d("1970-01-01"));  // a default date is the epoch
}

// The number of days in a month by the textbook rule, written independently of the code under test.
int reference_month_length(int year, int month) {
  if (month == 2) return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
  return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
}

// Walks every day from 0001-01-01 to 9999-12-31 by counting on a calendar, and checks that both
// conversions agree with the count: each next day has the next serial.
TEST(Date, EveryDayFromYear1To9999HasTheNextSerial) {
  std::int32_t serial = -719162;  // 0001-01-01 (see the Serial cases)
  for (int year = 1; year <= 9999; ++year) {
    for (int month = 1; month <= 12; ++month) {
      for (int day = 1; day <= reference_month_length(year, month); ++day, ++serial) {
        std::optional<Date> date = Date::from_ymd(year, month, day);
        ASSERT_TRUE(date) << year << "-" << month << "-" << day;
        ASSERT_EQ(date->serial(), serial) << year << "-" << month << "-" << day;
        Date back = Date::from_serial(serial);
        ASSERT_EQ(back.year(), year) << serial;
        ASSERT_EQ(back.month(), month) << serial;
        ASSERT_EQ(back.day(), day) << serial;
      }
    }
  }
  EXPECT_EQ(serial, 2932897);  // one past 9999-12-31
}

// ---------------------------------------------------------------------------------------------------
// Adding days

struct PlusDaysCase {
  const char* from;
  std::int64_t days;
  const char* expected;
};

void PrintTo(const PlusDaysCase& c, std::ostream* out) { *out << c.from << " + " << c.days << " days"; }

class PlusDays : public ::testing::TestWithParam<PlusDaysCase> {};

TEST_P(PlusDays, MovesByWholeDays) {
  EXPECT_EQ(d(GetParam().from).plus_days(GetParam().days).to_string(), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Date, PlusDays, ::testing::Values(
    PlusDaysCase{"2024-02-28", 1, "2024-02-29"},   // leap day
    PlusDaysCase{"2024-02-28", 2, "2024-03-01"},
    PlusDaysCase{"2023-02-28", 1, "2023-03-01"},   // no leap day in 2023
    PlusDaysCase{"2024-12-31", 1, "2025-01-01"},
    PlusDaysCase{"2024-03-01", -1, "2024-02-29"},
    PlusDaysCase{"2024-01-01", 366, "2025-01-01"},  // 2024 has 366 days
    PlusDaysCase{"2024-01-01", 0, "2024-01-01"},
    PlusDaysCase{"0001-01-01", 3652058, "9999-12-31"}));  // see the Serial case for 9999-12-31

TEST(Date, PlusDaysOutsideYears1To9999Throws) {
  EXPECT_THROW(d("9999-12-31").plus_days(1), std::out_of_range);
  EXPECT_THROW(d("0001-01-01").plus_days(-1), std::out_of_range);
  EXPECT_THROW(d("2024-01-01").plus_days(INT64_MAX), std::out_of_range);  // no overflow on the way
  EXPECT_THROW(d("2024-01-01").plus_days(INT64_MIN), std::out_of_range);
}

// ---------------------------------------------------------------------------------------------------
// Adding durations: months first, then days

struct ShiftCase {
  const char* from;
  Duration by;
  DayOverflow overflow;
  const char* expected;  // nullptr: no such date (nullopt)
};

void PrintTo(const ShiftCase& c, std::ostream* out) {
  *out << c.from << " + " << c.by.to_string() << " (policy " << static_cast<int>(c.overflow) << ")";
}

class AddDuration : public ::testing::TestWithParam<ShiftCase> {};

TEST_P(AddDuration, KeepsTheDayOrFollowsTheStatedPolicy) {
  std::optional<Date> result = add_duration(d(GetParam().from), GetParam().by, GetParam().overflow);
  if (GetParam().expected == nullptr) {
    EXPECT_FALSE(result) << result->to_string();
  } else {
    ASSERT_TRUE(result);
    EXPECT_EQ(result->to_string(), GetParam().expected);
  }
}

INSTANTIATE_TEST_SUITE_P(MissingDays, AddDuration, ::testing::Values(
    ShiftCase{"2024-01-31", {1, 0}, DayOverflow::Error, nullptr},        // 2024-02-31 does not exist
    ShiftCase{"2024-01-31", {1, 0}, DayOverflow::Down, "2024-02-29"},    // last day of February (leap year)
    ShiftCase{"2024-01-31", {1, 0}, DayOverflow::Up, "2024-03-01"},      // first day of the next month
    ShiftCase{"2024-02-29", {12, 0}, DayOverflow::Error, nullptr},       // 2025-02-29: 2025 is not leap
    ShiftCase{"2024-02-29", {12, 0}, DayOverflow::Down, "2025-02-28"},
    ShiftCase{"2024-02-29", {12, 0}, DayOverflow::Up, "2025-03-01"},
    ShiftCase{"2023-01-31", {1, 0}, DayOverflow::Down, "2023-02-28"},    // 2023: February has 28 days
    ShiftCase{"2024-08-31", {1, 0}, DayOverflow::Up, "2024-10-01"},      // September has 30 days
    ShiftCase{"2024-03-31", {-1, 0}, DayOverflow::Down, "2024-02-29"},   // one month back: February 2024
    ShiftCase{"2024-03-31", {-1, 0}, DayOverflow::Up, "2024-03-01"},     // the month after February
    ShiftCase{"2024-01-31", {-2, 0}, DayOverflow::Error, nullptr},       // 2023-11-31 does not exist
    ShiftCase{"2024-01-31", {-2, 0}, DayOverflow::Down, "2023-11-30"},
    ShiftCase{"2024-01-31", {-2, 0}, DayOverflow::Up, "2023-12-01"}));

INSTANTIATE_TEST_SUITE_P(ExistingDays, AddDuration, ::testing::Values(
    ShiftCase{"2024-12-31", {12, 0}, DayOverflow::Error, "2025-12-31"},  // December has 31 days: no policy needed
    ShiftCase{"2024-11-30", {1, 0}, DayOverflow::Up, "2024-12-30"},      // the day exists: Up changes nothing
    ShiftCase{"2024-01-15", {-13, 0}, DayOverflow::Error, "2022-12-15"}, // a year and a month back
    ShiftCase{"2024-05-31", {0, 0}, DayOverflow::Error, "2024-05-31"},
    ShiftCase{"2024-12-31", {0, 1}, DayOverflow::Error, "2025-01-01"},
    ShiftCase{"2024-03-01", {0, -1}, DayOverflow::Error, "2024-02-29"},
    ShiftCase{"2025-01-31", {1, 1}, DayOverflow::Down, "2025-03-01"},    // 2025-02-28, then one day
    ShiftCase{"2025-01-31", {1, 1}, DayOverflow::Up, "2025-03-02"}));    // 2025-03-01, then one day

INSTANTIATE_TEST_SUITE_P(OutsideTheCalendar, AddDuration, ::testing::Values(
    ShiftCase{"9999-12-31", {0, 1}, DayOverflow::Error, nullptr},
    ShiftCase{"9999-12-15", {1, 0}, DayOverflow::Down, nullptr},
    ShiftCase{"0001-01-31", {-1, 0}, DayOverflow::Down, nullptr},
    ShiftCase{"2024-01-01", {INT64_MAX, 0}, DayOverflow::Down, nullptr},  // no overflow on the way
    ShiftCase{"2024-01-01", {INT64_MIN, 0}, DayOverflow::Down, nullptr},
    ShiftCase{"2024-01-01", {0, INT64_MAX}, DayOverflow::Down, nullptr}));

// ---------------------------------------------------------------------------------------------------
// Durations as text

struct DurationText {
  Duration duration;
  const char* expected;
};

class DurationToString : public ::testing::TestWithParam<DurationText> {};

TEST_P(DurationToString, PrintsMonthsAndDays) { EXPECT_EQ(GetParam().duration.to_string(), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(Date, DurationToString, ::testing::Values(
    DurationText{{0, 1}, "1 day"}, DurationText{{0, 30}, "30 days"}, DurationText{{1, 0}, "1 month"},
    DurationText{{12, 0}, "12 months"},  // years are stored, and printed, as months
    DurationText{{24, 0}, "24 months"}, DurationText{{2, 3}, "2 months 3 days"},
    DurationText{{1, 1}, "1 month 1 day"}, DurationText{{0, 0}, "0 days"}, DurationText{{-1, 0}, "-1 month"},
    DurationText{{0, -2}, "-2 days"}));

// ---------------------------------------------------------------------------------------------------
// Periods

TEST(Period, ToString) {
  EXPECT_EQ((Period{d("2022-01-01"), d("2024-12-31")}).to_string(), "2022-01-01..2024-12-31");
  EXPECT_EQ((Period{d("2022-01-01"), std::nullopt}).to_string(), "2022-01-01..");
  EXPECT_EQ(year_period(2024).to_string(), "2024-01-01..2024-12-31");
}

TEST(Period, YearPeriodOutsideYears1To9999Throws) {
  EXPECT_THROW(year_period(0), std::out_of_range);
  EXPECT_THROW(year_period(10000), std::out_of_range);
  EXPECT_EQ(year_period(9999).end, d("9999-12-31"));
}

struct OverlapCase {
  Period a;
  Period b;
  std::int64_t days;
};

void PrintTo(const OverlapCase& c, std::ostream* out) { *out << c.a.to_string() << " with " << c.b.to_string(); }

class OverlapDays : public ::testing::TestWithParam<OverlapCase> {};

TEST_P(OverlapDays, CountsSharedDaysInclusively) {
  EXPECT_EQ(overlap_days(GetParam().a, GetParam().b), GetParam().days);
  EXPECT_EQ(overlap_days(GetParam().b, GetParam().a), GetParam().days);  // order does not matter
}

// Periods are built from text at run time, so the cases are produced by a function.
std::vector<OverlapCase> overlap_cases() {
  return {
      {year_period(2024), year_period(2024), 366},  // leap year
      {year_period(2023), year_period(2023), 365},
      // July..December 2022: 31 + 31 + 30 + 31 + 30 + 31 = 184
      {{d("2022-07-01"), d("2023-06-30")}, year_period(2022), 184},
      // January..June 2023: 31 + 28 + 31 + 30 + 31 + 30 = 181
      {{d("2022-07-01"), d("2023-06-30")}, year_period(2023), 181},
      {{d("2024-12-01"), std::nullopt}, year_period(2024), 31},    // open-ended: December 2024
      {{d("2024-12-01"), std::nullopt}, year_period(2025), 365},   // open-ended: all of 2025
      {{d("2024-12-01"), std::nullopt}, year_period(2023), 0},     // starts after 2023
      // Both open-ended: 2025-01-01 (serial 20089) .. 9999-12-31 (serial 2932896): 2932896 - 20089 + 1.
      {{d("2024-01-01"), std::nullopt}, {d("2025-01-01"), std::nullopt}, 2912808},
      {{d("2021-01-01"), d("2021-12-31")}, year_period(2022), 0},  // disjoint
      {{d("2022-05-05"), d("2022-05-05")}, year_period(2022), 1},  // a single day
      {{d("2022-01-01"), d("2022-06-30")}, {d("2022-06-30"), d("2022-12-31")}, 1},  // they share June 30
      {{d("2020-02-10"), d("2020-03-10")}, {d("2020-03-01"), d("2020-04-30")}, 10},  // March 1..10
      {{d("2024-02-01"), d("2024-02-29")}, {d("2024-02-15"), std::nullopt}, 15},     // February 15..29
      {{d("2022-03-01"), d("2022-02-01")}, year_period(2022), 0},  // end before start: empty
  };
}

INSTANTIATE_TEST_SUITE_P(Period, OverlapDays, ::testing::ValuesIn(overlap_cases()));

}  // namespace
}  // namespace rw

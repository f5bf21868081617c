// Calendar dates, month arithmetic with explicit day overflow, inclusive periods.
#include <gtest/gtest.h>

#include "runtime/values/date.h"

namespace rw {
namespace {

Date d(const char* text) { return *Date::parse(text); }

TEST(Date, ParsesOnlyRealCalendarDates) {
  EXPECT_TRUE(Date::parse("2024-02-29"));   // 2024 is a leap year
  EXPECT_FALSE(Date::parse("2023-02-29"));  // 2023 is not
  EXPECT_FALSE(Date::parse("2023-02-30"));
  EXPECT_FALSE(Date::parse("1900-02-29"));  // divisible by 100, not by 400
  EXPECT_TRUE(Date::parse("2000-02-29"));   // divisible by 400
  EXPECT_FALSE(Date::parse("2023-13-01"));
  EXPECT_FALSE(Date::parse("2023-1-01"));
  EXPECT_FALSE(Date::parse("2023-01-01x"));
  EXPECT_FALSE(Date::parse("0000-01-01"));
}

TEST(Date, SerialIsDaysSince1970) {
  EXPECT_EQ(d("1970-01-01").serial(), 0);
  EXPECT_EQ(d("1970-02-01").serial(), 31);
  EXPECT_EQ(d("2000-03-01").serial(), 11017);  // 30 years incl. 7 leap days (72..96) + 31 + 29 = 10957 + 60
  EXPECT_EQ(d("1969-12-31").serial(), -1);
}

TEST(Date, RoundTripsThroughText) {
  for (const char* text : {"0001-01-01", "1600-02-29", "2024-12-31", "9999-12-31", "2025-01-01"}) {
    EXPECT_EQ(d(text).to_string(), text);
  }
  EXPECT_EQ(d("2024-03-01").plus_days(-1).to_string(), "2024-02-29");
  EXPECT_THROW(d("9999-12-31").plus_days(1), std::out_of_range);
}

struct ShiftCase {
  const char* from;
  Duration by;
  DayOverflow overflow;
  std::optional<const char*> expected;
};

class AddDuration : public ::testing::TestWithParam<ShiftCase> {};

TEST_P(AddDuration, KeepsTheDayOrFollowsTheStatedPolicy) {
  auto result = add_duration(d(GetParam().from), GetParam().by, GetParam().overflow);
  if (!GetParam().expected) {
    EXPECT_FALSE(result) << result->to_string();
  } else {
    ASSERT_TRUE(result);
    EXPECT_EQ(result->to_string(), *GetParam().expected);
  }
}

INSTANTIATE_TEST_SUITE_P(Date, AddDuration, ::testing::Values(
    ShiftCase{"2024-01-31", {1, 0}, DayOverflow::Error, std::nullopt},      // 31 February does not exist
    ShiftCase{"2024-01-31", {1, 0}, DayOverflow::Down, "2024-02-29"},       // last day of February 2024
    ShiftCase{"2024-01-31", {1, 0}, DayOverflow::Up, "2024-03-01"},         // first day of the next month
    ShiftCase{"2024-02-29", {12, 0}, DayOverflow::Error, std::nullopt},     // 29 February 2025 does not exist
    ShiftCase{"2024-02-29", {12, 0}, DayOverflow::Down, "2025-02-28"},
    ShiftCase{"2024-02-29", {12, 0}, DayOverflow::Up, "2025-03-01"},
    ShiftCase{"2023-01-31", {1, 0}, DayOverflow::Down, "2023-02-28"},
    ShiftCase{"2024-12-31", {12, 0}, DayOverflow::Error, "2025-12-31"},     // the day exists: no policy needed
    ShiftCase{"2024-03-31", {-1, 0}, DayOverflow::Down, "2024-02-29"},
    ShiftCase{"2024-12-31", {0, 1}, DayOverflow::Error, "2025-01-01"},
    ShiftCase{"2025-01-31", {1, 1}, DayOverflow::Down, "2025-03-01"},       // 28 Feb, then one day
    ShiftCase{"2024-11-30", {1, 0}, DayOverflow::Up, "2024-12-30"}));

TEST(Duration, PrintsAsWritten) {
  EXPECT_EQ((Duration{12, 0}).to_string(), "12 months");
  EXPECT_EQ((Duration{1, 0}).to_string(), "1 month");
  EXPECT_EQ((Duration{0, 30}).to_string(), "30 days");
  EXPECT_EQ((Duration{0, 1}).to_string(), "1 day");
  EXPECT_EQ((Duration{2, 3}).to_string(), "2 months 3 days");
  EXPECT_EQ((Duration{0, 0}).to_string(), "0 days");
}

TEST(Period, OverlapCountsInclusiveDays) {
  EXPECT_EQ(overlap_days(year_period(2024), year_period(2024)), 366);
  EXPECT_EQ(overlap_days(year_period(2023), year_period(2023)), 365);
  // 2022-07-01..2022-12-31: 31+31+30+31+30+31 = 184 days
  EXPECT_EQ(overlap_days({d("2022-07-01"), d("2023-06-30")}, year_period(2022)), 184);
  // open-ended from 2024-12-01: 31 days of 2024, all of 2025
  EXPECT_EQ(overlap_days({d("2024-12-01"), std::nullopt}, year_period(2024)), 31);
  EXPECT_EQ(overlap_days({d("2024-12-01"), std::nullopt}, year_period(2025)), 365);
  EXPECT_EQ(overlap_days({d("2021-01-01"), d("2021-12-31")}, year_period(2022)), 0);
  EXPECT_EQ(overlap_days({d("2022-05-05"), d("2022-05-05")}, year_period(2022)), 1);  // a single day
  EXPECT_EQ((Period{d("2022-01-01"), std::nullopt}).to_string(), "2022-01-01..");
  EXPECT_EQ((Period{d("2022-01-01"), d("2024-12-31")}).to_string(), "2022-01-01..2024-12-31");
}

}  // namespace
}  // namespace rw

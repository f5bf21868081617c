// Dates and durations from data text, and precise explanations for what is not one.
#include <gtest/gtest.h>

#include "runtime/data/date_text.h"

namespace rw {
namespace {

struct DateCase {
  std::string text;
  std::string expected;  // the date again when accepted, else the whole error message
};

void PrintTo(const DateCase& c, std::ostream* os) { *os << "'" << c.text << "'"; }

class DateText : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateText, ReadsOrExplains) {
  Checked<Date> result = date_from_text(GetParam().text);
  EXPECT_EQ(result.value ? result.value->to_string() : result.error, GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(DateText, DateText, ::testing::Values(
    DateCase{"2024-02-29", "2024-02-29"},
    DateCase{"2025-12-31", "2025-12-31"},
    DateCase{"2023-02-30", "2023-02-30 is not a calendar date (February 2023 has 28 days)"},
    DateCase{"2023-02-29", "2023-02-29 is not a calendar date (February 2023 has 28 days)"},
    DateCase{"2023-04-31", "2023-04-31 is not a calendar date (April 2023 has 30 days)"},
    DateCase{"2023-13-01", "2023-13-01 is not a calendar date (there is no month 13)"},
    DateCase{"2023-01-00", "2023-01-00 is not a calendar date (there is no day 00)"},
    DateCase{"0000-01-01", "0000-01-01 is not a calendar date (years run from 0001 to 9999)"},
    DateCase{"30-01-2023", "'30-01-2023' is not a date; write dates as YYYY-MM-DD, e.g. \"2023-01-30\""},
    DateCase{"30/01/2023", "'30/01/2023' is not a date; write dates as YYYY-MM-DD, e.g. \"2023-01-30\""},
    DateCase{"2023-1-5", "'2023-1-5' is not a date; write dates as YYYY-MM-DD, e.g. \"2025-01-01\""},
    DateCase{"2023-01-05T00:00", "'2023-01-05T00:00' is not a date; write dates as YYYY-MM-DD, e.g. \"2025-01-01\""}));

struct DurationCase {
  std::string text;
  std::optional<Duration> value;
  std::string message_part;
};

void PrintTo(const DurationCase& c, std::ostream* os) { *os << "'" << c.text << "'"; }

class DurationText : public ::testing::TestWithParam<DurationCase> {};

TEST_P(DurationText, ReadsOrExplains) {
  Checked<Duration> result = duration_from_text(GetParam().text);
  if (GetParam().value) {
    ASSERT_TRUE(result.value) << result.error;
    EXPECT_EQ(*result.value, *GetParam().value);
  } else {
    ASSERT_FALSE(result.value);
    EXPECT_NE(result.error.find(GetParam().message_part), std::string::npos) << result.error;
  }
}

INSTANTIATE_TEST_SUITE_P(DateText, DurationText, ::testing::Values(
    DurationCase{"12 months", Duration{12, 0}, ""},
    DurationCase{"1 month", Duration{1, 0}, ""},
    DurationCase{"1 year", Duration{12, 0}, ""},
    DurationCase{"2 years", Duration{24, 0}, ""},
    DurationCase{"30 days", Duration{0, 30}, ""},
    DurationCase{"1 day", Duration{0, 1}, ""},
    DurationCase{"0 days", Duration{0, 0}, ""},
    DurationCase{"12 maanden", std::nullopt, "'12 maanden' is not a duration; write e.g. \"30 days\", \"12 months\" or \"1 year\""},
    DurationCase{"12 mnths", std::nullopt, "did you mean 'months'?"},
    DurationCase{"12months", std::nullopt, "is not a duration"},
    DurationCase{"-1 days", std::nullopt, "is not a duration"},
    DurationCase{"1.5 years", std::nullopt, "is not a duration"},
    DurationCase{"1234567 days", std::nullopt, "is not a duration"},
    DurationCase{"", std::nullopt, "is not a duration"}));

}  // namespace
}  // namespace rw

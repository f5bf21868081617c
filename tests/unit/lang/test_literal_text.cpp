// The one literal reader (lang/literal_text.h), as rule files, data, --set and test files use it:
// what each spelling means, and the fix that every refusal names.
#include <gtest/gtest.h>

#include <functional>

#include "lang/literal_text.h"

namespace rw {
namespace {

struct NumberCase {
  std::string text;
  std::optional<Rational> value;  // expected value, or nullopt when refused
  std::string message;            // when refused: the whole message, or a part of it
};

void PrintTo(const NumberCase& c, std::ostream* os) { *os << "'" << c.text << "'"; }

// Checks one case against a reader.
void check(const NumberCase& c, const std::function<Checked<Rational>(std::string_view)>& read) {
  Checked<Rational> result = read(c.text);
  if (c.value) {
    ASSERT_TRUE(result.value) << result.error;
    EXPECT_EQ(*result.value, *c.value);
  } else {
    ASSERT_FALSE(result.value) << result.value->to_string();
    EXPECT_NE(result.error.find(c.message), std::string::npos) << result.error;
  }
}

class AmountText : public ::testing::TestWithParam<NumberCase> {};
TEST_P(AmountText, Reads) { check(GetParam(), read_amount); }
INSTANTIATE_TEST_SUITE_P(LiteralText, AmountText, ::testing::Values(
    // the accepted spellings: whole euros, with underscores, with a euro sign, with exactly two decimals
    NumberCase{"7000", Rational(7000), ""},
    NumberCase{"7_000", Rational(7000), ""},
    NumberCase{"€7000", Rational(7000), ""},
    NumberCase{"€7_000", Rational(7000), ""},
    NumberCase{"€7000.00", Rational(7000), ""},
    NumberCase{"€ 7000.50", Rational::fraction(14001, 2), ""},
    NumberCase{"EUR 7000", Rational(7000), ""},
    NumberCase{"690000.00", Rational(690000), ""},
    NumberCase{"0.01", Rational::fraction(1, 100), ""},
    NumberCase{"-€50.00", Rational(-50), ""},
    NumberCase{"-12.50", Rational::fraction(-25, 2), ""},
    // a Dutch reader means 7,000 by 7.000: refused everywhere, with the accepted spellings of 7000
    NumberCase{"7.000", std::nullopt, "ambiguous amount '7.000': write 7000, 7_000, €7000 or €7000.00 "
                                      "('.' is only the decimal point, followed by exactly two digits)"},
    NumberCase{"€6.000", std::nullopt, "ambiguous amount '€6.000': write €6000, €6_000 or €6000.00 "
                                       "('.' is only the decimal point, followed by exactly two digits)"},
    NumberCase{"15.900", std::nullopt, "write 15900, 15_900, €15900 or €15900.00"},
    NumberCase{"6,500", std::nullopt, "ambiguous amount '6,500': write 6500, 6_500, €6500 or €6500.00 "
                                      "(',' is not used in amounts)"},
    NumberCase{"1.234.567", std::nullopt, "write 1234567, 1_234_567, €1234567 or €1234567.00"},
    NumberCase{"-7.000", std::nullopt, "write -7000, -7_000, -€7000 or -€7000.00"},
    NumberCase{"7.5", std::nullopt, "ambiguous amount '7.5': write 7.50 or €7.50 ('.'"},
    // less than a cent: "0.005" is no thousands grouping of 0005 (a leading zero never starts one)
    NumberCase{"0.005", std::nullopt, "'0.005' is not a whole number of cents; an amount has at most two digits after the '.', "
                                      "e.g. 0.01 or €0.01"},
    NumberCase{"-€0.125", std::nullopt, "'-€0.125' is not a whole number of cents; an amount has at most two digits after the '.', "
                                        "e.g. -€0.01"},
    NumberCase{"7000.125", std::nullopt, "write e.g. 7000, 7_000, €7000 or €7000.00 ('.' is only the decimal point"},
    NumberCase{"6.000,00", std::nullopt, "ambiguous amount '6.000,00': write 6000.00 or €6000.00 ('.' is only the decimal point, "
                                         "followed by exactly two digits; ',' is not used in amounts)"},
    NumberCase{"6,000.50", std::nullopt, "write 6000.50 or €6000.50"},
    NumberCase{"6,50", std::nullopt, "write 6.50 or €6.50 (',' is not used in amounts)"},
    NumberCase{"6000.001", std::nullopt, "write e.g. 6000, 6_000, €6000 or €6000.00"},
    NumberCase{"12.3456", std::nullopt, "write e.g. 12, €12 or €12.00"},
    NumberCase{"5.", std::nullopt, "ambiguous amount '5.'"},
    // a currency after the number
    NumberCase{"7000 euro", std::nullopt, "'7000 euro': write the euro sign before the amount: €7000"},
    NumberCase{"7000 EUR", std::nullopt, "write the euro sign before the amount: €7000"},
    NumberCase{"7_000.00€", std::nullopt, "write the euro sign before the amount: €7_000.00"},
    NumberCase{"-50 euros", std::nullopt, "write the euro sign before the amount: -€50"},
    // exponents, and what is no amount at all
    NumberCase{"6e3", std::nullopt, "'6e3' has an exponent; write amounts in plain digits, e.g. 6000, 6_000, €6000 or €6000.00"},
    NumberCase{"1.5E1", std::nullopt, "e.g. 15, €15 or €15.00"},
    NumberCase{"zeven", std::nullopt, "'zeven' is not an amount; write e.g. 7000, 7_000, €7000 or €7000.00"},
    NumberCase{"euro", std::nullopt, "'euro' is not an amount"},
    NumberCase{"+5", std::nullopt, "is not an amount"},
    NumberCase{"6__000", std::nullopt, "is not an amount"},
    NumberCase{"€-5", std::nullopt, "is not an amount"},
    NumberCase{" 5", std::nullopt, "is not an amount"},
    NumberCase{"", std::nullopt, "no amount given; write e.g. 7000"},
    NumberCase{"92233720368547758.07", Rational::fraction(9223372036854775807, 100), ""},
    NumberCase{"-92233720368547758.07", Rational::fraction(-9223372036854775807, 100), ""},
    // found by fuzzing: an amount whose cents do not fit in 64 bits
    NumberCase{"92233720368547758.08", std::nullopt, "'92233720368547758.08' is too large an amount (at most €92_233_720_368_547_758.07"},
    NumberCase{"2271020012777777777777777777777777777726", std::nullopt, "too large an amount"},
    NumberCase{"123456789012345678901234567890123456789012", std::nullopt, "too large"}));

TEST(LiteralText, KnowsWhetherAnAmountHasAEuroSign) {
  EXPECT_TRUE(has_euro_sign("€7000"));
  EXPECT_TRUE(has_euro_sign("-€50.00"));
  EXPECT_TRUE(has_euro_sign("EUR 5"));
  EXPECT_FALSE(has_euro_sign("7000"));
  EXPECT_FALSE(has_euro_sign("7000 euro"));
}

class NumberText : public ::testing::TestWithParam<NumberCase> {};
TEST_P(NumberText, Reads) { check(GetParam(), read_number); }
INSTANTIATE_TEST_SUITE_P(LiteralText, NumberText, ::testing::Values(
    NumberCase{"0.025", Rational::fraction(1, 40), ""},
    NumberCase{"-3", Rational(-3), ""},
    NumberCase{"6_000", Rational(6000), ""},
    NumberCase{"2.5%", Rational::fraction(1, 40), ""},
    NumberCase{"-2.5%", Rational::fraction(-1, 40), ""},
    NumberCase{"7.000", Rational(7), ""},  // not an amount: a '.' in a number is always the decimal point
    NumberCase{"0.333333333333333333", Rational::fraction(333333333333333333, 1000000000000000000), ""},
    NumberCase{"1e3", std::nullopt, "'1e3' has an exponent; write the number in plain digits: 1000"},
    NumberCase{"-2.5E-2", std::nullopt, "plain digits: -0.025"},
    NumberCase{"0,025", std::nullopt, "has a comma"},
    NumberCase{".5", std::nullopt, "'.5' is not a number; write it like 0.025 or 2.5%"},
    NumberCase{"yes", std::nullopt, "'yes' is not a number"},
    NumberCase{"€5", std::nullopt, "is not a number"}));

class WholeNumberText : public ::testing::TestWithParam<NumberCase> {};
TEST_P(WholeNumberText, Reads) { check(GetParam(), read_whole_number); }
INSTANTIATE_TEST_SUITE_P(LiteralText, WholeNumberText, ::testing::Values(
    NumberCase{"12", Rational(12), ""},
    NumberCase{"-3", Rational(-3), ""},
    NumberCase{"6_000", Rational(6000), ""},
    NumberCase{"18446744073709551615", Rational::fraction(Int128(18446744073709551615ull), 1), ""},
    NumberCase{"12.0", std::nullopt, "expected a whole number, found 12.0"},
    NumberCase{"1e3", std::nullopt, "plain digits: 1000"},
    NumberCase{"-", std::nullopt, "'-' is not a whole number"},
    NumberCase{"123456789012345678901234567890123456789012", std::nullopt, "too large"}));

TEST(LiteralText, RewritesExponentsInPlainDigits) {
  EXPECT_EQ(without_exponent("1e3"), "1000");
  EXPECT_EQ(without_exponent("12E+2"), "1200");
  EXPECT_EQ(without_exponent("2.5E-2"), "0.025");
  EXPECT_EQ(without_exponent("-1.50e1"), "-15");
  EXPECT_EQ(without_exponent("0.00e0"), "0");
  EXPECT_EQ(without_exponent("-0e1"), "0");
  EXPECT_EQ(without_exponent("123.456e-1"), "12.3456");
  EXPECT_EQ(without_exponent("1.5"), std::nullopt);
  EXPECT_EQ(without_exponent("1e999"), std::nullopt);
  EXPECT_EQ(without_exponent("1e39"), "1" + std::string(39, '0'));
  EXPECT_EQ(without_exponent("1e40"), std::nullopt);  // 41 digits
  EXPECT_EQ(without_exponent("e3"), std::nullopt);
}

struct DateCase {
  std::string text;
  std::string expected;  // the date again when accepted, else the whole message
};

void PrintTo(const DateCase& c, std::ostream* os) { *os << "'" << c.text << "'"; }

class DateText : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateText, ReadsOrExplains) {
  Checked<Date> result = read_date(GetParam().text);
  EXPECT_EQ(result.value ? result.value->to_string() : result.error, GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(LiteralText, DateText, ::testing::Values(
    DateCase{"2024-02-29", "2024-02-29"},
    DateCase{"2025-12-31", "2025-12-31"},
    DateCase{"2023-02-30", "2023-02-30 is not a calendar date (February 2023 has 28 days)"},
    DateCase{"2023-02-29", "2023-02-29 is not a calendar date (February 2023 has 28 days)"},
    DateCase{"2023-04-31", "2023-04-31 is not a calendar date (April 2023 has 30 days)"},
    DateCase{"2023-13-01", "2023-13-01 is not a calendar date (there is no month 13)"},
    DateCase{"2023-01-00", "2023-01-00 is not a calendar date (there is no day 00)"},
    DateCase{"0000-01-01", "0000-01-01 is not a calendar date (years run from 0001 to 9999)"},
    DateCase{"-2027-01-01", "'-2027-01-01' is not a date: a date cannot be negative; write 2027-01-01"},
    DateCase{"01-01-2027", "'01-01-2027' is not a date; write dates as YYYY-MM-DD: 2027-01-01"},
    DateCase{"30-01-2023", "'30-01-2023' is not a date; write dates as YYYY-MM-DD: 2023-01-30"},
    DateCase{"30/01/2023", "'30/01/2023' is not a date; write dates as YYYY-MM-DD: 2023-01-30"},
    DateCase{"1.2.2027", "'1.2.2027' is not a date; write dates as YYYY-MM-DD: 2027-02-01"},
    DateCase{"2023-1-5", "'2023-1-5' is not a date; write dates as YYYY-MM-DD: 2023-01-05"},
    DateCase{"31-02-2023", "'31-02-2023' is not a date; write dates as YYYY-MM-DD, e.g. 2025-01-01"},
    DateCase{"20222-01-01", "'20222-01-01' is not a date; write dates as YYYY-MM-DD, e.g. 2025-01-01"},
    DateCase{"2023-01-05T00:00", "'2023-01-05T00:00' is not a date; write dates as YYYY-MM-DD, e.g. 2025-01-01"}));

struct DurationCase {
  std::string text;
  std::optional<Duration> value;
  std::string message;  // when refused: a part of the message
};

void PrintTo(const DurationCase& c, std::ostream* os) { *os << "'" << c.text << "'"; }

class DurationText : public ::testing::TestWithParam<DurationCase> {};

TEST_P(DurationText, ReadsOrExplains) {
  Checked<Duration> result = read_duration(GetParam().text);
  if (GetParam().value) {
    ASSERT_TRUE(result.value) << result.error;
    EXPECT_EQ(*result.value, *GetParam().value);
  } else {
    ASSERT_FALSE(result.value);
    EXPECT_NE(result.error.find(GetParam().message), std::string::npos) << result.error;
  }
}

INSTANTIATE_TEST_SUITE_P(LiteralText, DurationText, ::testing::Values(
    DurationCase{"12 months", Duration{12, 0}, ""},
    DurationCase{"1 month", Duration{1, 0}, ""},
    DurationCase{"1 year", Duration{12, 0}, ""},
    DurationCase{"2 years", Duration{24, 0}, ""},
    DurationCase{"30 days", Duration{0, 30}, ""},
    DurationCase{"1 day", Duration{0, 1}, ""},
    DurationCase{"0 days", Duration{0, 0}, ""},
    DurationCase{"12months", Duration{12, 0}, ""},  // as in rule files: the space is optional
    DurationCase{"1_000 days", Duration{0, 1000}, ""},
    // a leading '-' negates, as negation does in the language
    DurationCase{"-12 months", Duration{-12, 0}, ""},
    DurationCase{"-1 year", Duration{-12, 0}, ""},
    DurationCase{"-30 days", Duration{0, -30}, ""},
    DurationCase{"1000000 years", Duration{12'000'000, 0}, ""},
    DurationCase{"1000001 days", std::nullopt, "duration too long: '1000001 days' (at most 1000000 days, months or years)"},
    DurationCase{"99999999999999999999999999999999999999999 days", std::nullopt, "duration too long"},
    DurationCase{"12 maanden", std::nullopt, "'12 maanden' is not a duration; write e.g. 30 days, 12 months or 1 year"},
    DurationCase{"12 mnths", std::nullopt, "did you mean 'months'?"},
    DurationCase{"12", std::nullopt, "'12' is not a duration: give its unit, e.g. 12 days, 12 months or 12 years"},
    DurationCase{"--1 days", std::nullopt, "is not a duration"},
    DurationCase{"1.5 years", std::nullopt, "is not a duration"},
    DurationCase{"1__0 days", std::nullopt, "is not a duration"},
    DurationCase{"", std::nullopt, "is not a duration"}));

}  // namespace
}  // namespace rw

// Exact numbers from data text: accepted forms and the explanation for every rejected one.
#include <gtest/gtest.h>

#include <functional>

#include "runtime/data/number_text.h"

namespace rw {
namespace {

struct NumberCase {
  std::string text;
  std::optional<Rational> value;  // expected value, or nullopt when rejected
  std::string message_part;       // when rejected: a part of the explanation
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
    EXPECT_NE(result.error.find(c.message_part), std::string::npos) << result.error;
  }
}


class MoneyText : public ::testing::TestWithParam<NumberCase> {};
TEST_P(MoneyText, Reads) { check(GetParam(), money_from_text); }
INSTANTIATE_TEST_SUITE_P(NumberText, MoneyText, ::testing::Values(
    NumberCase{"6000.00", Rational(6000), ""},
    NumberCase{"690000.00", Rational(690000), ""},
    NumberCase{"-12.5", Rational::fraction(-25, 2), ""},
    NumberCase{"0.01", Rational::fraction(1, 100), ""},
    NumberCase{"6000", Rational(6000), ""},
    NumberCase{"6000.001", std::nullopt, "money has at most 2 decimals (cents)"},
    NumberCase{"6.000", std::nullopt, "has 3 decimals, but money has at most 2 decimals (cents)"},
    NumberCase{"6.000,00", std::nullopt, "'6.000,00' is ambiguous: write amounts without thousands separators "
                                         "and with a '.' before the cents, e.g. \"6000.00\""},
    NumberCase{"6,000", std::nullopt, "e.g. \"6000.00\""},
    NumberCase{"6.000.000", std::nullopt, "ambiguous"},
    NumberCase{"6e3", std::nullopt, "'6e3' has an exponent; write amounts in plain digits, e.g. \"6000.00\""},
    NumberCase{"1.5E1", std::nullopt, "e.g. \"15.00\""},
    NumberCase{"\xe2\x82\xac 5", std::nullopt, "is not an amount"},
    NumberCase{"+5", std::nullopt, "is not an amount"},
    NumberCase{"6_000", std::nullopt, "is not an amount"},
    NumberCase{" 5", std::nullopt, "is not an amount"},
    NumberCase{"", std::nullopt, "is not an amount"},
    NumberCase{"5.", std::nullopt, "is not an amount"},
    NumberCase{"123456789012345678901234567890123456789012", std::nullopt, "too large"}));

class DecimalText : public ::testing::TestWithParam<NumberCase> {};
TEST_P(DecimalText, Reads) { check(GetParam(), decimal_from_text); }
INSTANTIATE_TEST_SUITE_P(NumberText, DecimalText, ::testing::Values(
    NumberCase{"0.025", Rational::fraction(1, 40), ""},
    NumberCase{"-3", Rational(-3), ""},
    NumberCase{"0.1", Rational::fraction(1, 10), ""},
    NumberCase{"0.333333333333333333", Rational::fraction(333333333333333333, 1000000000000000000), ""},
    NumberCase{"1e3", std::nullopt, "'1e3' has an exponent; write the number in plain digits: 1000"},
    NumberCase{"2.5E-2", std::nullopt, "plain digits: 0.025"},
    NumberCase{"0,025", std::nullopt, "has a comma"},
    NumberCase{".5", std::nullopt, "is not a decimal number; write it like 0.025"},
    NumberCase{"abc", std::nullopt, "is not a decimal number"}));

class IntegerText : public ::testing::TestWithParam<NumberCase> {};
TEST_P(IntegerText, Reads) { check(GetParam(), integer_from_text); }
INSTANTIATE_TEST_SUITE_P(NumberText, IntegerText, ::testing::Values(
    NumberCase{"12", Rational(12), ""},
    NumberCase{"-3", Rational(-3), ""},
    NumberCase{"18446744073709551615", Rational::fraction(Int128(18446744073709551615ull), 1), ""},
    NumberCase{"12.0", std::nullopt, "expected a whole number, found 12.0"},
    NumberCase{"1e3", std::nullopt, "plain digits: 1000"},
    NumberCase{"123456789012345678901234567890123456789012", std::nullopt, "too large"}));

TEST(NumberText, RewritesExponentsInPlainDigits) {
  EXPECT_EQ(without_exponent("1e3"), "1000");
  EXPECT_EQ(without_exponent("12E+2"), "1200");
  EXPECT_EQ(without_exponent("2.5E-2"), "0.025");
  EXPECT_EQ(without_exponent("-1.50e1"), "-15");
  EXPECT_EQ(without_exponent("0.00e0"), "0");
  EXPECT_EQ(without_exponent("-0e1"), "0");
  EXPECT_EQ(without_exponent("123.456e-1"), "12.3456");
  EXPECT_EQ(without_exponent("1.5"), std::nullopt);
  EXPECT_EQ(without_exponent("1e999"), std::nullopt);
  EXPECT_EQ(without_exponent("e3"), std::nullopt);
}

}  // namespace
}  // namespace rw

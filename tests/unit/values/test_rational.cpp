// Exact rationals: parsing, arithmetic, comparison, rounding in every mode, overflow.
#include <gtest/gtest.h>

#include "runtime/values/rational.h"

namespace rw {
namespace {

Rational r(std::int64_t num, std::int64_t den = 1) { return Rational::fraction(num, den); }

TEST(Rational, KeepsLowestTerms) {
  EXPECT_EQ(r(2, 4), r(1, 2));
  EXPECT_EQ(r(-3, -6), r(1, 2));
  EXPECT_EQ(r(3, -6).numerator(), -1);
  EXPECT_EQ(r(3, -6).denominator(), 2);
}

TEST(Rational, ArithmeticIsExact) {
  EXPECT_EQ(r(1, 3) + r(1, 6), r(1, 2));         // 2/6 + 1/6 = 3/6
  EXPECT_EQ(r(1, 3) * 3, Rational(1));            // no 0.999...
  EXPECT_EQ(Rational(6000) * r(91, 366), r(91000, 61));  // 546000/366 reduced by 6
  EXPECT_EQ(r(1, 10) + r(2, 10), r(3, 10));       // 0.1 + 0.2 is exactly 0.3
  EXPECT_EQ(Rational(1) / Rational(8), r(1, 8));
  EXPECT_EQ(r(5, 2) - r(7, 2), Rational(-1));
}

TEST(Rational, Compares) {
  EXPECT_LT(r(1, 3), r(34, 100));
  EXPECT_GT(r(-1, 3), r(-34, 100));
  EXPECT_EQ(r(1, 2) <=> r(2, 4), std::strong_ordering::equal);
}

TEST(Rational, DivisionByZeroThrows) {
  EXPECT_THROW(Rational(1) / Rational(0), DivisionByZero);
  EXPECT_THROW(Rational::fraction(1, 0), DivisionByZero);
}

TEST(Rational, OverflowIsDetectedNotWrapped) {
  Rational big = Rational::fraction(Int128(1) << 100, 1);
  EXPECT_THROW(big * big, ArithmeticOverflow);
  EXPECT_THROW(big * big + big, ArithmeticOverflow);
}

struct ParseCase {
  const char* text;
  std::optional<Rational> value;
};

class ParseDecimal : public ::testing::TestWithParam<ParseCase> {};

TEST_P(ParseDecimal, AcceptsOnlyPlainDecimals) { EXPECT_EQ(Rational::parse_decimal(GetParam().text), GetParam().value); }

INSTANTIATE_TEST_SUITE_P(Rational, ParseDecimal, ::testing::Values(
    ParseCase{"7", Rational(7)}, ParseCase{"-12.50", Rational::fraction(-25, 2)}, ParseCase{"6_000", Rational(6000)},
    ParseCase{"0.025", Rational::fraction(1, 40)}, ParseCase{"1_000_000.00", Rational(1000000)},
    ParseCase{"", std::nullopt}, ParseCase{"1.", std::nullopt}, ParseCase{".5", std::nullopt},
    ParseCase{"1e3", std::nullopt}, ParseCase{"1,5", std::nullopt}, ParseCase{"6__000", std::nullopt},
    ParseCase{"_6", std::nullopt}, ParseCase{"6_", std::nullopt}, ParseCase{"+-1", std::nullopt},
    ParseCase{"-", std::nullopt}, ParseCase{"1.2.3", std::nullopt}));

struct RoundCase {
  Rational value;
  RoundingMode mode;
  const char* expected;  // two decimals
};

class Rounding : public ::testing::TestWithParam<RoundCase> {};

TEST_P(Rounding, ToCentsInEveryMode) {
  EXPECT_EQ(GetParam().value.to_fixed(2, GetParam().mode), GetParam().expected);
}

// 0.125 and -0.125 lie exactly between two cents; 0.135 between 0.13 and 0.14; 2/3 = 0.666...
INSTANTIATE_TEST_SUITE_P(Rational, Rounding, ::testing::Values(
    RoundCase{r(1, 8), RoundingMode::HalfAwayFromZero, "0.13"}, RoundCase{r(-1, 8), RoundingMode::HalfAwayFromZero, "-0.13"},
    RoundCase{r(1, 8), RoundingMode::HalfEven, "0.12"}, RoundCase{r(-1, 8), RoundingMode::HalfEven, "-0.12"},
    RoundCase{r(135, 1000), RoundingMode::HalfEven, "0.14"}, RoundCase{r(1, 8), RoundingMode::Down, "0.12"},
    RoundCase{r(-1, 8), RoundingMode::Down, "-0.13"}, RoundCase{r(1, 8), RoundingMode::Up, "0.13"},
    RoundCase{r(-1, 8), RoundingMode::Up, "-0.12"}, RoundCase{r(-1, 8), RoundingMode::TowardZero, "-0.12"},
    RoundCase{r(2, 3), RoundingMode::HalfAwayFromZero, "0.67"}, RoundCase{r(2, 3), RoundingMode::Down, "0.66"},
    RoundCase{r(-1, 200), RoundingMode::HalfAwayFromZero, "-0.01"}, RoundCase{r(-1, 200), RoundingMode::HalfEven, "0.00"},
    RoundCase{Rational(648000), RoundingMode::HalfEven, "648000.00"}));

TEST(Rational, ToCentsRoundsOnce) {
  EXPECT_EQ(r(546000, 366).to_cents(RoundingMode::HalfAwayFromZero), 149180);  // 1491.8032... -> 1491.80
  EXPECT_EQ(r(1650000, 366).to_cents(RoundingMode::HalfAwayFromZero), 450820); // 4508.1967... -> 4508.20
}

TEST(Rational, PrintsExactDecimalsOrMarksTruncation) {
  EXPECT_EQ(r(1, 8).to_string(), "0.125");
  EXPECT_EQ(Rational(-3).to_string(), "-3");
  EXPECT_EQ(r(1, 40).to_string(), "0.025");
  EXPECT_EQ(r(1, 3).to_string(), "0.3333333333...");
  EXPECT_EQ(r(91, 366).to_string(4), "0.2486...");  // 0.24863...
}

}  // namespace
}  // namespace rw

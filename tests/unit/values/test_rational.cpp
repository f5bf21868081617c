// Exact rationals: lowest terms, arithmetic, comparison, parsing, rounding in every mode, printing,
// and overflow that is reported instead of wrapping. Every expected value is worked out by hand in
// the comment next to it.
#include <gtest/gtest.h>

#include <array>
#include <ostream>
#include <string>

#include "values/rational.h"
#include "tests/unit/values/print_values.h"

namespace rw {

namespace {

constexpr Int128 two_to(int exponent) { return Int128(1) << exponent; }
constexpr Int128 max_int128 = (two_to(126) - 1) + two_to(126);  // 2^127 - 1, written without overflowing
constexpr Int128 min_int128 = -max_int128 - 1;                  // -2^127

constexpr Int128 power_of_three(int exponent) {
  Int128 result = 1;
  for (int i = 0; i < exponent; ++i) result *= 3;
  return result;
}

// num/den as a Rational (reduced by Rational::fraction).
Rational r(Int128 num, Int128 den = 1) { return Rational::fraction(num, den); }

// A decimal literal the test knows to be valid.
Rational dec(const char* text) {
  std::optional<Rational> value = Rational::parse_decimal(text);
  if (!value) throw std::invalid_argument(std::string("test literal does not parse: ") + text);
  return *value;
}

// ---------------------------------------------------------------------------------------------------
// Lowest terms

struct ReduceCase {
  Int128 num, den;
  Int128 expected_num, expected_den;
};

class Reduction : public ::testing::TestWithParam<ReduceCase> {};

// fraction() divides by the gcd and moves the sign to the numerator.
TEST_P(Reduction, StoresLowestTermsWithPositiveDenominator) {
  Rational value = r(GetParam().num, GetParam().den);
  EXPECT_TRUE(value.numerator() == GetParam().expected_num);
  EXPECT_TRUE(value.denominator() == GetParam().expected_den);
}

INSTANTIATE_TEST_SUITE_P(Rational, Reduction, ::testing::Values(
    ReduceCase{2, 4, 1, 2},           // gcd 2
    ReduceCase{-3, -6, 1, 2},         // two minus signs cancel, gcd 3
    ReduceCase{3, -6, -1, 2},         // the sign moves to the numerator
    ReduceCase{0, -5, 0, 1},          // zero is always 0/1
    ReduceCase{6000, 366, 1000, 61},  // gcd(6000, 366) = 6
    ReduceCase{100, 25, 4, 1},        // an integer
    ReduceCase{7, 7, 1, 1},
    ReduceCase{min_int128, two_to(1), -two_to(126), 1}));  // -2^127 / 2 fits once reduced

TEST(Rational, EqualAfterReduction) {
  EXPECT_EQ(r(2, 4), r(1, 2));
  EXPECT_EQ(r(-10, 20), r(1, -2));
  EXPECT_EQ(r(0, 7), Rational(0));
  EXPECT_EQ(Rational::from_cents(1999), r(1999, 100));  // 19.99
  EXPECT_EQ(Rational::from_cents(-250), r(-5, 2));      // -2.50
  EXPECT_NE(r(1, 3), r(333, 1000));
}

// ---------------------------------------------------------------------------------------------------
// Arithmetic

struct ArithmeticCase {
  Rational left;
  char op;
  Rational right;
  Rational expected;
};

void PrintTo(const ArithmeticCase& c, std::ostream* out) {
  *out << c.left.to_string() << " " << c.op << " " << c.right.to_string();
}

class Arithmetic : public ::testing::TestWithParam<ArithmeticCase> {};

// The result of left op right.
Rational apply(const ArithmeticCase& c) {
  switch (c.op) {
    case '+': return c.left + c.right;
    case '-': return c.left - c.right;
    case '*': return c.left * c.right;
    default: return c.left / c.right;
  }
}

TEST_P(Arithmetic, IsExact) { EXPECT_EQ(apply(GetParam()), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(Rational, Arithmetic, ::testing::Values(
    ArithmeticCase{r(1, 3), '+', r(1, 6), r(1, 2)},               // 2/6 + 1/6 = 3/6
    ArithmeticCase{r(1, 10), '+', r(2, 10), r(3, 10)},            // 0.1 + 0.2 is exactly 0.3
    ArithmeticCase{dec("19.99"), '+', dec("0.01"), Rational(20)},
    ArithmeticCase{r(5, 2), '-', r(7, 2), Rational(-1)},          // 5/2 - 7/2 = -2/2
    ArithmeticCase{r(-1, 4), '-', r(1, 4), r(-1, 2)},             // -2/4
    ArithmeticCase{r(1, 3), '*', Rational(3), Rational(1)},       // no 0.999...
    ArithmeticCase{Rational(6000), '*', r(91, 366), r(91000, 61)},  // 546000/366, gcd 6
    ArithmeticCase{r(-2, 3), '*', r(-3, 4), r(1, 2)},             // 6/12
    ArithmeticCase{Rational(0), '*', Rational(-5), Rational(0)},
    ArithmeticCase{Rational(1), '/', Rational(8), r(1, 8)},
    ArithmeticCase{r(3, 4), '/', r(-3, 8), Rational(-2)},         // 3/4 * 8/-3 = -24/12
    ArithmeticCase{Rational(0), '/', Rational(7), Rational(0)}));

TEST(Rational, CompoundAssignment) {
  Rational total = dec("10.00");
  total += dec("2.50");  // 12.50
  total -= dec("0.75");  // 11.75
  EXPECT_EQ(total, r(47, 4));  // 11.75 = 47/4
}

TEST(Rational, CrossCancellationAvoidsNeedlessOverflow) {
  // 2^100/3^49 * 3^50/2^100: multiplying first would need 2^100 * 3^50 (about 2^179); cancelling 2^100
  // and 3^49 first leaves 1/1 * 3/1 = 3.
  EXPECT_EQ(r(two_to(100), power_of_three(49)) * r(power_of_three(50), two_to(100)), Rational(3));
  // 2^120/7 * 343/2^119: 2^120 * 343 is about 2^128.4; cancelled it is 2/1 * 49/1 = 98.
  EXPECT_EQ(r(two_to(120), 7) * r(343, two_to(119)), Rational(98));
  EXPECT_EQ(r(two_to(100)) / r(two_to(100)), Rational(1));
  // 1/2^120 + 1/2^120: multiplying the denominators would need 2^240; the sum is 2/2^120 = 1/2^119.
  EXPECT_EQ(r(1, two_to(120)) + r(1, two_to(120)), r(1, two_to(119)));
  // 1/(3*2^100) + 1/(5*2^100) = (5 + 3)/(15*2^100) = 8/(15*2^100) = 1/(15*2^97).
  EXPECT_EQ(r(1, 3 * two_to(100)) + r(1, 5 * two_to(100)), r(1, 15 * two_to(97)));
}

// ---------------------------------------------------------------------------------------------------
// Comparison

struct CompareCase {
  Rational left;
  Rational right;
  std::strong_ordering expected;
};

void PrintTo(const CompareCase& c, std::ostream* out) { *out << c.left.to_string() << " vs " << c.right.to_string(); }

class Comparison : public ::testing::TestWithParam<CompareCase> {};

TEST_P(Comparison, IsExactAndAntisymmetric) {
  EXPECT_TRUE((GetParam().left <=> GetParam().right) == GetParam().expected);
  EXPECT_TRUE((GetParam().right <=> GetParam().left) == (0 <=> (GetParam().left <=> GetParam().right)));
}

INSTANTIATE_TEST_SUITE_P(Rational, Comparison, ::testing::Values(
    CompareCase{r(1, 3), dec("0.34"), std::strong_ordering::less},      // 100/300 < 102/300
    CompareCase{r(-1, 3), dec("-0.34"), std::strong_ordering::greater},
    CompareCase{r(2, 3), dec("0.66"), std::strong_ordering::greater},   // 200/300 > 198/300
    CompareCase{r(1, 2), r(2, 4), std::strong_ordering::equal},
    CompareCase{r(-1, 2), Rational(0), std::strong_ordering::less},
    CompareCase{Rational(0), r(1, 1000000), std::strong_ordering::less},
    CompareCase{r(-5, 2), r(-2, 1), std::strong_ordering::less},        // -2.5 < -2
    // (m-1)/m = 1 - 1/m and (m-2)/(m-1) = 1 - 1/(m-1); 1/m is smaller, so the first is larger.
    // Cross-multiplying would need about 2^254.
    CompareCase{r(max_int128 - 1, max_int128), r(max_int128 - 2, max_int128 - 1), std::strong_ordering::greater},
    CompareCase{r(-(max_int128 - 1), max_int128), r(-(max_int128 - 2), max_int128 - 1), std::strong_ordering::less},
    CompareCase{r(1, max_int128), r(1, max_int128 - 1), std::strong_ordering::less},
    CompareCase{r(max_int128), r(1, 3), std::strong_ordering::greater},
    CompareCase{r(-max_int128), r(max_int128), std::strong_ordering::less},
    // At the edge of the fast path (cross products of values below 2^63): (2^63-1)/(2^63-2) is
    // 1 + 1/(2^63-2), larger than (2^63-2)/(2^63-3) = 1 + 1/(2^63-3)? No: 1/(2^63-2) < 1/(2^63-3), so less.
    CompareCase{r(two_to(63) - 1, two_to(63) - 2), r(two_to(63) - 2, two_to(63) - 3), std::strong_ordering::less},
    // Just past it (2^63 and 2^64 + 1): 2^63/3 vs (2^64+1)/6 = 2^63/3 + 1/6, so less.
    CompareCase{r(two_to(63), 3), r(two_to(64) + 1, 6), std::strong_ordering::less},
    CompareCase{r(-two_to(63), 3), r(-(two_to(64) + 1), 6), std::strong_ordering::greater},
    CompareCase{r(7, 100), r(8, 100), std::strong_ordering::less},                 // equal denominators
    CompareCase{Rational(-3), Rational(2), std::strong_ordering::less}));

// The whole-number and 64-bit paths give the same results as the general one, at their edges.
TEST(Rational, FastPathsAtTheirEdges) {
  // 2^62 + 2^62 = 2^63: a whole-number sum beyond 64-bit signed range stays exact.
  EXPECT_EQ(r(two_to(62)) + r(two_to(62)), r(two_to(63)));
  // gcd with one operand above 2^64 and one below: (3 * 2^70) / (9 * 2^3) = 2^67 / 3.
  EXPECT_EQ(r(3 * two_to(70), 9 * two_to(3)), r(two_to(67), 3));
  // gcd of two operands just below 2^64: (2^64 - 2) / (2^63 - 1) = 2.
  EXPECT_EQ(r(two_to(64) - 2, two_to(63) - 1), Rational(2));
  // A denominator of exactly 2^64 (does not fit 64 bits): 2^64 / 2^64 = 1, 3 / 2^64 stays as it is.
  EXPECT_EQ(r(two_to(64), two_to(64)), Rational(1));
  EXPECT_EQ(r(3, two_to(64)).denominator(), two_to(64));
  EXPECT_THROW(r(max_int128) + Rational(1), ArithmeticOverflow);  // whole numbers still overflow-checked
}

// ---------------------------------------------------------------------------------------------------
// Errors: division by zero and overflow

TEST(Rational, DivisionByZeroThrows) {
  EXPECT_THROW(Rational(1) / Rational(0), DivisionByZero);
  EXPECT_THROW(Rational(0) / Rational(0), DivisionByZero);
  EXPECT_THROW(Rational::fraction(1, 0), DivisionByZero);
  EXPECT_THROW(Rational::fraction(0, 0), DivisionByZero);
}

TEST(Rational, OverflowIsDetectedNotWrapped) {
  Rational big = r(two_to(100));
  EXPECT_THROW(big * big, ArithmeticOverflow);                     // 2^200
  EXPECT_THROW(big * big + big, ArithmeticOverflow);
  EXPECT_THROW(big / r(1, two_to(100)), ArithmeticOverflow);       // 2^100 * 2^100
  EXPECT_THROW(r(two_to(126)) + r(two_to(126)), ArithmeticOverflow);  // 2^127 > 2^127 - 1
  EXPECT_THROW(r(max_int128) + Rational(1), ArithmeticOverflow);
  EXPECT_THROW(r(1, max_int128) * r(1, max_int128), ArithmeticOverflow);  // denominator ~2^254
  EXPECT_THROW(r(1, max_int128) + r(1, max_int128 - 1), ArithmeticOverflow);  // coprime denominators
}

TEST(Rational, RangeIsSymmetricSoNegationNeverOverflows) {
  EXPECT_EQ(-r(max_int128), r(-max_int128));
  EXPECT_EQ(-r(-max_int128), r(max_int128));
  EXPECT_THROW(r(-max_int128) - Rational(1), ArithmeticOverflow);  // -2^127 is not stored
  EXPECT_THROW(r(min_int128), ArithmeticOverflow);
  EXPECT_THROW(r(1, min_int128), ArithmeticOverflow);  // would need denominator +2^127
}

TEST(Rational, ComparingAndPrintingHugeValuesNeverThrows) {
  Rational a = r(max_int128 - 1, max_int128);
  Rational b = r(max_int128 - 2, max_int128 - 1);
  EXPECT_NO_THROW((void)(a < b));
  EXPECT_NO_THROW(a.to_string());
  EXPECT_NO_THROW(r(max_int128).to_fixed(30));
}

TEST(Rational, ToInt64) {
  EXPECT_EQ(Rational(-42).to_int64(), -42);
  EXPECT_EQ(r(INT64_MAX).to_int64(), INT64_MAX);
  EXPECT_EQ(r(INT64_MIN).to_int64(), INT64_MIN);
  EXPECT_THROW(r(Int128(INT64_MAX) + 1).to_int64(), ArithmeticOverflow);
  EXPECT_THROW(r(two_to(70)).to_int64(), ArithmeticOverflow);
  EXPECT_THROW(r(1, 2).to_int64(), ArithmeticOverflow);  // not an integer
}

// ---------------------------------------------------------------------------------------------------
// Parsing

struct ParseCase {
  std::string text;
  std::optional<Rational> expected;
};

void PrintTo(const ParseCase& c, std::ostream* out) { *out << "'" << c.text << "'"; }

class ParseDecimal : public ::testing::TestWithParam<ParseCase> {};

TEST_P(ParseDecimal, AcceptsOnlyPlainDecimals) {
  EXPECT_EQ(Rational::parse_decimal(GetParam().text), GetParam().expected) << "text: '" << GetParam().text << "'";
}

INSTANTIATE_TEST_SUITE_P(Accepted, ParseDecimal, ::testing::Values(
    ParseCase{"7", Rational(7)},
    ParseCase{"-12.50", r(-25, 2)},                   // -1250/100
    ParseCase{"6_000", Rational(6000)},
    ParseCase{"0.025", r(1, 40)},                     // 25/1000
    ParseCase{"1_000_000.00", Rational(1000000)},
    ParseCase{"0.000_5", r(1, 2000)},                 // 5/10000
    ParseCase{"-0", Rational(0)},
    ParseCase{"-0.00", Rational(0)},
    ParseCase{"007", Rational(7)},
    ParseCase{"170141183460469231731687303715884105727", r(max_int128)},
    ParseCase{"-170141183460469231731687303715884105727", r(-max_int128)},
    ParseCase{"1." + std::string(60, '0'), Rational(1)},      // trailing zeros cannot overflow
    ParseCase{"0." + std::string(39, '0') + "5", std::nullopt}));  // 5/10^40 = 1/(2 * 10^39): too small

INSTANTIATE_TEST_SUITE_P(Rejected, ParseDecimal, ::testing::Values(
    ParseCase{"", std::nullopt}, ParseCase{"1.", std::nullopt}, ParseCase{".5", std::nullopt},
    ParseCase{"1e3", std::nullopt}, ParseCase{"1,5", std::nullopt}, ParseCase{"6__000", std::nullopt},
    ParseCase{"_6", std::nullopt}, ParseCase{"6_", std::nullopt}, ParseCase{"+-1", std::nullopt},
    ParseCase{"+1", std::nullopt}, ParseCase{"-", std::nullopt}, ParseCase{"--1", std::nullopt},
    ParseCase{"-.5", std::nullopt}, ParseCase{"1.2.3", std::nullopt}, ParseCase{" 1", std::nullopt},
    ParseCase{"1 ", std::nullopt}, ParseCase{"1._5", std::nullopt}, ParseCase{"1_.5", std::nullopt},
    ParseCase{"1_000.", std::nullopt}, ParseCase{"0x10", std::nullopt}, ParseCase{"\xe2\x82\xac" "5", std::nullopt},
    ParseCase{"1" + std::string(39, '0'), std::nullopt}));  // 10^39 > 2^127 - 1 (about 1.7 * 10^38)

// ---------------------------------------------------------------------------------------------------
// Rounding in every mode

struct RoundCase {
  Rational value;
  int decimals;
  // Expected text for HalfAwayFromZero, HalfEven, Down (floor), Up (ceiling), TowardZero.
  std::array<const char*, 5> expected;
};

constexpr std::array<RoundingMode, 5> modes = {RoundingMode::HalfAwayFromZero, RoundingMode::HalfEven,
                                               RoundingMode::Down, RoundingMode::Up, RoundingMode::TowardZero};

void PrintTo(const RoundCase& c, std::ostream* out) { *out << c.value.to_string() << " to " << c.decimals << " places"; }

class Rounding : public ::testing::TestWithParam<RoundCase> {};

TEST_P(Rounding, EveryModeIsExactForBothSigns) {
  for (std::size_t i = 0; i < modes.size(); ++i) {
    const char* expected = GetParam().expected[i];
    SCOPED_TRACE(std::string(rounding_mode_name(modes[i])) + " of " + GetParam().value.to_string());
    EXPECT_EQ(GetParam().value.round(GetParam().decimals, modes[i]), dec(expected));
    EXPECT_EQ(GetParam().value.to_fixed(GetParam().decimals, modes[i]), expected);
  }
}

// Columns: half away from zero, half even, down (floor), up (ceiling), toward zero.
INSTANTIATE_TEST_SUITE_P(ToWholeNumbers, Rounding, ::testing::Values(
    RoundCase{r(5, 2), 0, {"3", "2", "2", "3", "2"}},        // 2.5: a tie; 2 is even
    RoundCase{r(-5, 2), 0, {"-3", "-2", "-3", "-2", "-2"}},  // -2.5: floor is -3, ceiling -2
    RoundCase{r(7, 2), 0, {"4", "4", "3", "4", "3"}},        // 3.5: a tie; 4 is even
    RoundCase{r(-7, 2), 0, {"-4", "-4", "-4", "-3", "-3"}},
    RoundCase{r(12, 5), 0, {"2", "2", "2", "3", "2"}},       // 2.4: below the tie
    RoundCase{r(-12, 5), 0, {"-2", "-2", "-3", "-2", "-2"}},
    RoundCase{r(13, 5), 0, {"3", "3", "2", "3", "2"}},       // 2.6: above the tie
    RoundCase{r(-13, 5), 0, {"-3", "-3", "-3", "-2", "-2"}},
    RoundCase{r(1, 2), 0, {"1", "0", "0", "1", "0"}},        // 0.5: 0 is even
    RoundCase{r(-1, 2), 0, {"-1", "0", "-1", "0", "0"}},     // zero prints without a sign
    RoundCase{r(-1, 3), 0, {"0", "0", "-1", "0", "0"}},
    RoundCase{Rational(-7), 0, {"-7", "-7", "-7", "-7", "-7"}},  // integers stay
    RoundCase{Rational(0), 0, {"0", "0", "0", "0", "0"}}));

INSTANTIATE_TEST_SUITE_P(ToCents, Rounding, ::testing::Values(
    RoundCase{r(1, 8), 2, {"0.13", "0.12", "0.12", "0.13", "0.12"}},        // 0.125: a tie; 2 is even
    RoundCase{r(-1, 8), 2, {"-0.13", "-0.12", "-0.13", "-0.12", "-0.12"}},
    RoundCase{r(27, 200), 2, {"0.14", "0.14", "0.13", "0.14", "0.13"}},     // 0.135: a tie; 4 is even
    RoundCase{r(-27, 200), 2, {"-0.14", "-0.14", "-0.14", "-0.13", "-0.13"}},
    RoundCase{r(29, 200), 2, {"0.15", "0.14", "0.14", "0.15", "0.14"}},     // 0.145: a tie; 4 is even
    RoundCase{r(-1, 200), 2, {"-0.01", "0.00", "-0.01", "0.00", "0.00"}},   // -0.005: never "-0.00"
    RoundCase{r(2, 3), 2, {"0.67", "0.67", "0.66", "0.67", "0.66"}},        // 0.666...
    RoundCase{r(-2, 3), 2, {"-0.67", "-0.67", "-0.67", "-0.66", "-0.66"}},
    RoundCase{r(-199, 200), 2, {"-1.00", "-1.00", "-1.00", "-0.99", "-0.99"}},  // -0.995: carries
    RoundCase{r(1999, 200), 2, {"10.00", "10.00", "9.99", "10.00", "9.99"}},    // 9.995: carries
    // 546000/366 = 91000/61: 61 * 1491 = 90951, 49/61 = 0.803... so 1491.803...
    RoundCase{r(91000, 61), 2, {"1491.80", "1491.80", "1491.80", "1491.81", "1491.80"}},
    RoundCase{Rational(648000), 2, {"648000.00", "648000.00", "648000.00", "648000.00", "648000.00"}}));

// (m-1)/m with m = 2^127 - 1 is 0.99999...; its digits come from the overflow-free long division.
INSTANTIATE_TEST_SUITE_P(HugeDenominator, Rounding, ::testing::Values(
    RoundCase{r(max_int128 - 1, max_int128), 3, {"1.000", "1.000", "0.999", "1.000", "0.999"}},
    RoundCase{r(-(max_int128 - 1), max_int128), 3, {"-1.000", "-1.000", "-1.000", "-0.999", "-0.999"}}));

TEST(Rational, RoundingAnExactValueKeepsIt) {
  Rational tiny = r(1, two_to(40));  // 1/2^40 = 5^40/10^40 has exactly 40 decimals
  EXPECT_EQ(tiny.round(40, RoundingMode::HalfEven), tiny);
  EXPECT_EQ(tiny.round(60, RoundingMode::Up), tiny);
  EXPECT_EQ(r(1, 8).round(3, RoundingMode::Down), r(1, 8));
}

TEST(Rational, RoundingNeedsNonNegativeDecimals) {
  EXPECT_THROW(r(1, 3).round(-1, RoundingMode::HalfEven), std::invalid_argument);
  EXPECT_THROW(r(1, 3).to_fixed(-1), std::invalid_argument);
}

// ---------------------------------------------------------------------------------------------------
// Cents and text

struct CentsCase {
  Rational value;
  RoundingMode mode;
  std::int64_t expected;
};

void PrintTo(const CentsCase& c, std::ostream* out) { *out << c.value.to_string() << " expecting " << c.expected; }

class ToCents : public ::testing::TestWithParam<CentsCase> {};

TEST_P(ToCents, RoundsOnce) { EXPECT_EQ(GetParam().value.to_cents(GetParam().mode), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(Rational, ToCents, ::testing::Values(
    CentsCase{r(546000, 366), RoundingMode::HalfAwayFromZero, 149180},   // 1491.803... -> 1491.80
    CentsCase{r(1650000, 366), RoundingMode::HalfAwayFromZero, 450820},  // 366 * 4508 = 1649928; 72/366 = 0.196...
    CentsCase{r(-1, 200), RoundingMode::HalfAwayFromZero, -1},           // -0.005 -> -0.01
    CentsCase{r(-1, 200), RoundingMode::HalfEven, 0},
    CentsCase{r(max_int128 - 1, max_int128), RoundingMode::HalfEven, 100},  // 0.999... -> 1.00, no num * 100
    CentsCase{r(INT64_MAX, 100), RoundingMode::Down, INT64_MAX},
    CentsCase{r(INT64_MIN, 100), RoundingMode::Up, INT64_MIN}));

TEST(Rational, ToCentsBeyondInt64Throws) {
  EXPECT_THROW(r(INT64_MAX).to_cents(RoundingMode::HalfEven), ArithmeticOverflow);  // 100 times too many
  EXPECT_THROW(r(Int128(INT64_MIN) - 1, 100).to_cents(RoundingMode::HalfEven), ArithmeticOverflow);
}

struct TextCase {
  Rational value;
  int max_decimals;
  const char* expected;
};

void PrintTo(const TextCase& c, std::ostream* out) { *out << "expecting " << c.expected; }

class ToString : public ::testing::TestWithParam<TextCase> {};

TEST_P(ToString, IsExactWhenTheDecimalsEnd) {
  EXPECT_EQ(GetParam().value.to_string(GetParam().max_decimals), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Rational, ToString, ::testing::Values(
    TextCase{r(1, 8), 10, "0.125"},                 // 8 = 2^3: three places
    TextCase{Rational(-3), 10, "-3"},
    TextCase{r(1, 4), 10, "0.25"},
    TextCase{r(1, 40), 10, "0.025"},                // 40 = 2^3 * 5: three places
    TextCase{r(1, 40), 1, "0.025"},                 // exact text ignores max_decimals
    TextCase{Rational(0), 10, "0"},
    TextCase{r(-1, 2), 10, "-0.5"},
    TextCase{r(1999, 100), 10, "19.99"},
    TextCase{r(1, 3), 10, "0.3333333333..."},
    TextCase{r(2, 3), 10, "0.6666666667..."},       // half even at the tenth place: ...666|6 rounds up
    TextCase{r(-1, 3), 10, "-0.3333333333..."},
    TextCase{r(91, 366), 4, "0.2486..."},           // 9100000 / 366 = 24863 rest 142: 0.24863...
    TextCase{r(1, max_int128), 10, "0.0000000000..."},  // rounds to zero: no sign
    TextCase{r(-1, max_int128), 10, "0.0000000000..."},
    // 1/2^40 = 5^40 / 10^40 and 5^40 = 9094947017729282379150390625 (28 digits): 12 zeros first.
    TextCase{r(1, two_to(40)), 10, "0.0000000000009094947017729282379150390625"},
    TextCase{r(max_int128), 10, "170141183460469231731687303715884105727"},   // 2^127 - 1
    TextCase{r(-max_int128), 10, "-170141183460469231731687303715884105727"}));

struct FixedCase {
  Rational value;
  int decimals;
  RoundingMode mode;
  const char* expected;
};

void PrintTo(const FixedCase& c, std::ostream* out) { *out << "expecting " << c.expected; }

class ToFixed : public ::testing::TestWithParam<FixedCase> {};

TEST_P(ToFixed, HasExactlyTheRequestedPlaces) {
  EXPECT_EQ(GetParam().value.to_fixed(GetParam().decimals, GetParam().mode), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Rational, ToFixed, ::testing::Values(
    FixedCase{Rational(648000), 2, RoundingMode::HalfEven, "648000.00"},
    FixedCase{r(-1, 200), 2, RoundingMode::HalfAwayFromZero, "-0.01"},  // -0.005 away from zero
    FixedCase{r(-1, 200), 2, RoundingMode::HalfEven, "0.00"},           // -0.005 to even 0, no "-0.00"
    FixedCase{r(1, 2), 4, RoundingMode::HalfEven, "0.5000"},
    FixedCase{r(1, 8), 3, RoundingMode::HalfEven, "0.125"},
    FixedCase{r(-1999, 100), 2, RoundingMode::HalfEven, "-19.99"},
    FixedCase{Rational::from_cents(-5), 2, RoundingMode::HalfEven, "-0.05"},
    FixedCase{r(1, 3), 0, RoundingMode::HalfEven, "0"},
    FixedCase{r(5, 2), 0, RoundingMode::HalfEven, "2"},
    FixedCase{r(max_int128), 2, RoundingMode::HalfEven, "170141183460469231731687303715884105727.00"}));

}  // namespace
}  // namespace rw

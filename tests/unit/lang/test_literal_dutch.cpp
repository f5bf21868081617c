// The literal reader's Dutch dialect: what each Dutch spelling means, and which spellings a reader of
// English would read otherwise (refused as ambiguous, with the spellings that are accepted).
#include <gtest/gtest.h>

#include "lang/literal_text.h"

namespace rw {
namespace {

struct DutchCase {
  std::string text;
  std::optional<Rational> value;  // expected value, or nullopt when refused
  std::string message;            // when refused: a part of the message
};

void PrintTo(const DutchCase& c, std::ostream* os) { *os << "'" << c.text << "'"; }

// Checks one case against a reader under the Dutch dialect.
template <class Reader>
void check(const DutchCase& c, Reader read) {
  Checked<Rational> result = read(c.text, LiteralDialect::Dutch);
  if (c.value) {
    ASSERT_TRUE(result.value) << result.error;
    EXPECT_EQ(*result.value, *c.value);
  } else {
    ASSERT_FALSE(result.value) << result.value->to_string();
    EXPECT_NE(result.error.find(c.message), std::string::npos) << result.error;
  }
}

Checked<Rational> amount(std::string_view text, LiteralDialect dialect) { return read_amount_in(text, dialect); }
Checked<Rational> number(std::string_view text, LiteralDialect dialect) { return read_number_in(text, dialect); }
Checked<Rational> whole(std::string_view text, LiteralDialect dialect) { return read_whole_number_in(text, dialect); }

class DutchAmount : public ::testing::TestWithParam<DutchCase> {};
TEST_P(DutchAmount, Reads) { check(GetParam(), amount); }
INSTANTIATE_TEST_SUITE_P(LiteralDutch, DutchAmount, ::testing::Values(
    DutchCase{"1.500.000,00", Rational(1500000), ""},
    DutchCase{"6000,50", Rational::fraction(600050, 100), ""},
    DutchCase{"6000,5", Rational::fraction(600050, 100), ""},  // 6000,5 = 6000.50: no English reading
    DutchCase{"6000", Rational(6000), ""},
    DutchCase{"-50,25", Rational::fraction(-5025, 100), ""},
    DutchCase{"€ 1.500,00", Rational(1500), ""},
    DutchCase{"-€ 1.500,00", Rational(-1500), ""},
    DutchCase{"12.345.678", Rational(12345678), ""},  // two points: no English reading
    // one point before three digits: English reads 15.9
    DutchCase{"15.900", std::nullopt, "ambiguous amount '15.900': a reader of English reads 15.9 where the Dutch dialect reads 15900; write 15900 or 15.900,00"},
    // a comma before three digits after 1-3 digits: English reads thousands
    DutchCase{"6,000", std::nullopt, "ambiguous amount '6,000': a reader of English reads 6000"},
    DutchCase{"1,234", std::nullopt, "ambiguous amount '1,234'"},
    DutchCase{"6000,505", std::nullopt, "more than two decimals"},
    DutchCase{"6000.50", std::nullopt, "not an amount in the Dutch dialect (under the Dutch dialect a ',' is the decimal comma and '.' groups thousands); write 6000,50"},
    DutchCase{"1.5", std::nullopt, "not an amount in the Dutch dialect"},
    DutchCase{"1.50.000", std::nullopt, "not an amount in the Dutch dialect"},
    DutchCase{"abc", std::nullopt, "'abc' is not an amount"}));

class DutchNumber : public ::testing::TestWithParam<DutchCase> {};
TEST_P(DutchNumber, Reads) { check(GetParam(), number); }
INSTANTIATE_TEST_SUITE_P(LiteralDutch, DutchNumber, ::testing::Values(
    DutchCase{"0,025", Rational::fraction(25, 1000), ""},  // no English reading: a leading 0 groups no thousands
    DutchCase{"1.234,5", Rational::fraction(12345, 10), ""},
    DutchCase{"2,5%", Rational::fraction(25, 1000), ""},
    DutchCase{"7", Rational(7), ""},
    DutchCase{"0.025", std::nullopt, "not a number in the Dutch dialect (under the Dutch dialect a ',' is the decimal comma and '.' groups thousands); write 0,025"},
    DutchCase{"1,234", std::nullopt, "ambiguous number '1,234'"},
    DutchCase{"15.900", std::nullopt, "write 15900 or 15,900"}));

class DutchWholeNumber : public ::testing::TestWithParam<DutchCase> {};
TEST_P(DutchWholeNumber, Reads) { check(GetParam(), whole); }
INSTANTIATE_TEST_SUITE_P(LiteralDutch, DutchWholeNumber, ::testing::Values(
    DutchCase{"2024", Rational(2024), ""},
    DutchCase{"1.500.000", Rational(1500000), ""},
    DutchCase{"2.024", std::nullopt, "ambiguous number '2.024'"},
    DutchCase{"12,5", std::nullopt, "whole number"}));

TEST(LiteralDutch, StandardDialectReadsAsBefore) {
  EXPECT_EQ(*read_amount_in("6000.50", LiteralDialect::Standard).value, Rational::fraction(600050, 100));
  EXPECT_FALSE(read_amount_in("6000,50", LiteralDialect::Standard).value);
  EXPECT_FALSE(read_date_in("31-12-2024", LiteralDialect::Standard).value);
}

TEST(LiteralDutch, DatesDayMonthYearAndIso) {
  EXPECT_EQ(read_date_in("31-12-2024", LiteralDialect::Dutch).value->to_string(), "2024-12-31");
  EXPECT_EQ(read_date_in("1-3-2025", LiteralDialect::Dutch).value->to_string(), "2025-03-01");
  EXPECT_EQ(read_date_in("2024-12-31", LiteralDialect::Dutch).value->to_string(), "2024-12-31");
  EXPECT_EQ(read_date_in("31-02-2024", LiteralDialect::Dutch).error, "'31-02-2024' is not a date (February 2024 has 29 days)");
  EXPECT_FALSE(read_date_in("31-12-24", LiteralDialect::Dutch).value);  // a four-digit year only
}

}  // namespace
}  // namespace rw

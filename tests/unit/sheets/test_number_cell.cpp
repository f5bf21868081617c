// Number cells as a spreadsheet shows them (15 significant digits, exact decimals) and date serials in
// both date systems.
#include <gtest/gtest.h>

#include "runtime/sheets/number_cell.h"

namespace rw {
namespace {

struct ShownCase {
  std::string stored;
  std::optional<std::string> shown;
};

class ShownDecimal : public ::testing::TestWithParam<ShownCase> {};
TEST_P(ShownDecimal, RoundsToFifteenSignificantDigits) { EXPECT_EQ(shown_decimal(GetParam().stored), GetParam().shown); }
INSTANTIATE_TEST_SUITE_P(
    NumberCell, ShownDecimal,
    ::testing::Values(ShownCase{"6000", "6000"}, ShownCase{"6000.50", "6000.5"}, ShownCase{"1.5E-2", "0.015"},
                      ShownCase{"2.5e3", "2500"}, ShownCase{"-0.1", "-0.1"}, ShownCase{"0", "0"}, ShownCase{"0.000", "0"},
                      // 0.1 + 0.2 as a double's shortest text: 17 digits, shown as 0.3
                      ShownCase{"0.30000000000000004", "0.3"},
                      // 16th digit 5 rounds up (half away from zero): 1.000000000000005 -> 1.00000000000001
                      ShownCase{"1.000000000000005", "1.00000000000001"},
                      // all nines carry into a new digit: 9.999999999999999 (16 digits) -> 10
                      ShownCase{"9.9999999999999999", "10"},
                      // 18 digits keep 15: 123456789012345678 -> 123456789012346000
                      ShownCase{"123456789012345678", "123456789012346000"}, ShownCase{"1E+2", "100"},
                      ShownCase{"abc", std::nullopt}, ShownCase{"1e401", std::nullopt}, ShownCase{"", std::nullopt},
                      ShownCase{"1.2.3", std::nullopt}));

struct SerialCase {
  std::string shown;
  bool date1904;
  std::string date;  // expected date, or a part of the refusal
};

class SerialDate : public ::testing::TestWithParam<SerialCase> {};
TEST_P(SerialDate, CountsDaysAsSpreadsheetsDo) {
  Checked<Date> date = date_of_serial(GetParam().shown, GetParam().date1904);
  if (date.value) {
    EXPECT_EQ(date.value->to_string(), GetParam().date);
  } else {
    EXPECT_NE(date.error.find(GetParam().date), std::string::npos) << date.error;
  }
}
INSTANTIATE_TEST_SUITE_P(
    NumberCell, SerialDate,
    ::testing::Values(SerialCase{"1", false, "1900-01-01"}, SerialCase{"59", false, "1900-02-28"},
                      SerialCase{"60", false, "29 February 1900, a day that never was"}, SerialCase{"61", false, "1900-03-01"},
                      SerialCase{"45292", false, "2024-01-01"},  // Excel's serial of 1 January 2024
                      SerialCase{"2958465", false, "9999-12-31"}, SerialCase{"2958466", false, "no date in the 1900 date system"},
                      SerialCase{"0", false, "no date in the 1900 date system"}, SerialCase{"-1", false, "no date"},
                      SerialCase{"45292.5", false, "has a time of day"},
                      // the 1904 system counts from 1904-01-01, 1462 days after the 1900 system's serial 0 (1899-12-30)
                      SerialCase{"0", true, "1904-01-01"}, SerialCase{"43830", true, "2024-01-01"}));

}  // namespace
}  // namespace rw

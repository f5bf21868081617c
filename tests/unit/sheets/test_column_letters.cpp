#include <gtest/gtest.h>

#include "runtime/sheets/sheet.h"

namespace rw {
namespace {

// Columns run A..Z, then AA..AZ, BA..., ZZ, AAA: bijective base 26 (26 = 1×26 + 0 is "AA", 701 = 26×26 + 25 is "ZZ").
TEST(ColumnLetters, NameColumnsAsSpreadsheetsDo) {
  EXPECT_EQ(column_letters(0), "A");
  EXPECT_EQ(column_letters(25), "Z");
  EXPECT_EQ(column_letters(26), "AA");
  EXPECT_EQ(column_letters(51), "AZ");
  EXPECT_EQ(column_letters(52), "BA");
  EXPECT_EQ(column_letters(701), "ZZ");
  EXPECT_EQ(column_letters(702), "AAA");
  EXPECT_EQ(column_letters(16383), "XFD");  // Excel's last column
}

}  // namespace
}  // namespace rw

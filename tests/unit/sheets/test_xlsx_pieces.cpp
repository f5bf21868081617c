// The small pieces of the XLSX reader: number formats, cell references, stored numbers, string escapes,
// part names. Expected values are worked out by hand from ECMA-376 and Excel's behaviour.
#include <gtest/gtest.h>

#include "runtime/sheets/cell_reference.h"
#include "runtime/sheets/number_format.h"
#include "runtime/sheets/opc_package.h"
#include "runtime/sheets/string_item.h"
#include "runtime/sheets/worksheet_part.h"

namespace rw {
namespace {

TEST(NumberFormat, BuiltInDateIds) {
  for (int id : {14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 55, 58}) EXPECT_TRUE(is_builtin_date_format(id)) << id;
  for (int id : {0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 23, 26, 37, 44, 48, 49, 59, 164}) EXPECT_FALSE(is_builtin_date_format(id)) << id;
}

struct FormatCase {
  const char* code;
  bool date;
};

TEST(NumberFormat, CustomCodes) {
  const FormatCase cases[] = {
      {"[$-413]dd-mm-yyyy", true}, {"dd\\-mm\\-yyyy", true}, {"yyyy-mm-dd h:mm:ss", true}, {"h:mm", true}, {"[h]:mm:ss", true},
      {"mmm yy", true}, {"DD-MM-YYYY", true}, {"d", true},
      {"#,##0.00 [$€-413]", false}, {"0%", false}, {"General", false}, {"0.00E+00", false}, {"#,##0.00\" €\"", false},
      {"\"TRUE\";\"TRUE\";\"FALSE\"", false}, {"0\" days\"", false}, {"\\d0", false}, {"_-* #,##0.00_-;[Red]-#,##0.00", false},
      {"@", false}, {"", false}, {"\"unclosed", false}, {"[unclosed", false},
  };
  for (const FormatCase& c : cases) EXPECT_EQ(is_date_format_code(c.code), c.date) << c.code;
}

TEST(CellReferences, ColumnsAndRows) {
  auto ref = [](const char* text) { return parse_cell_reference(text); };
  ASSERT_TRUE(ref("A1"));
  EXPECT_EQ(ref("A1")->column, 0);
  EXPECT_EQ(ref("A1")->row, 1);
  EXPECT_EQ(ref("C12")->column, 2);  // A B C
  EXPECT_EQ(ref("C12")->row, 12);
  EXPECT_EQ(ref("AA3")->column, 26);        // 1×26 + 1, minus 1
  EXPECT_EQ(ref("XFD1048576")->column, 16383);  // 24×676 + 6×26 + 4 = 16,384, minus 1
  EXPECT_EQ(ref("XFD1048576")->row, 1048576);
  for (const char* bad : {"", "A", "1", "A0", "A01", "XFE1", "A1048577", "AAAA1", "A1B", "$A$1", "A-1"}) EXPECT_FALSE(ref(bad)) << bad;
}

TEST(StoredNumbers, AsWritersStoreThem) {
  for (const char* yes : {"6000", "-0.025", "1.5E-2", "1e-05", "1.5e+20", "1E+020", ".5", "5.", "+3", "0"}) EXPECT_TRUE(is_stored_number(yes)) << yes;
  for (const char* no : {"", "-", ".", "1e", "1e+", "abc", "nan", "inf", "1,5", "1 000", " 1", "0x10", "1.2.3"}) {
    EXPECT_FALSE(is_stored_number(no)) << no;
  }
}

TEST(StringEscapes, DecodeUnicodeUnits) {
  EXPECT_EQ(decode_xml_string_escapes("a_x000D_b"), "a\rb");
  EXPECT_EQ(decode_xml_string_escapes("_x005F_x000D_"), "_x000D_");  // an escaped underscore keeps the rest literal
  EXPECT_EQ(decode_xml_string_escapes("_x00EB_"), "\xC3\xAB");         // ë
  EXPECT_EQ(decode_xml_string_escapes("_xD83D__xDE00_"), "\xF0\x9F\x98\x80");  // U+1F600 from its surrogate pair
  EXPECT_EQ(decode_xml_string_escapes("_xD83D_"), "_xD83D_");  // a lone surrogate stays as written
  EXPECT_EQ(decode_xml_string_escapes("_x12_ and _xZZZZ_"), "_x12_ and _xZZZZ_");
}

TEST(PartNames, ResolvedAgainstTheSource) {
  EXPECT_EQ(resolve_part_name("xl/workbook.xml", "worksheets/sheet1.xml"), "xl/worksheets/sheet1.xml");
  EXPECT_EQ(resolve_part_name("xl/workbook.xml", "/xl/worksheets/sheet1.xml"), "xl/worksheets/sheet1.xml");
  EXPECT_EQ(resolve_part_name("xl/workbook.xml", "../docProps/app.xml"), "docProps/app.xml");
  EXPECT_EQ(resolve_part_name("xl/workbook.xml", "./styles.xml"), "xl/styles.xml");
  EXPECT_EQ(resolve_part_name("", "xl/workbook.xml"), "xl/workbook.xml");
  EXPECT_EQ(resolve_part_name("xl/workbook.xml", "../../../a.xml"), "a.xml");
}

}  // namespace
}  // namespace rw

// The XLSX reader on workbooks written by real producers (openpyxl, LibreOffice Calc): the committed ones in
// workbooks/ and the same ones made again by workbooks/make_workbooks.py for this test run. Every expected
// value is what make_workbooks.py types into the producer (serials worked out in the comments).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/sheets/xlsx_reader.h"

namespace rw {
namespace {

using Kind = Cell::Kind;

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Where a test's workbooks are: committed in the source tree, or made at test time by the ctest fixture.
std::string folder(bool committed) {
  return committed ? std::string(REGELWERK_SOURCE_DIR) + "/tests/unit/sheets/workbooks" : std::string(REGELWERK_SHEETS_WORKBOOKS);
}

Workbook read_workbook(bool committed, const std::string& name) {
  std::string bytes = read_bytes(folder(committed) + "/" + name);
  EXPECT_FALSE(bytes.empty()) << name << " is missing (the generated ones are made by the ctest fixture sheets-workbooks)";
  Checked<Workbook> workbook = read_xlsx(bytes);
  EXPECT_TRUE(workbook.value) << name << ": " << workbook.error;
  return workbook.value.value_or(Workbook{});
}

struct ExpectedCell {
  std::string ref;  // "C12"
  Kind kind;
  std::string text;
  bool date = false;
};

const Sheet* find_sheet(const Workbook& workbook, const std::string& name) {
  for (const Sheet& sheet : workbook.sheets) {
    if (sheet.name == name) return &sheet;
  }
  return nullptr;
}

// Checks that `sheet` holds exactly the filled cells `expected` (in row order), and nothing else.
void expect_cells(const Sheet& sheet, const std::vector<ExpectedCell>& expected) {
  std::vector<ExpectedCell> actual;
  for (const SheetRow& row : sheet.rows) {
    bool filled = false;
    for (std::size_t column = 0; column < row.cells.size(); ++column) {
      const Cell& cell = row.cells[column];
      if (cell.kind == Kind::Empty) continue;
      filled = true;
      actual.push_back({column_letters(static_cast<int>(column)) + std::to_string(row.number), cell.kind, cell.text, cell.date_format});
    }
    EXPECT_TRUE(filled) << "sheet " << sheet.name << " keeps row " << row.number << ", which has no filled cell";
  }
  ASSERT_EQ(actual.size(), expected.size()) << "sheet " << sheet.name;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE("sheet " + sheet.name + ", cell " + expected[i].ref);
    EXPECT_EQ(actual[i].ref, expected[i].ref);
    EXPECT_EQ(actual[i].kind, expected[i].kind);
    EXPECT_EQ(actual[i].text, expected[i].text);
    EXPECT_EQ(actual[i].date, expected[i].date);
  }
}

class Producers : public testing::TestWithParam<bool> {};  // true: the committed workbooks

// openpyxl writes strings inline (t="inlineStr"), numbers as Python prints them, and no formula results.
TEST_P(Producers, OpenpyxlWorkbook) {
  Workbook workbook = read_workbook(GetParam(), "openpyxl.xlsx");
  ASSERT_EQ(workbook.sheets.size(), 4u);
  EXPECT_EQ(workbook.sheets[0].name, "Cliënten");  // UTF-8: ë is C3 AB
  EXPECT_EQ(workbook.sheets[0].name, "Cli\xC3\xAB" "nten");
  EXPECT_EQ(workbook.sheets[1].name, "Verborgen");  // hidden, and kept
  EXPECT_EQ(workbook.sheets[2].name, "Leeg");
  EXPECT_EQ(workbook.sheets[3].name, "Kosten €");
  EXPECT_FALSE(workbook.date1904);
  expect_cells(workbook.sheets[0], {
      {"A1", Kind::Text, "id"}, {"B1", Kind::Text, "naam"}, {"C1", Kind::Text, "bedrag"}, {"D1", Kind::Text, "start"},
      {"E1", Kind::Text, "actief"},
      {"A2", Kind::Text, "c1"}, {"B2", Kind::Text, "Jan"}, {"C2", Kind::Number, "6000"},
      {"D2", Kind::Number, "45322", true},  // 2024-01-31: 2024-01-01 is serial 45292, + 30 days; format yyyy-mm-dd
      {"E2", Kind::Boolean, "1"},
      {"A3", Kind::Text, "c2"}, {"B3", Kind::Text, "  spaties  "},  // xml:space="preserve"
      {"C3", Kind::Number, "0.025"},
      {"D3", Kind::Number, "45351.5625", true},  // 2024-02-29 13:30: 45292 + 31 + 28 days, 13.5 h / 24 h = 0.5625
      {"E3", Kind::Boolean, "0"},
      {"A4", Kind::Text, "c3"}, {"C4", Kind::Number, "1e-05"}, {"E4", Kind::Error, "#DIV/0!"},
      // row 5 is empty; C6 is the formula =C2*2 without a cached value: empty
      {"A6", Kind::Text, "c4"}, {"F6", Kind::Number, "1.5e+20"},
      {"B7", Kind::Number, "45292", true},   // mm-dd-yy: openpyxl writes the built-in format 14
      {"C7", Kind::Number, "45292", true},   // [$-413]dd-mm-yyyy: custom, a date
      {"D7", Kind::Number, "1234.5"},        // #,##0.00 [$€-413]: not a date
      {"E7", Kind::Number, "0.5"},           // 0%: built-in 9, not a date
  });
  expect_cells(workbook.sheets[1], {{"A1", Kind::Text, "geheim"}});
  EXPECT_TRUE(workbook.sheets[2].rows.empty());
  expect_cells(workbook.sheets[3], {{"B2", Kind::Text, "ok"}});
}

// LibreOffice writes shared strings (one with a bold run), formulas with their results, real booleans
// (a boolean number format), and dates in the formats of the .fods.
TEST_P(Producers, LibreOfficeWorkbook) {
  Workbook workbook = read_workbook(GetParam(), "libreoffice.xlsx");
  ASSERT_EQ(workbook.sheets.size(), 3u);
  EXPECT_FALSE(workbook.date1904);
  const Sheet* clienten = find_sheet(workbook, "Cliënten");
  ASSERT_TRUE(clienten);
  EXPECT_EQ(workbook.sheets[0].name, "Cliënten");
  EXPECT_EQ(workbook.sheets[1].name, "Verborgen");
  EXPECT_EQ(workbook.sheets[2].name, "Tweede");
  expect_cells(*clienten, {
      {"A1", Kind::Text, "id"}, {"B1", Kind::Text, "naam"}, {"C1", Kind::Text, "bedrag"}, {"D1", Kind::Text, "start"},
      {"E1", Kind::Text, "actief"},
      {"A2", Kind::Text, "c1"}, {"B2", Kind::Text, "Jan de Vries"},  // rich text: "Jan " + bold "de Vries"
      {"C2", Kind::Number, "6000"},
      {"D2", Kind::Number, "45322", true},  // 2024-01-31 in dd-mm-yyyy: 45292 + 30
      {"E2", Kind::Boolean, "1"},
      {"A3", Kind::Text, "c2"}, {"B3", Kind::Text, "Jan"},
      {"C3", Kind::Number, "1E+020"},       // 1E+20, as LibreOffice stores it
      {"D3", Kind::Number, "45351", true},  // 2024-02-29 in yyyy-mm-dd: 45292 + 31 + 28
      {"E3", Kind::Boolean, "0"},
      // row 4 has only empty cells
      {"A5", Kind::Text, "c3"},
      {"D5", Kind::Number, "12000"},         // =C2*2, cached: 6000 × 2
      {"E5", Kind::Error, "#DIV/0!"},        // =1/0
      {"F5", Kind::Text, "abc"},             // ="ab"&"c", a formula string (t="str")
      {"G5", Kind::Number, "1234.5"},        // #,##0.00" €": not a date
      {"H5", Kind::Number, "0.015"},
      {"I5", Kind::Number, "45292", true},   // 2024-01-01 in m/d/yy
  });
  expect_cells(workbook.sheets[1], {{"A1", Kind::Text, "geheim"}});  // hidden
  expect_cells(workbook.sheets[2], {{"C1", Kind::Text, "C1"}});      // two empty cells before it
  ASSERT_EQ(workbook.sheets[2].rows.size(), 1u);
  EXPECT_EQ(workbook.sheets[2].rows[0].cells.size(), 3u);  // A and B empty, C filled
}

// The 1904 date system: 2024-01-31 is serial 43860 (its 1900 serial 45322 minus the 1,462 days by which
// the 1904 system starts later).
TEST_P(Producers, Date1904) {
  for (const char* name : {"openpyxl-1904.xlsx", "libreoffice-1904.xlsx"}) {
    SCOPED_TRACE(name);
    Workbook workbook = read_workbook(GetParam(), name);
    EXPECT_TRUE(workbook.date1904);
    ASSERT_EQ(workbook.sheets.size(), 1u);
    expect_cells(workbook.sheets[0], {{"A1", Kind::Number, "43860", true}});
  }
}

// openpyxl with iso_dates writes t="d" cells: the ISO text.
TEST_P(Producers, IsoDateCells) {
  Workbook workbook = read_workbook(GetParam(), "openpyxl-isodates.xlsx");
  ASSERT_EQ(workbook.sheets.size(), 1u);
  expect_cells(workbook.sheets[0], {{"A1", Kind::Text, "2024-01-31"}});
}

// Strict OOXML (other namespaces, same structure) reads as its transitional original, openpyxl.xlsx,
// whose cells OpenpyxlWorkbook checks by hand.
TEST_P(Producers, StrictOoxml) {
  Workbook transitional = read_workbook(GetParam(), "openpyxl.xlsx");
  Workbook strict = read_workbook(GetParam(), "strict.xlsx");
  ASSERT_EQ(strict.sheets.size(), transitional.sheets.size());
  for (std::size_t s = 0; s < strict.sheets.size(); ++s) {
    EXPECT_EQ(strict.sheets[s].name, transitional.sheets[s].name);
    ASSERT_EQ(strict.sheets[s].rows.size(), transitional.sheets[s].rows.size());
    for (std::size_t r = 0; r < strict.sheets[s].rows.size(); ++r) {
      const SheetRow& a = strict.sheets[s].rows[r];
      const SheetRow& b = transitional.sheets[s].rows[r];
      EXPECT_EQ(a.number, b.number);
      ASSERT_EQ(a.cells.size(), b.cells.size());
      for (std::size_t c = 0; c < a.cells.size(); ++c) {
        EXPECT_EQ(a.cells[c].kind, b.cells[c].kind);
        EXPECT_EQ(a.cells[c].text, b.cells[c].text);
        EXPECT_EQ(a.cells[c].date_format, b.cells[c].date_format);
      }
    }
  }
}

// Workbooks the reader refuses, each with the advice its message must give.
struct Refusal {
  const char* file;
  std::vector<std::string> says;
};

TEST_P(Producers, RefusesWithAdvice) {
  const std::vector<Refusal> refusals = {
      {"libreoffice.xls", {"Excel 97-2003", "save it as .xlsx (Excel Workbook) without a password"}},
      {"macro.xlsm", {"macros", "save it as .xlsx"}},
      {"missing-sheet.xlsx", {"xl/worksheets/sheet2.xml", "sheet Verborgen", "is missing", "save it again"}},
      {"malformed.xlsx", {"xl/worksheets/sheet1.xml", "not well-formed XML", "line 2", "mismatched tag"}},
      {"no-workbook.xlsx", {"not an Excel workbook", "save it as .xlsx"}},
  };
  for (const Refusal& refusal : refusals) {
    SCOPED_TRACE(refusal.file);
    std::string bytes = read_bytes(folder(GetParam()) + "/" + refusal.file);
    ASSERT_FALSE(bytes.empty());
    Checked<Workbook> workbook = read_xlsx(bytes);
    ASSERT_FALSE(workbook.value);
    for (const std::string& part : refusal.says) EXPECT_NE(workbook.error.find(part), std::string::npos) << workbook.error;
    EXPECT_EQ(workbook.error.find(refusal.file), std::string::npos) << "the caller names the file, not the reader";
  }
}

INSTANTIATE_TEST_SUITE_P(Workbooks, Producers, testing::Values(true, false),
                         [](const testing::TestParamInfo<bool>& info) { return info.param ? "Committed" : "MadeNow"; });

}  // namespace
}  // namespace rw

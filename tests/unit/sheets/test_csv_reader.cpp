// The CSV reader: quoting, line ends, byte order mark, encodings, and where problems are.
#include <gtest/gtest.h>

#include "messages/language.h"
#include "runtime/sheets/csv_reader.h"

namespace rw {
namespace {

// Each row as "number:cell|cell|..." with empty cells as "_", for compact expectations.
std::string rows_of(const Sheet& sheet) {
  std::string out;
  for (const SheetRow& row : sheet.rows) {
    out += std::to_string(row.number) + ":";
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      const Cell& cell = row.cells[i];
      out += (i == 0 ? "" : "|") + (cell.kind == Cell::Kind::Empty ? std::string("_") : cell.text);
      EXPECT_TRUE(cell.kind == Cell::Kind::Empty || cell.kind == Cell::Kind::Text);
    }
    out += "\n";
  }
  return out;
}

struct ReadCase {
  const char* name;
  std::string bytes;
  CsvDialect dialect;
  std::string rows;  // rows_of the sheet read
};

class CsvReads : public ::testing::TestWithParam<ReadCase> {};

TEST_P(CsvReads, GivesTheRowsAsASpreadsheetShowsThem) {
  CsvResult result = read_csv(GetParam().bytes, GetParam().dialect, "clients");
  ASSERT_TRUE(result.sheet) << result.problem->message;
  EXPECT_EQ(result.sheet->name, "clients");
  EXPECT_EQ(rows_of(*result.sheet), GetParam().rows);
}

const CsvDialect standard{',', TextEncoding::Utf8};
const CsvDialect dutch{';', TextEncoding::Utf8};
const CsvDialect dutch_1252{';', TextEncoding::Windows1252};

INSTANTIATE_TEST_SUITE_P(
    Csv, CsvReads,
    ::testing::Values(
        ReadCase{"Plain", "id,product\nC1,BW\n", standard, "1:id|product\n2:C1|BW\n"},
        ReadCase{"NoFinalLineEnd", "id,product\nC1,BW", standard, "1:id|product\n2:C1|BW\n"},
        ReadCase{"Crlf", "id,product\r\nC1,BW\r\n", standard, "1:id|product\n2:C1|BW\n"},
        ReadCase{"EmptyFieldsAreEmpty", "a,b,c\n,x,\n", standard, "1:a|b|c\n2:_|x|_\n"},
        ReadCase{"QuotedEmptyIsEmpty", "a,b\n\"\",x\n", standard, "1:a|b\n2:_|x\n"},
        ReadCase{"SeparatorInQuotes", "a,b\n\"1,5\",x\n", standard, "1:a|b\n2:1,5|x\n"},
        ReadCase{"DoubledQuotes", "a\n\"say \"\"hi\"\"\"\n", standard, "1:a\n2:say \"hi\"\n"},
        // A line break inside quotes stays in the cell, and the next record is still the next row.
        ReadCase{"LineBreakInQuotes", "a,b\n\"two\nlines\",x\ny,z\n", standard, "1:a|b\n2:two\nlines|x\n3:y|z\n"},
        ReadCase{"CrlfInQuotes", "a\r\n\"two\r\nlines\"\r\nz\r\n", standard, "1:a\n2:two\r\nlines\n3:z\n"},
        // Empty lines are not kept, but count as rows (a spreadsheet shows them as empty rows).
        ReadCase{"EmptyRowsCount", "a\n\n;\nx\n", dutch, "1:a\n4:x\n"},
        ReadCase{"Utf8Bom", "\xEF\xBB\xBFid;naam\nC1;Cli\xC3\xABnt\n", dutch, "1:id|naam\n2:C1|Cli\xC3\xABnt\n"},
        ReadCase{"BomUnder1252", "\xEF\xBB\xBFid\nC1\n", dutch_1252, "1:id\n2:C1\n"},
        // 0xEB is ë and 0x80 is € in Windows-1252.
        ReadCase{"Windows1252", "naam;bedrag\nCli\xEBnt;\x80 6000\n", dutch_1252,
                 "1:naam|bedrag\n2:Cli\xC3\xABnt|\xE2\x82\xAC 6000\n"},
        ReadCase{"CommaUnderDutch", "a;b\n6000,50;x\n", dutch, "1:a|b\n2:6000,50|x\n"},
        ReadCase{"EmptyFile", "", standard, ""}),
    [](const auto& info) { return std::string(info.param.name); });

struct ProblemCase {
  const char* name;
  std::string bytes;
  CsvDialect dialect;
  int row, column;
  std::string message_part;
};

class CsvProblems : public ::testing::TestWithParam<ProblemCase> {};

TEST_P(CsvProblems, NameRowAndColumn) {
  CsvResult result = read_csv(GetParam().bytes, GetParam().dialect, "clients");
  ASSERT_FALSE(result.sheet);
  ASSERT_TRUE(result.problem);
  EXPECT_EQ(result.problem->row, GetParam().row);
  EXPECT_EQ(result.problem->column, GetParam().column);
  EXPECT_NE(result.problem->message.find(GetParam().message_part), std::string::npos) << result.problem->message;
}

INSTANTIATE_TEST_SUITE_P(
    Csv, CsvProblems,
    ::testing::Values(
        // 0xEB (ë in Windows-1252) is no UTF-8: row 3, the second field (column B).
        ProblemCase{"Windows1252ReadAsUtf8", "id;naam\nC1;x\nC2;Cli\xEBnt\n", dutch, 3, 1, "--data-encoding windows-1252"},
        ProblemCase{"Overlong", "a\n\xC0\xAF\n", standard, 2, 0, "not valid UTF-8"},
        ProblemCase{"Surrogate", "a\n\xED\xA0\x80\n", standard, 2, 0, "not valid UTF-8"},
        ProblemCase{"Truncated", "a,b\nx,\xE2\x82\n", standard, 2, 1, "not valid UTF-8"},
        ProblemCase{"UnclosedQuote", "a,b\nx,\"open\ny,z\n", standard, 2, 1, "never closed"},
        ProblemCase{"TextAfterQuote", "a,b\n\"x\"y,z\n", standard, 2, 0, "follows the closing quote"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Windows1252, DecodesTheHighBytes) {
  // 0x80 €, 0x93/0x94 curly quotes, 0xE9 é, 0x81 undefined (kept as U+0081).
  EXPECT_EQ(windows_1252_to_utf8("\x80\x93x\x94\xE9\x81"), "\xE2\x82\xAC\xE2\x80\x9Cx\xE2\x80\x9D\xC3\xA9\xC2\x81");
}


// Says messages in Dutch for one test, and in English again after it.
struct DutchMessages {
  DutchMessages() { set_message_language(Language::Dutch); }
  ~DutchMessages() { set_message_language(Language::English); }
};

TEST(Csv, SaysItsProblemsInDutch) {
  DutchMessages in_dutch;
  CsvResult encoding = read_csv("id;naam\nC1;x\nC2;Cli\xEBnt\n", dutch, "clients");
  ASSERT_TRUE(encoding.problem);
  EXPECT_EQ(encoding.problem->message,
            "dit veld is geen geldige UTF-8 (byte 0xEB na 'Cli'); is het bestand opgeslagen als Windows-1252 (het gewone "
            "'CSV' van Excel onder Windows), geef dan --data-encoding windows-1252");
  CsvResult quote = read_csv("a;b\n\"x\"y;z\n", dutch, "clients");
  ASSERT_TRUE(quote.problem);
  EXPECT_EQ(quote.problem->message,
            "na het sluitende aanhalingsteken van dit veld staat nog tekst; verwacht: ';' of het einde van de regel; schrijf "
            "een aanhalingsteken binnen een veld tussen aanhalingstekens als twee aanhalingstekens (\"\")");
}

}  // namespace
}  // namespace rw

// Test files in Dutch (docs/testing.md, "In Dutch"): a file that begins with `testen` is read in the
// Dutch words and values; each line below means what its English twin means, and `fmt --taal` turns
// either into the other exactly (testing/test_translate.h). A word of the other spelling gets a note
// that names the word to write; the runner reads Dutch amounts, dates and yes/no as a Dutch rule file does.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <tao/pegtl/contrib/analyze.hpp>

#include "testing/runner.h"
#include "testing/test_grammar.h"
#include "testing/test_parser.h"
#include "testing/test_translate.h"

namespace rw::testing::dutch_test_files_test {  // named: the unity build puts it beside other tests
namespace {

namespace fs = std::filesystem;

// ---- a line of a test in both spellings ----

struct LinePair {
  std::string english, dutch;
};

void PrintTo(const LinePair& pair, std::ostream* out) { *out << pair.english; }

// One test of a file whose first lines are in its spelling, holding `body`.
std::string file_with(const std::string& body, Language language) {
  return language == Language::Dutch ? "testen voor \"m.regels\"\ngegevens \"d/\"\ntest \"t\" {\n" + body + "}\n"
                                     : "tests for \"m.regels\"\ndata \"d/\"\ntest \"t\" {\n" + body + "}\n";
}

class DutchLine : public ::testing::TestWithParam<LinePair> {};

TEST_P(DutchLine, ReadsAsItsEnglishTwinAndTranslatesBothWays) {
  const LinePair& pair = GetParam();
  SourceFile english("t.regeltest", file_with(pair.english, Language::English));
  SourceFile dutch("t.regeltest", file_with(pair.dutch, Language::Dutch));
  TestParseResult read_english = parse_test_file(english), read_dutch = parse_test_file(dutch);
  ASSERT_TRUE(read_english.file) << render_all(read_english.diagnostics, english);
  ASSERT_TRUE(read_dutch.file) << render_all(read_dutch.diagnostics, dutch);
  EXPECT_EQ(read_english.file->language, Language::English);
  EXPECT_EQ(read_dutch.file->language, Language::Dutch);
  const rw::testing::Test& e = read_english.file->tests.at(0);
  const rw::testing::Test& d = read_dutch.file->tests.at(0);
  ASSERT_EQ(e.expectations.size(), d.expectations.size());
  for (std::size_t i = 0; i < e.expectations.size(); ++i) {
    ASSERT_EQ(e.expectations[i].what.index(), d.expectations[i].what.index());
    if (const auto* dated = std::get_if<DatedExpectation>(&e.expectations[i].what)) {
      EXPECT_EQ(dated->claim.index(), std::get<DatedExpectation>(d.expectations[i].what).claim.index()) << "the same kind of claim";
    }
  }
  EXPECT_EQ(e.settings.size(), d.settings.size());
  EXPECT_EQ(e.data.has_value(), d.data.has_value());
  EXPECT_EQ(e.years.has_value(), d.years.has_value());
  EXPECT_EQ(e.table.has_value(), d.table.has_value());

  Translation to_dutch = translate_test_file(english, Language::Dutch);
  ASSERT_TRUE(to_dutch.text) << render_all(to_dutch.diagnostics, english);
  EXPECT_EQ(*to_dutch.text, dutch.text());
  Translation to_english = translate_test_file(dutch, Language::English);
  ASSERT_TRUE(to_english.text) << render_all(to_english.diagnostics, dutch);
  EXPECT_EQ(*to_english.text, english.text());
}

INSTANTIATE_TEST_SUITE_P(
    EveryWord, DutchLine,
    ::testing::Values(
        LinePair{"  data \"d.json\"\n", "  gegevens \"d.json\"\n"},
        LinePair{"  data { \"clients\": [{\"id\": \"C-1\", \"start\": \"2025-03-01\"}] }\n",
                 "  gegevens { \"clients\": [{\"id\": \"C-1\", \"start\": \"2025-03-01\"}] }\n"},
        LinePair{"  years 2022..2024\n", "  jaren 2022..2024\n"},
        LinePair{"  scenario late_reform\n", "  scenario late_reform\n"},
        LinePair{"  set fee from 2023 = €7_000\n", "  zet fee vanaf 2023 = €7.000\n"},
        LinePair{"  set reform = 2025-01-01\n  set generous = true\n  set share = 0.5\n  set term = \"12 months\"\n",
                 "  zet reform = 01-01-2025\n  zet generous = waar\n  zet share = 0,5\n  zet term = \"12 maanden\"\n"},
        LinePair{"  expect 2022 rule 5: centre pays €648_000.00 to Rheden\n", "  verwacht 2022 regel 5: centre betaalt €648.000,00 aan Rheden\n"},
        LinePair{"  expect 2022: centre pays € 6_000.50 to anyone\n", "  verwacht 2022: centre betaalt € 6.000,50 aan iedereen\n"},
        LinePair{"  expect 2023: A pays nothing to anyone\n", "  verwacht 2023: A betaalt niets aan iedereen\n"},
        LinePair{"  expect 2023 rule 9V: anyone pays for \"CG-1\"\n", "  verwacht 2023 regel 9V: iedereen betaalt voor \"CG-1\"\n"},
        LinePair{"  expect 2023: Rheden pays nothing for \"B\"\n", "  verwacht 2023: Rheden betaalt niets voor \"B\"\n"},
        LinePair{"  expect 2024 rule S: no postings\n", "  verwacht 2024 regel S: geen boekingen\n"},
        LinePair{"  expect 2024: balance of centre = -€1_300_000.00\n", "  verwacht 2024: saldo van centre = -€1.300.000,00\n"},
        LinePair{"  expect 2024: closing balance of reserve = €0.00\n", "  verwacht 2024: eindsaldo van reserve = €0,00\n"},
        LinePair{"  expect 2026 rule S: note for Rheden = €21_000.00\n", "  verwacht 2026 regel S: notitie voor Rheden = €21.000,00\n"},
        LinePair{"  expect 2026: note \"uncovered\" for B = €2.00\n", "  verwacht 2026: notitie \"uncovered\" voor B = €2,00\n"},
        LinePair{"  expect 2025: \"CG-1\" is existing\n  expect 2025: \"CG-2\" is not existing\n",
                 "  verwacht 2025: \"CG-1\" is existing\n  verwacht 2025: \"CG-2\" is niet existing\n"},
        LinePair{"  expect 2025 rule K: report payer for \"CG-1\" = Overbetuwe\n",
                 "  verwacht 2025 regel K: rapport payer voor \"CG-1\" = Overbetuwe\n"},
        LinePair{"  expect 2025: report total = €1_234.56\n  expect 2025: report share = 0.25\n  expect 2025: report count = 1_500\n",
                 "  verwacht 2025: rapport total = €1.234,56\n  verwacht 2025: rapport share = 0,25\n  verwacht 2025: rapport count = 1.500\n"},
        LinePair{"  expect 2025: report start for \"C\" = 2025-01-31\n  expect 2025: report end for \"C\" = none\n",
                 "  verwacht 2025: rapport start voor \"C\" = 31-01-2025\n  verwacht 2025: rapport end voor \"C\" = geen\n"},
        LinePair{"  expect 2025: report new for \"C\" = false\n  expect 2025: report kind for \"C\" = BW\n",
                 "  verwacht 2025: rapport new voor \"C\" = onwaar\n  verwacht 2025: rapport kind voor \"C\" = BW\n"},
        LinePair{"  expect error \"needs a payer\"\n  expect snapshot \"s.snap\"\n",
                 "  verwacht fout \"needs a payer\"\n  verwacht momentopname \"s.snap\"\n"},
        // Comments, names and quoted text stay as written, English words in them included.
        LinePair{"  # centre pays for each client\n  expect 2022: \"Gooise Meren\" pays €5.00 to to_pay  # not 5.00\n",
                 "  # centre pays for each client\n  verwacht 2022: \"Gooise Meren\" betaalt €5,00 aan to_pay  # not 5.00\n"},
        // A cell is spelled as the line that names its column reads it: an amount, a report's value, a
        // setting, a payer; years, ids and names as written. A longer word moves the rest of its row.
        LinePair{"  set fee = new_fee\n"
                 "  expect year: report new for client = classified\n"
                 "  expect 2022 rule 5: centre pays amount to who\n"
                 "  where\n"
                 "    | year | client | classified | new_fee | amount      | who    |\n"
                 "    | 2024 | \"C-1\"  | true       | €6_000  | €648_000.00 | anyone |\n"
                 "    | 2025 | \"C-2\"  | false      | €7_000  | €1_000.00   | Rheden |\n",
                 "  zet fee = new_fee\n"
                 "  verwacht year: rapport new voor client = classified\n"
                 "  verwacht 2022 regel 5: centre betaalt amount aan who\n"
                 "  waarbij\n"
                 "    | year | client | classified | new_fee | amount      | who    |\n"
                 "    | 2024 | \"C-1\"  | waar       | €6.000  | €648.000,00 | iedereen |\n"
                 "    | 2025 | \"C-2\"  | onwaar      | €7.000  | €1.000,00   | Rheden |\n"}));

// The grammar with the Dutch choices in it (`eindsaldo`, `€ 6.000,00` in one slot) has no rule that loops without input.
TEST(DutchTestFile, TheGrammarIsWellFormed) { EXPECT_EQ(tao::pegtl::analyze<test_grammar::file>(), 0u); }

TEST(DutchTestFile, TheFirstWordSaysTheSpelling) {
  auto language = [](const std::string& text) {
    auto result = parse_test_file(SourceFile("t.regeltest", text));
    return result.file ? result.file->language : Language::English;
  };
  EXPECT_EQ(language("# Tests van de regeling\n\ntesten voor \"m.regels\"\n"), Language::Dutch);
  EXPECT_EQ(language("tests for \"m.regels\"\n"), Language::English);
  // `testen` only as a whole word: a file that begins with `testenvoor` is English (and no test file).
  EXPECT_FALSE(parse_test_file(SourceFile("t.regeltest", "testenvoor \"m.regels\"\n")).file);
}

// ---- a word of the other spelling ----

struct MixedCase {
  std::string name, text;
  int line, column;          // of the error
  std::string message_start;
  int note_line, note_column;
  std::string note;          // the whole note
};

void PrintTo(const MixedCase& c, std::ostream* out) { *out << c.name; }

class MixedSpelling : public ::testing::TestWithParam<MixedCase> {};

TEST_P(MixedSpelling, TheErrorNamesTheWordToWrite) {
  const MixedCase& c = GetParam();
  SourceFile source("t.regeltest", c.text);
  auto result = parse_test_file(source);
  ASSERT_FALSE(result.file);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  const Diagnostic& d = result.diagnostics[0];
  EXPECT_EQ(d.message.rfind(c.message_start, 0), 0u) << d.message;
  LineColumn at = source.position(d.range.begin);
  EXPECT_EQ(at.line, c.line);
  EXPECT_EQ(at.column, c.column);
  ASSERT_EQ(d.notes.size(), 1u) << d.message;
  EXPECT_EQ(d.notes[0].message, c.note);
  ASSERT_TRUE(d.notes[0].range);
  LineColumn note_at = source.position(d.notes[0].range->begin);
  EXPECT_EQ(note_at.line, c.note_line);
  EXPECT_EQ(note_at.column, c.note_column);
  // Rendered with the file, line and column of both.
  std::string rendered = render(d, source);
  EXPECT_NE(rendered.find(fmt::format("t.regeltest:{}:{}:", c.line, c.column)), std::string::npos) << rendered;
  EXPECT_NE(rendered.find(c.note), std::string::npos) << rendered;
}

const std::string dutch_head = "testen voor \"m.regels\"\ntest \"x\" {\n";
const std::string english_head = "tests for \"m.regels\"\ntest \"x\" {\n";

INSTANTIATE_TEST_SUITE_P(
    EitherWay, MixedSpelling,
    ::testing::Values(
        MixedCase{"expect_in_dutch", dutch_head + "  expect 2022: A betaalt 5 aan B\n}\n", 3, 3, "expected '}' or a line of the test", 3, 3,
                  "'expect' is English, and this file is Dutch (it begins with 'testen'): write 'verwacht'"},
        MixedCase{"rule_in_dutch", dutch_head + "  verwacht 2022 rule 5: A betaalt 5 aan B\n}\n", 3, 17, "expected ':' after the year", 3, 17,
                  "'rule' is English, and this file is Dutch (it begins with 'testen'): write 'regel'"},
        MixedCase{"pays_in_dutch", dutch_head + "  verwacht 2022: A pays 5 aan B\n}\n", 3, 20, "expected what is expected", 3, 20,
                  "'pays' is English, and this file is Dutch (it begins with 'testen'): write 'betaalt'"},
        MixedCase{"to_in_dutch", dutch_head + "  verwacht 2022: A betaalt 5 to B\n}\n", 3, 30, "expected 'to'", 3, 30,
                  "'to' is English, and this file is Dutch (it begins with 'testen'): write 'aan'"},
        MixedCase{"closing_in_dutch", dutch_head + "  verwacht 2022: closing balance of A = 5\n}\n", 3, 26, "expected what is expected", 3, 18,
                  "'closing' is English, and this file is Dutch (it begins with 'testen'): write 'eindsaldo'"},
        MixedCase{"report_in_dutch", dutch_head + "  verwacht 2022: report x = 5 # report\n}\n", 3, 25, "expected what is expected", 3, 18,
                  "'report' is English, and this file is Dutch (it begins with 'testen'): write 'rapport'"},
        MixedCase{"for_in_dutch_header", "testen for \"m.regels\"\n", 1, 8, "expected 'for'", 1, 8,
                  "'for' is English, and this file is Dutch (it begins with 'testen'): write 'voor'"},
        MixedCase{"verwacht_in_english", english_head + "  verwacht 2022: A pays 5 to B\n}\n", 3, 3, "expected '}' or a line of the test", 3, 3,
                  "'verwacht' is the Dutch for 'expect', and this file is English (a Dutch file begins with 'testen')"},
        MixedCase{"betaalt_in_english", english_head + "  expect 2022: A betaalt 5 to B\n}\n", 3, 18, "expected what is expected", 3, 18,
                  "'betaalt' is the Dutch for 'pays', and this file is English (a Dutch file begins with 'testen')"},
        MixedCase{"voor_in_english_header", "tests voor \"m.regels\"\n", 1, 7, "expected 'for'", 1, 7,
                  "'voor' is the Dutch for 'for', and this file is English (a Dutch file begins with 'testen')"}));

TEST(DutchTestFile, TranslationRefusesWhatCannotBeWrittenTheOtherWay) {
  // A Dutch amount in an English file, and an English date in a Dutch one: said where they are.
  SourceFile english("t.regeltest", file_with("  expect 2022: A pays €1_50.00 to B\n", Language::English));
  Translation to_dutch = translate_test_file(english, Language::Dutch);
  EXPECT_FALSE(to_dutch.text);
  ASSERT_EQ(to_dutch.diagnostics.size(), 1u);
  EXPECT_NE(to_dutch.diagnostics[0].message.find("cannot be written the Dutch way"), std::string::npos) << to_dutch.diagnostics[0].message;
  EXPECT_EQ(english.position(to_dutch.diagnostics[0].range.begin).line, 4);
  SourceFile dutch("t.regeltest", file_with("  verwacht 2025: rapport start = 2025-01-31\n", Language::Dutch));
  Translation to_english = translate_test_file(dutch, Language::English);
  EXPECT_FALSE(to_english.text);
  ASSERT_EQ(to_english.diagnostics.size(), 1u);
  EXPECT_EQ(to_english.diagnostics[0].message, "in a Dutch file a date is written day-month-year: 31-01-2025");
  // Translating into the file's own spelling changes nothing.
  Translation same = translate_test_file(english, Language::English);
  ASSERT_TRUE(same.text);
  EXPECT_EQ(*same.text, english.text());
}

// docs/testing.md ("In Dutch") lists every word of a test file with its Dutch spelling, as
// lang/keywords.h has it: a word added or respelled there and not in the table fails here.
TEST(DutchTestFile, TheDocsListEveryWord) {
  std::ifstream in(std::string(REGELWERK_SOURCE_DIR) + "/docs/testing.md");
  std::ostringstream text;
  text << in.rdbuf();
  std::string doc = text.str();
  ASSERT_NE(doc.find("## In Dutch"), std::string::npos);
  auto listed = [&](const words::Word& word) {
    return doc.find("| `" + std::string(word.spelling) + "` | `" + std::string(word.dutch) + "` |") != std::string::npos;
  };
  for (const words::Word* word : words::test_words) {
    if (word == &words::closing) continue;  // listed as `closing balance`
    EXPECT_TRUE(listed(*word)) << word->spelling;
  }
  for (const words::Word* word : {&words::for_, &words::years, &words::from, &words::scenario, &words::rule, &words::pays, &words::to,
                                  &words::of, &words::not_, &words::where, &words::true_, &words::false_}) {
    EXPECT_TRUE(listed(*word)) << word->spelling;
  }
}

// ---- the runner on a Dutch test file ----

constexpr const char* model_text = R"(model "Mini"
members A, B
account centre
record Client {
  id: text
  member: member
  days: integer
  end: date?
}
input clients: list of Client keyed by id
parameter fee: money = €100
parameter start: date = 2024-01-01
parameter term: duration = 12 months
parameter generous: bool = false
rule 1 "Fee" for 2024..2025 {
  for each c in clients {
    centre pays (if generous then fee * 2 else fee) to c.member
    report long_stay: c.days > 100 for c
    report ends: c.end for c
  }
  report share: 0.25
  report until: start + term
  report total: fee * 1_000
}
)";

class DutchRunnerTest : public ::testing::Test {
 protected:
  fs::path dir;
  void SetUp() override {
    dir = fs::temp_directory_path() / ("regelwerk-dutch-tests-" + std::to_string(::getpid()) + "-" +
                                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "mini.regels") << model_text;
  }
  void TearDown() override { fs::remove_all(dir); }
  RunReport run(const std::string& tests) {
    std::ofstream(dir / "mini.regeltest") << "testen voor \"mini.regels\"\n"
                                             "gegevens { \"clients\": [{\"id\": \"c1\", \"member\": \"A\", \"days\": 200, \"end\": null},"
                                             " {\"id\": \"c2\", \"member\": \"B\", \"days\": 10, \"end\": \"2025-06-30\"}] }\n"
                                          << tests;
    RunOptions options;
    options.jobs = 1;
    return run_tests({(dir / "mini.regeltest").string()}, options);
  }
  // Every message of the run, for failures and for looking one up.
  static std::string messages(const RunReport& report) {
    std::string all;
    for (const std::string& e : report.errors) all += e + "\n";
    for (const TestResult& r : report.results) {
      for (const std::string& m : r.errors) all += m + "\n";
      for (const std::string& m : r.failures) all += m + "\n";
    }
    return all;
  }
};

TEST_F(DutchRunnerTest, ReadsDutchValuesAsADutchRuleFileWrites) {
  auto report = run(R"(test "in het Nederlands" {
  jaren 2024..2025
  verwacht 2024 regel 1: centre betaalt € 200,00 aan iedereen
  verwacht 2024: centre betaalt €100 aan A
  verwacht 2024: saldo van centre = -€200,00
  verwacht 2025: eindsaldo van centre = -€400,00
  verwacht 2024: iedereen betaalt voor "c1"
  verwacht 2024: B betaalt niets voor "c1"
  verwacht 2024: rapport long_stay voor "c1" = waar
  verwacht 2024: rapport long_stay voor "c2" = onwaar
  verwacht 2024: rapport ends voor "c1" = geen
  verwacht 2024: rapport ends voor "c2" = 30-06-2025
  verwacht 2024: rapport share = 0,25
  verwacht 2024: rapport until = 01-01-2025
  verwacht 2024: rapport total = €100.000,00
}
test "wat als" {
  zet fee vanaf 2025 = € 1.000,50
  zet start = 01-07-2024
  zet term = "6 maanden"
  verwacht 2025: centre betaalt €1.000,50 aan A
  verwacht 2025: rapport until = 01-01-2025
}
test "per rij" {
  zet generous = gul
  verwacht 2024 regel 1: centre betaalt bedrag aan wie
  waarbij
    | gul    | bedrag  | wie      |
    | waar   | €400,00 | iedereen |
    | onwaar | €100,00 | A        |
}
)");
  ASSERT_TRUE(report.errors.empty()) << messages(report);
  ASSERT_EQ(report.results.size(), 4u) << messages(report);
  for (const TestResult& r : report.results) EXPECT_TRUE(r.passed()) << r.name << "\n" << messages(report);
}

TEST_F(DutchRunnerTest, EnglishValuesAreRefusedWithTheDutchToWrite) {
  auto report = run(R"(test "Engels" {
  verwacht 2024: centre betaalt €100.00 aan A
  verwacht 2024: centre betaalt €1_000,00 aan A
  verwacht 2024: centre betaalt €200,00 aan anyone
  verwacht 2024: rapport long_stay voor "c1" = true
  verwacht 2024: rapport until = 2025-01-01
  verwacht 2024: rapport ends voor "c1" = none
  verwacht 2024: centre betaalt nothing aan A
}
)");
  std::string all = messages(report);
  EXPECT_NE(all.find("mini.regeltest:4:33: error: '€100.00' is not a number in a Dutch file"), std::string::npos) << all;
  EXPECT_NE(all.find("mini.regeltest:5:33: error: '€1_000,00' is not a number in a Dutch file"), std::string::npos) << all;
  EXPECT_NE(all.find("mini.regeltest:6:45: error: 'anyone' is English, and this test file is Dutch (it begins with 'testen'): "
                     "write 'iedereen'"), std::string::npos) << all;
  EXPECT_NE(all.find("'true' is English, and this test file is Dutch (it begins with 'testen'): write 'waar'"), std::string::npos) << all;
  EXPECT_NE(all.find("in a Dutch file a date is written day-month-year: 01-01-2025"), std::string::npos) << all;
  EXPECT_NE(all.find("'none' is English, and this test file is Dutch (it begins with 'testen'): write 'geen'"), std::string::npos) << all;
  EXPECT_NE(all.find("mini.regeltest:10:33: error: 'nothing' is English, and this test file is Dutch (it begins with 'testen'): "
                     "write 'niets'"), std::string::npos) << all;
}

}  // namespace
}  // namespace rw::testing::dutch_test_files_test

// The test-file parser: what each line means, and the message and position of each syntax error.
#include <gtest/gtest.h>

#include "testing/test_parser.h"

namespace rw::testing {
namespace {

TestParseResult parse_text(const std::string& text) { return parse_test_file(SourceFile("t.regeltest", text)); }

TEST(TestParser, ReadsReportClaims) {
  auto result = parse_text(R"(tests for "m.regels"
test "reports" {
  expect 2025 rule K: report payer for "CG-1" = centre
  expect 2025: report total = €0.00
}
)");
  ASSERT_TRUE(result.file) << result.diagnostics.front().message;
  const auto& expectations = result.file->tests.at(0).expectations;
  ASSERT_EQ(expectations.size(), 2u);
  const auto& first = std::get<DatedExpectation>(expectations[0].what);
  const auto& claim = std::get<ReportClaim>(first.claim);
  EXPECT_EQ(first.rule->text, "K");
  EXPECT_EQ(claim.name.text, "payer");
  ASSERT_TRUE(claim.subject);
  EXPECT_EQ(claim.subject->text, "CG-1");
  EXPECT_TRUE(claim.subject->quoted);
  EXPECT_EQ(claim.value.text, "centre");
  const auto& own = std::get<ReportClaim>(std::get<DatedExpectation>(expectations[1].what).claim);
  EXPECT_EQ(own.name.text, "total");
  EXPECT_FALSE(own.subject);
  EXPECT_EQ(own.value.text, "€0.00");
}

TEST(TestParser, ReadsEveryKindOfLine) {
  auto result = parse_text(R"(tests for "m.regels"
data "data/"
test "all of it" {
  years 2022..2024
  scenario late
  set fee from 2023 = €7_000
  expect 2022 rule 5: centre pays €648_000.00 to Rheden
  expect 2023: A pays nothing to anyone
  expect 2023 rule 9V: "Gooise Meren" pays for "CG-1"
  expect 2024: no postings
  expect 2024: balance of centre = -€1.00
  expect 2024 rule S: note "uncovered" for B = €2.00
  expect 2024: "CG-1" is not existing
  expect snapshot "s.snap"
  expect error "needs a payer"
}
)");
  ASSERT_TRUE(result.file) << result.diagnostics.front().message;
  const TestFile& file = *result.file;
  EXPECT_EQ(file.model.text, "m.regels");
  ASSERT_TRUE(file.data);
  EXPECT_EQ(file.data->path, "data/");
  ASSERT_EQ(file.tests.size(), 1u);
  const rw::testing::Test& t = file.tests[0];
  EXPECT_EQ(t.name, "all of it");
  EXPECT_EQ(t.years->first.text, "2022");
  EXPECT_EQ(t.years->second.text, "2024");
  EXPECT_EQ(t.scenario->text, "late");
  ASSERT_EQ(t.settings.size(), 1u);
  EXPECT_EQ(t.settings[0].parameter.text, "fee");
  EXPECT_EQ(t.settings[0].from_year->text, "2023");
  EXPECT_EQ(t.settings[0].value.text, "€7_000");
  ASSERT_EQ(t.expectations.size(), 9u);

  auto dated = [&](int i) { return std::get<DatedExpectation>(t.expectations[i].what); };
  auto pays = std::get<PaysClaim>(dated(0).claim);
  EXPECT_EQ(dated(0).year.text, "2022");
  EXPECT_EQ(dated(0).rule->text, "5");
  EXPECT_EQ(pays.from.text, "centre");
  EXPECT_EQ(pays.amount.text, "€648_000.00");
  EXPECT_EQ(pays.to.text, "Rheden");
  EXPECT_FALSE(pays.nothing);
  auto nothing = std::get<PaysClaim>(dated(1).claim);
  EXPECT_TRUE(nothing.nothing);
  EXPECT_EQ(nothing.to.text, "anyone");
  EXPECT_FALSE(dated(1).rule);
  auto pays_for = std::get<PaysForClaim>(dated(2).claim);
  EXPECT_EQ(pays_for.from.text, "Gooise Meren");
  EXPECT_TRUE(pays_for.from.quoted);
  EXPECT_EQ(pays_for.item.text, "CG-1");
  EXPECT_EQ(dated(2).rule->text, "9V");
  EXPECT_TRUE(std::holds_alternative<NoPostingsClaim>(dated(3).claim));
  auto balance = std::get<BalanceClaim>(dated(4).claim);
  EXPECT_EQ(balance.account.text, "centre");
  EXPECT_EQ(balance.amount.text, "-€1.00");
  auto note = std::get<NoteClaim>(dated(5).claim);
  EXPECT_EQ(note.label->text, "uncovered");
  EXPECT_EQ(note.account.text, "B");
  auto is = std::get<IsClaim>(dated(6).claim);
  EXPECT_EQ(is.item.text, "CG-1");
  EXPECT_EQ(is.definition.text, "existing");
  EXPECT_TRUE(is.negated);
  EXPECT_EQ(std::get<SnapshotExpectation>(t.expectations[7].what).path.text, "s.snap");
  EXPECT_EQ(std::get<ErrorExpectation>(t.expectations[8].what).text.text, "needs a payer");
}

TEST(TestParser, ReadsTablesAndInlineData) {
  auto result = parse_text(R"(tests for "m.regels"
test "per member" {
  data { "clients": [ {"id": "a}", "note": "[x"} ] }
  expect 2022 rule 5: centre pays amount to member
  where
    | member         | amount      |
    | Rheden         | €648_000.00 |   # 108 × €6,000
    | "Gooise Meren" | €0.00       |
}
)");
  ASSERT_TRUE(result.file) << result.diagnostics.front().message;
  const rw::testing::Test& t = result.file->tests.at(0);
  EXPECT_EQ(t.data->inline_json, R"({ "clients": [ {"id": "a}", "note": "[x"} ] })");  // braces inside strings do not count
  ASSERT_TRUE(t.table);
  ASSERT_EQ(t.table->columns.size(), 2u);
  EXPECT_EQ(t.table->columns[0].text, "member");
  ASSERT_EQ(t.table->rows.size(), 2u);
  EXPECT_EQ(t.table->rows[0][1].text, "€648_000.00");
  EXPECT_EQ(t.table->rows[1][0].text, "Gooise Meren");
  EXPECT_TRUE(t.table->rows[1][0].quoted);
}

struct SyntaxErrorCase {
  std::string text;
  int line, column;
  std::string message_start;
};

TEST(TestParser, SyntaxErrorsSayWhatWasExpectedAndWhere) {
  const std::vector<SyntaxErrorCase> cases = {
      {"test \"x\" {}\n", 1, 1, "a test file starts with: tests for"},
      {"tests \"m.regels\"\n", 1, 7, "expected 'for'"},
      {"tests for \"m.regels\"\ntest x {}\n", 2, 6, "expected the test's name"},
      {"tests for \"m.regels\"\ntest \"x\" {\n  expect 2022 rule 5 centre pays €1.00 to A\n}\n", 3, 22, "expected ':' after the year"},
      {"tests for \"m.regels\"\ntest \"x\" {\n  expect 2022: centre gives €1.00 to A\n}\n", 3, 23, "expected what is expected"},
      {"tests for \"m.regels\"\ntest \"x\" {\n  expect 2022: centre pays €1.00 from A\n}\n", 3, 34, "expected 'to'"},
      {"tests for \"m.regels\"\ntest \"x\" {\n  years twenty\n}\n", 3, 9, "expected a four-digit year"},
      {"tests for \"m.regels\"\ntest \"x\" {\n  data { \"a\": [1, 2 }\n}\n", 3, 15, "expected '}' to close the inline data"},
      {"tests for \"m.regels\"\ntest \"x\" {\n  frobnicate\n}\n", 3, 3, "expected '}' or a line of the test"},
      {"tests for \"m.regels\"\ntest \"x\" {\n  where\n  member\n}\n", 4, 3, "expected the table's header row"},
  };
  for (const SyntaxErrorCase& c : cases) {
    SourceFile source("t.regeltest", c.text);
    auto result = parse_test_file(source);
    ASSERT_FALSE(result.file) << c.text;
    ASSERT_EQ(result.diagnostics.size(), 1u);
    const Diagnostic& d = result.diagnostics[0];
    EXPECT_EQ(d.message.rfind(c.message_start, 0), 0u) << c.text << "\n" << d.message;
    LineColumn at = source.position(d.range.begin);
    EXPECT_EQ(at.line, c.line) << c.text;
    EXPECT_EQ(at.column, c.column) << c.text;
  }
}

}  // namespace
}  // namespace rw::testing

// The test runner end to end on a small model written to a temporary folder: passing and failing
// expectations, table rows, what-if settings, expected errors, snapshots, coverage and JUnit XML.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "messages/say.h"
#include "testing/coverage_report.h"
#include "testing/junit.h"
#include "testing/runner.h"
#include "testing/snapshot.h"

namespace rw::testing {
namespace {

namespace fs = std::filesystem;

// Two clients: c1 stays 200 days (the whole fee), c2 10 days (half the fee).
constexpr const char* model_text = R"(model "Mini"
members A, B
account centre
rounding half_even
record Client {
  id: text
  member: member
  days: integer
}
input clients: list of Client
parameter fee: money = €100
define long_stay(c: Client): bool = c.days > 100
rule 1 "Fee" for 2024..2025 {
  for each c in clients {
    if long_stay(c) {
      centre pays fee to c.member
    } else {
      centre pays fee / 2 to c.member
    }
  }
}
rule 2 "Check" for 2024..2025 {
  for each c in clients {
    require c.days >= 0 else "days cannot be negative"
  }
}
)";

class RunnerTest : public ::testing::Test {
 protected:
  fs::path dir;
  void SetUp() override {
    dir = fs::temp_directory_path() / ("regelwerk-runner-" + std::to_string(::getpid()) + "-" +
                                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
    write("mini.regels", model_text);
  }
  void TearDown() override { fs::remove_all(dir); }
  void write(const std::string& name, const std::string& text) { std::ofstream(dir / name) << text; }
  RunReport run(const std::string& tests, RunOptions options = {}) {
    write("mini.regeltest", "tests for \"mini.regels\"\n"
                            "data { \"clients\": [{\"id\": \"c1\", \"member\": \"A\", \"days\": 200},"
                            " {\"id\": \"c2\", \"member\": \"B\", \"days\": 10}] }\n" + tests);
    options.jobs = 2;
    return run_tests({(dir / "mini.regeltest").string()}, options);
  }
};

TEST_F(RunnerTest, PassingExpectations) {
  auto report = run(R"(test "fees" {
  expect 2024 rule 1: centre pays €100.00 to A    # c1: the whole fee
  expect 2024 rule 1: centre pays €50.00 to B     # c2: €100 / 2
  expect 2024 rule 1: centre pays €150.00 to anyone
  expect 2024: balance of centre = -€150.00
  expect 2024: "c1" is long_stay
  expect 2024: "c2" is not long_stay
  expect 2024: centre pays for "c1"
  expect 2024: A pays nothing for "c1"
  expect 2024 rule 2: no postings
}
)");
  ASSERT_TRUE(report.errors.empty()) << report.errors.front();
  ASSERT_EQ(report.results.size(), 1u);
  EXPECT_TRUE(report.results[0].passed()) << (report.results[0].failures.empty() ? report.results[0].errors.front()
                                                                                 : report.results[0].failures.front());
}

TEST_F(RunnerTest, FailureShowsExpectedActualRuleAndParameter) {
  auto report = run("test \"wrong\" {\n  expect 2024 rule 1: centre pays €99.00 to A\n}\n");
  ASSERT_EQ(report.results.size(), 1u);
  ASSERT_EQ(report.results[0].failures.size(), 1u);
  const std::string& f = report.results[0].failures[0];
  EXPECT_NE(f.find("mini.regeltest:4:3: 2024 rule 1: centre pays A: expected €99.00, actual €100.00"), std::string::npos) << f;
  EXPECT_NE(f.find("rule 1 \"Fee\""), std::string::npos) << f;
  EXPECT_NE(f.find("1 × €100.00 = €100.00"), std::string::npos) << f;
  EXPECT_NE(f.find("fee = €100.00"), std::string::npos) << f;
}

TEST_F(RunnerTest, TableRowsAndSettings) {
  // fee €10: c1 gets €10.00, c2 €5.00; fee €3: €3.00 and €1.50; the third row is wrong on purpose.
  auto report = run(R"(test "fee per row" {
  set fee = f
  expect 2025 rule 1: centre pays a to A
  expect 2025 rule 1: centre pays b to B
  where
    | f   | a      | b     |
    | €10 | €10.00 | €5.00 |
    | €3  | €3.00  | €1.50 |
    | €4  | €4.00  | €2.01 |
}
)");
  ASSERT_EQ(report.results.size(), 3u);
  EXPECT_EQ(report.results[0].name, "fee per row [f=€10]");
  EXPECT_TRUE(report.results[0].passed());
  EXPECT_TRUE(report.results[1].passed());
  ASSERT_EQ(report.results[2].failures.size(), 1u);
  EXPECT_NE(report.results[2].failures[0].find("expected €2.01, actual €2.00"), std::string::npos);
}

TEST_F(RunnerTest, ExpectedErrors) {
  auto report = run(R"(test "negative days" {
  data { "clients": [{"id": "c3", "member": "A", "days": -1}] }
  expect error "days cannot be negative"
}
test "no error" {
  expect error "days cannot be negative"
}
test "another error" {
  data { "clients": [{"id": "c3", "member": "A", "days": -1}] }
  expect error "something else"
}
)");
  ASSERT_EQ(report.results.size(), 3u);
  EXPECT_TRUE(report.results[0].passed());
  ASSERT_EQ(report.results[1].failures.size(), 1u);
  EXPECT_NE(report.results[1].failures[0].find("but the settlement succeeded"), std::string::npos);
  ASSERT_EQ(report.results[2].failures.size(), 1u);
  EXPECT_NE(report.results[2].failures[0].find("got: "), std::string::npos);
  EXPECT_NE(report.results[2].failures[0].find("days cannot be negative"), std::string::npos);
}

TEST_F(RunnerTest, MistakesInTheTestAreErrorsNotFailures) {
  auto report = run(R"(test "mistakes" {
  years 2024
  expect 2025 rule 1: centre pays €50.00 to B
  expect 2024 rule 1: centre pays €1.00 to Z
  expect 2024 rule 7: centre pays €1.00 to A
  expect 2024 rule 1: centre pays 100 to A
  expect 2024: "c9" is long_stay
}
)");
  ASSERT_EQ(report.results.size(), 1u);
  const auto& errors = report.results[0].errors;
  ASSERT_EQ(errors.size(), 5u);
  EXPECT_NE(errors[0].find("mini.regeltest:5:10: error: 2025 is not among the years this test settles (2024..2024)"),
            std::string::npos) << errors[0];
  EXPECT_NE(errors[1].find("'Z' is not a member or account of model \"Mini\""), std::string::npos) << errors[1];
  EXPECT_NE(errors[2].find("model \"Mini\" has no rule 7; did you mean rule 1?"), std::string::npos) << errors[2];
  EXPECT_NE(errors[3].find("write it in euros"), std::string::npos) << errors[3];
  EXPECT_NE(errors[4].find("no record in the data has id \"c9\""), std::string::npos) << errors[4];
}

// Dutch messages for one test; English again afterwards, also when the test fails.
struct DutchMessages {
  DutchMessages() { set_message_language(Language::Dutch); }
  ~DutchMessages() { set_message_language(Language::English); }
};

TEST_F(RunnerTest, ExpectedErrorsMatchTheEnglishMessageUnderDutch) {
  // `expect error` means the same in every message language: it is matched against the English message,
  // while the runner's own words stay Dutch ("verwacht een fout met").
  RunReport report;
  {
    DutchMessages dutch;
    report = run(R"(test "days left out" {
  data { "clients": [{"id": "c3", "member": "A"}] }
  expect error "missing field 'days'"
}
test "another error" {
  data { "clients": [{"id": "c3", "member": "A"}] }
  expect error "something else"
}
)");
  }
  ASSERT_EQ(report.results.size(), 2u);
  EXPECT_TRUE(report.results[0].passed()) << (report.results[0].failures.empty() ? "" : report.results[0].failures[0]);
  ASSERT_EQ(report.results[1].failures.size(), 1u);
  EXPECT_NE(report.results[1].failures[0].find("verwacht een fout met \"something else\", gekregen: "), std::string::npos)
      << report.results[1].failures[0];
  EXPECT_NE(report.results[1].failures[0].find("missing field 'days'"), std::string::npos) << report.results[1].failures[0];
}

TEST_F(RunnerTest, FailuresAndMistakesInDutch) {
  // An English test file, Dutch messages: the failure and each mistake as the Dutch catalogue says them
  // (amounts left out: their Dutch form is money_format's).
  RunReport report;
  {
    DutchMessages dutch;
    report = run(R"(test "wrong" {
  expect 2024 rule 1: centre pays €99.00 to A
}
test "mistakes" {
  years 2024
  expect 2025 rule 1: centre pays €50.00 to B
  expect 2024 rule 1: centre pays €1.00 to Z
  expect 2024 rule 7: centre pays €1.00 to A
  expect 2024 rule 1: centre pays 100 to A
  expect 2024: "c9" is long_stay
}
)");
  }
  ASSERT_EQ(report.results.size(), 2u);
  ASSERT_EQ(report.results[0].failures.size(), 1u);
  const std::string& failure = report.results[0].failures[0];
  for (const char* text : {"mini.regeltest:4:3: 2024 regel 1: centre betaalt aan A: verwacht ", ", werkelijk ", " — regel 1 \"Fee\""}) {
    EXPECT_NE(failure.find(text), std::string::npos) << text << "\nin: " << failure;
  }
  const auto& errors = report.results[1].errors;
  const char* said[] = {
      "mini.regeltest:8:10: fout: 2025 hoort niet bij de jaren die deze test afrekent (2024..2024); voeg het toe aan `jaren`",
      "fout: 'Z' is geen lid of rekening van regeling \"Mini\"",
      "fout: regeling \"Mini\" heeft geen regel 7; bedoelt u regel 1?",
      "fout: '100' is geen bedrag: schrijf het in euro's",
      "fout: geen record in de gegevens heeft id \"c9\"",
  };
  ASSERT_EQ(errors.size(), std::size(said));
  for (std::size_t i = 0; i < errors.size(); ++i) EXPECT_NE(errors[i].find(said[i]), std::string::npos) << said[i] << "\nin: " << errors[i];
  EXPECT_EQ(say("{} passed, {} failed", 1, 2), "1 passed, 2 failed");  // English again
}

TEST_F(RunnerTest, SnapshotsAreWrittenByUpdateAndThenCompared) {
  const std::string test = "test \"snap\" {\n  years 2024\n  expect snapshot \"mini.snap\"\n}\n";
  auto missing = run(test);
  ASSERT_EQ(missing.results[0].failures.size(), 1u);
  EXPECT_NE(missing.results[0].failures[0].find("does not exist yet"), std::string::npos);
  RunOptions update;
  update.update = true;
  auto written = run(test, update);
  EXPECT_TRUE(written.results[0].passed());
  ASSERT_FALSE(written.notices.empty());
  EXPECT_NE(written.notices[0].find("wrote snapshot"), std::string::npos);
  EXPECT_TRUE(run(test).results[0].passed());
  // A changed fee changes both postings, the balances of A, B and the centre and their closing balances
  // (the same, in the only year): 8 lines out, 8 lines in, and one line in that says the ledger is a
  // what-if and what it was computed under.
  auto changed = run("test \"snap\" {\n  years 2024\n  set fee = €101\n  expect snapshot \"mini.snap\"\n}\n");
  ASSERT_EQ(changed.results[0].failures.size(), 1u);
  EXPECT_NE(changed.results[0].failures[0].find("in 17 lines"), std::string::npos) << changed.results[0].failures[0];
  EXPECT_NE(changed.results[0].failures[0].find("+ # a what-if, not the agreed settlement: computed under --set fee=€101"),
            std::string::npos);
  EXPECT_NE(changed.results[0].failures[0].find("+ posting 2024 1 centre -> A 101.00 due -"), std::string::npos);
}

TEST_F(RunnerTest, UpdateNeverWritesOverTheModelOrALink) {
  RunOptions update;
  update.update = true;
  // A snapshot path that is the model itself: refused, the model keeps its text.
  auto onto_model = run("test \"snap\" {\n  years 2024\n  expect snapshot \"mini.regels\"\n}\n", update);
  ASSERT_EQ(onto_model.results[0].errors.size(), 1u);
  EXPECT_NE(onto_model.results[0].errors[0].find("it is the rule file"), std::string::npos) << onto_model.results[0].errors[0];
  std::ifstream model(dir / "mini.regels");
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(model), {}), model_text);
  // A snapshot that is a symbolic link stays a link.
  write("kept.snap", "old\n");
  fs::create_symlink("kept.snap", dir / "link.snap");
  auto onto_link = run("test \"snap\" {\n  years 2024\n  expect snapshot \"link.snap\"\n}\n", update);
  ASSERT_EQ(onto_link.results[0].errors.size(), 1u);
  EXPECT_NE(onto_link.results[0].errors[0].find("it is a symbolic link to kept.snap"), std::string::npos);
  EXPECT_TRUE(fs::is_symlink(dir / "link.snap"));
}

TEST_F(RunnerTest, CoverageCountsRulesAndBothWaysOfEachCondition) {
  RunOptions options;
  options.coverage = true;
  // Only c1 (a long stay) in 2024: the `if` never goes the other way; rule 2's require is not a branch.
  auto report = run("test \"one\" {\n  data { \"clients\": [{\"id\": \"c1\", \"member\": \"A\", \"days\": 200}] }\n"
                    "  expect 2024 rule 1: centre pays €100.00 to A\n}\n", options);
  CoverageSummary summary = coverage_summary(report.models);
  // 2 rules applied + the condition of `if long_stay(c)` seen true only: 3 of 2 + 2 = 4.
  EXPECT_EQ(summary.covered, 3);
  EXPECT_EQ(summary.total, 4);
  EXPECT_TRUE(summary.meets(75));
  EXPECT_FALSE(summary.meets(76));
  EXPECT_NE(summary.text.find("mini.regels:15:8: if `long_stay(c)` was never false"), std::string::npos) << summary.text;
  EXPECT_EQ(percentage(2, 3), "66.6%");
}

TEST_F(RunnerTest, JunitHasOneCasePerTestWithFailures) {
  auto report = run("test \"ok\" {\n  expect 2024 rule 1: centre pays €100.00 to A\n}\n"
                    "test \"a <bad> & 'odd' one\" {\n  expect 2024 rule 1: centre pays €1.00 to A\n}\n");
  std::string xml = junit_xml(report);
  EXPECT_NE(xml.find("<testsuites name=\"regelwerk\" tests=\"2\" failures=\"1\" errors=\"0\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("name=\"a &lt;bad&gt; &amp; &apos;odd&apos; one\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("<failure message="), std::string::npos);
}

// A test file's `set` reads values as --set does, with the literal reader of rule files and data.
TEST_F(RunnerTest, SettingsAreReadLikeLiteralsWithTheirSign) {
  // Rule 3 pays €1 when start + window is before July 2024: not with 2024-01-01 + 12 months (2025-01-01),
  // but with -12 months (2023-01-01).
  write("mini.regels", std::string(model_text) + R"(parameter start: date = 2024-01-01
parameter window: duration = 12 months
rule 3 "Window" for 2024 when start + window <= 2024-06-30 { centre pays €1 to A }
)");
  auto report = run(R"(test "a negative window" {
  set window = "-12 months"
  expect 2024 rule 3: centre pays €1.00 to A
}
test "ambiguous and impossible values" {
  set fee = 7.000
  set fee from 2025 = 6,500
  set start = -2024-01-01
  set window = 12
  expect 2024 rule 1: centre pays €7000.00 to A
}
)");
  ASSERT_EQ(report.results.size(), 2u);
  EXPECT_TRUE(report.results[0].passed()) << (report.results[0].failures.empty() ? report.results[0].errors.front()
                                                                                 : report.results[0].failures.front());
  const auto& errors = report.results[1].errors;
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_NE(errors[0].find("mini.regeltest:8:3: error: --set fee=7.000: parameter 'fee' is money: ambiguous amount '7.000': "
                           "write 7000, 7_000, €7000 or €7000.00"), std::string::npos) << errors[0];
  EXPECT_NE(errors[1].find("ambiguous amount '6,500': write 6500, 6_500, €6500 or €6500.00 (',' is not used in amounts)"),
            std::string::npos) << errors[1];
  EXPECT_NE(errors[2].find("'-2024-01-01' is not a date: a date cannot be negative; write 2024-01-01"), std::string::npos)
      << errors[2];
  EXPECT_NE(errors[3].find("'12' is not a duration: give its unit"), std::string::npos) << errors[3];
}

TEST(Snapshot, ChangesListRemovedThenAddedLines) {
  auto changes = snapshot_changes("a\nb\nc\n", "a\nc\nd\n");
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0], "- b");
  EXPECT_EQ(changes[1], "+ d");
  EXPECT_TRUE(snapshot_changes("x\n", "x\n").empty());
}

}  // namespace
}  // namespace rw::testing

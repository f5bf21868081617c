// Interpreter: rule files evaluated on small data, amounts checked against hand computations.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "lang/program.h"
#include "messages/language.h"
#include "runtime/eval/interpreter.h"
#include "runtime/eval/overrides.h"
#include "runtime/eval/time_limit.h"
#include "stdlib/builtins.h"
#include "tests/unit/compiled_program.h"

namespace rw {
namespace {

struct Evaluated {
  std::optional<Program> program;
  EvalResult result;
  std::string errors;  // rendered diagnostics of any stage
};

// Parses, checks, loads `data_json` and evaluates `years`.
Evaluated evaluate_text(const std::string& rules, const std::string& data_json, std::vector<int> years) {
  Evaluated out;
  CompileResult compiled = compile("test.regels", rules, builtin_signatures());
  if (!compiled.program) {
    out.errors = render_all(compiled.diagnostics, *compiled.source);
    return out;
  }
  out.program = std::move(compiled.program);
  const CheckedModel& model = out.program->model;
  Dataset data;
  data.inputs.resize(model.tables.inputs.size());
  data.input_files.resize(model.tables.inputs.size());
  std::vector<bool> seen(model.tables.inputs.size());
  std::vector<DataError> errors;
  load_json_text(model.tables, "data.json", data_json, data, seen, errors);
  for (const DataError& e : errors) out.errors += render(e);
  if (!errors.empty()) return out;
  out.result = evaluate(*out.program, data, years);
  out.errors += render_all(out.result.diagnostics, *out.program->source);
  return out;
}

// Cents posted per "rule from->to" in one year.
std::map<std::string, std::int64_t> amounts(const Evaluated& e, int year) {
  std::map<std::string, std::int64_t> result;
  for (const Posting& p : e.result.ledger->postings) {
    if (p.year != year) continue;
    result[p.rule_id + " " + e.result.ledger->accounts[p.from].id + "->" + e.result.ledger->accounts[p.to].id] += p.cents;
  }
  return result;
}

const char* fee_model = R"(model "Fee"
members A, B
account centre "Centre"
record Stay { municipality: member  period: period }
record Client { id: text  stays: list of Stay }
input clients: list of Client
parameter fee: money = €6000
rule 5 "Fee" for 2023..2024 due date(year + 1, 1, 31) {
  for each c in clients {
    for each s in c.stays where overlaps_year(s.period, year) {
      centre pays fee * share_of_year(s.period, year) to s.municipality
    }
  }
}
)";

TEST(Interpreter, ProratesAFeeByDaysAndSplitsAMoveExactly) {
  // X lives in A all of 2023 and 2024. Y moves from A to B on 2024-07-01 (2024 has 366 days).
  const char* data = R"({"clients": [
    {"id": "X", "stays": [{"municipality": "A", "period": {"start": "2020-01-01", "end": null}}]},
    {"id": "Y", "stays": [{"municipality": "A", "period": {"start": "2023-01-01", "end": "2024-06-30"}},
                          {"municipality": "B", "period": {"start": "2024-07-01", "end": null}}]}]})";
  Evaluated e = evaluate_text(fee_model, data, {2023, 2024});
  ASSERT_TRUE(e.result.ledger) << e.errors;
  // 2023: X and Y each a full year in A: 2 × 6000 = 12,000.00
  EXPECT_EQ(amounts(e, 2023), (std::map<std::string, std::int64_t>{{"5 centre->A", 1200000}}));
  // 2024: X full year 6000; Y in A Jan 1..Jun 30 = 31+29+31+30+31+30 = 182 days, in B 184 days.
  // A: 6000 + 6000 × 182/366 = 6000 + 2983.6065... = 8983.61 (half away from zero)
  // B: 6000 × 184/366 = 3016.3934... = 3016.39; together 11,999.99 + rounding, each rounded once.
  EXPECT_EQ(amounts(e, 2024), (std::map<std::string, std::int64_t>{{"5 centre->A", 898361}, {"5 centre->B", 301639}}));
  const Posting& first = e.result.ledger->postings.at(0);
  EXPECT_EQ(first.id, "2023/5/1");
  EXPECT_EQ(first.due->to_string(), "2024-01-31");
  EXPECT_EQ(first.provenance->contributions, 2);
  EXPECT_EQ(first.provenance->item_ids(), (std::vector<std::string>{"X", "Y"}));
  EXPECT_EQ(first.provenance->location, "test.regels:11:7");
}

TEST(Interpreter, BalancesSumToZeroAndShowThePayerNegative) {
  const char* data = R"({"clients": [
    {"id": "X", "stays": [{"municipality": "B", "period": {"start": "2020-01-01", "end": null}}]}]})";
  Evaluated e = evaluate_text(fee_model, data, {2023});
  ASSERT_TRUE(e.result.ledger) << e.errors;
  std::vector<std::int64_t> balances = e.result.ledger->balances(2023);
  // accounts: A, B, centre. B receives 6000.00, the centre pays it.
  EXPECT_EQ(balances, (std::vector<std::int64_t>{0, 600000, -600000}));
}

TEST(Interpreter, ADayThatDoesNotExistIsAnErrorUnlessTheModelSaysHowToRound) {
  const char* model = R"(model "Dates"
members A
account centre "Centre"
parameter expiry: date = 2024-02-29
define readmission_deadline: date = expiry + 12 months
rule 1 "T" for 2025 { if readmission_deadline >= 2025-02-28 { centre pays €1 to A } }
)";
  Evaluated e = evaluate_text(model, "{}", {2025});
  EXPECT_FALSE(e.result.ledger);
  EXPECT_NE(e.errors.find("test.regels:5:37: error: 2024-02-29 + 12 months lands on a day that does not exist"), std::string::npos) << e.errors;
  EXPECT_NE(e.errors.find("while evaluating rule 1 for 2025"), std::string::npos) << e.errors;

  std::string rounded = model;
  rounded.replace(rounded.find("12 months"), 9, "12 months rounding down");  // 2025-02-28
  Evaluated ok = evaluate_text(rounded, "{}", {2025});
  ASSERT_TRUE(ok.result.ledger) << ok.errors;
  EXPECT_EQ(ok.result.ledger->postings.size(), 1u);
}

struct RoundingCase {
  std::string mode;
  std::int64_t cents;
};

class ModelRounding : public ::testing::TestWithParam<RoundingCase> {};

TEST_P(ModelRounding, AppliesWhenAPostingIsMade) {
  // One posting of €0.125 (€0.25 / 2), rounded to cents by the model's mode.
  std::string model = "model \"R\"\nmembers A, B\nrounding " + GetParam().mode +
                      "\nrule 1 \"T\" for 2022 { A pays €0.25 / 2 to B }\n";
  Evaluated e = evaluate_text(model, "{}", {2022});
  ASSERT_TRUE(e.result.ledger) << e.errors;
  ASSERT_EQ(e.result.ledger->postings.size(), 1u);
  EXPECT_EQ(e.result.ledger->postings[0].cents, GetParam().cents);
}

// 12.5 cents: away from zero 13, half even 12 (2 is even), down 12, up 13, toward zero 12.
INSTANTIATE_TEST_SUITE_P(Interpreter, ModelRounding, ::testing::Values(
    RoundingCase{"half_away_from_zero", 13}, RoundingCase{"half_even", 12}, RoundingCase{"down", 12},
    RoundingCase{"up", 13}, RoundingCase{"toward_zero", 12}));

TEST(Interpreter, OneStatementInALoopAccumulatesBeforeRounding) {
  // 3 × €1/3 = exactly €1.00 when summed before rounding (3 × 0.33 would give 0.99).
  const char* model = R"(model "Acc"
members A, B
record Row { n: integer }
input rows: list of Row
rule 1 "T" for 2022 { for each r in rows { A pays €1 / 3 to B } }
)";
  Evaluated e = evaluate_text(model, R"({"rows": [{"n": 1}, {"n": 2}, {"n": 3}]})", {2022});
  ASSERT_TRUE(e.result.ledger) << e.errors;
  ASSERT_EQ(e.result.ledger->postings.size(), 1u);
  EXPECT_EQ(e.result.ledger->postings[0].cents, 100);
  EXPECT_EQ(e.result.ledger->postings[0].provenance->contributions, 3);
}

TEST(Interpreter, AbsentOptionalValuesAreReportedNotGuessed) {
  const char* model = R"(model "Opt"
members A, B
record Client { id: text  previous: date? }
input clients: list of Client
rule 1 "T" for 2022 { for each c in clients { if c.previous < 2022-01-01 { A pays €1 to B } } }
)";
  Evaluated e = evaluate_text(model, R"({"clients": [{"id": "C1", "previous": null}]})", {2022});
  EXPECT_FALSE(e.result.ledger);
  EXPECT_NE(e.errors.find("test.regels:5:50: error: this value is absent"), std::string::npos) << e.errors;
}

TEST(Interpreter, RulesOnlyRunInTheirYears) {
  const char* fixed = R"(model "Years"
members A, B
rule 1 "Early" for 2022..2023 { A pays €10 to B }
rule 2 "Late" for 2024 { B pays €1 * year to A }
)";
  Evaluated e = evaluate_text(fixed, "{}", {2022, 2023, 2024});
  ASSERT_TRUE(e.result.ledger) << e.errors;
  ASSERT_EQ(e.result.ledger->postings.size(), 3u);
  EXPECT_EQ(e.result.ledger->postings[2].rule_id, "2");
  EXPECT_EQ(e.result.ledger->postings[2].cents, 202400);  // €1 × 2024
}

// Definitions are remembered within a year, except those that read balances, which change rule by rule:
// rule 2 sees the €100 rule 1 posted; rules 3 and 4 both ask what A holds: €50, then €50 + €50.
TEST(Interpreter, DefinitionsThatReadBalancesAreNotRemembered) {
  auto e = evaluate_text(R"(model "Memo"
members A
account centre "Centre"
account pot "Pot"
define half(x: money): money = x / 2
define held(a: account): money = balance(a)
rule 1 "Fill" for 2024 { centre pays half(€200) to pot }
rule 2 "Half of what the pot holds" for 2024 { centre pays half(held(pot)) to A }
rule 3 "What A holds" for 2024 { centre pays held(A) to A }
rule 4 "What A holds now" for 2024 { centre pays held(A) to A }
)", "{}", {2024});
  ASSERT_TRUE(e.result.ledger) << e.errors;
  auto a = amounts(e, 2024);
  EXPECT_EQ(a["1 centre->pot"], 10000);  // €200 / 2
  EXPECT_EQ(a["2 centre->A"], 5000);     // half of the pot's €100
  EXPECT_EQ(a["3 centre->A"], 5000);     // A holds €50
  EXPECT_EQ(a["4 centre->A"], 10000);    // A holds €50 + €50
}

// sum() and count() of a comprehension give the same as over a list: 3 items, two of them over €10.
TEST(Interpreter, AggregatesOfComprehensionsCountAndSumExactly) {
  auto e = evaluate_text(R"(model "Sums"
members A
account centre "Centre"
record Row { amount: money }
input rows: list of Row
rule 1 "Sum" for 2024 { centre pays sum(r.amount for each r in rows where r.amount > €10) to A }
rule 2 "Count" for 2024 { centre pays €1 * count(r for each r in rows where r.amount > €10) to A }
rule 3 "None" for 2024 { centre pays €1 + sum(r.amount for each r in rows where r.amount > €1_000) to A }
)", R"({"rows": [{"amount": "10.00"}, {"amount": "10.01"}, {"amount": "33.33"}]})", {2024});
  ASSERT_TRUE(e.result.ledger) << e.errors;
  auto a = amounts(e, 2024);
  EXPECT_EQ(a["1 centre->A"], 4334);  // 10.01 + 33.33
  EXPECT_EQ(a["2 centre->A"], 200);   // two rows
  EXPECT_EQ(a["3 centre->A"], 100);   // an empty sum is zero
}

// What-if by re-evaluating only the rules a changed parameter reaches gives exactly what evaluating
// everything gives: on the Centraal-Gelderland example, for a change that touches two rules (the fee)
// and one that touches nearly all (the reform date).
TEST(Interpreter, ReevaluationEqualsFullEvaluation) {
  std::ifstream in(std::string(REGELWERK_SOURCE_DIR) + "/rules/centraal-gelderland.regels");
  std::ostringstream text;
  text << in.rdbuf();
  Program program = compiled_program("centraal-gelderland.regels", text.str());
  const CheckedModel& model = program.model;
  LoadResult data = load_data(model.tables, std::string(REGELWERK_SOURCE_DIR) + "/examples/centraal-gelderland");
  ASSERT_TRUE(data.data);
  std::vector<int> years;
  for (int y = 2022; y <= 2034; ++y) years.push_back(y);
  EvalResult baseline = evaluate(program, *data.data, years);
  ASSERT_TRUE(baseline.ledger);
  auto key = [](const Posting& p) { return std::tuple(p.id, p.year, p.rule_id, p.from, p.to, p.cents, p.due, p.provenance->contributions); };
  for (const std::string setting : {"secondary_fee=7000", "reform_date=2027-01-01"}) {
    Overrides overrides;
    ASSERT_EQ(add_setting(model, setting, overrides), "");
    EvalResult full = evaluate(program, *data.data, years, overrides);
    EvalResult again = reevaluate(program, *data.data, *baseline.ledger, overrides);
    ASSERT_TRUE(full.ledger && again.ledger) << setting;
    ASSERT_EQ(full.ledger->postings.size(), again.ledger->postings.size()) << setting;
    for (std::size_t i = 0; i < full.ledger->postings.size(); ++i) {
      EXPECT_EQ(key(full.ledger->postings[i]), key(again.ledger->postings[i])) << setting << " posting " << i;
    }
    ASSERT_EQ(full.ledger->notes.size(), again.ledger->notes.size()) << setting;
    for (std::size_t i = 0; i < full.ledger->notes.size(); ++i) EXPECT_EQ(full.ledger->notes[i].cents, again.ledger->notes[i].cents);
    auto report_key = [](const Report& r) { return std::tuple(r.year, r.rule_id(), r.name(), r.subject, r.value().type, r.value().text); };
    ASSERT_EQ(full.ledger->reports.size(), again.ledger->reports.size()) << setting;
    auto other = again.ledger->reports.begin();
    for (const Report& report : full.ledger->reports) EXPECT_EQ(report_key(report), report_key(*other++)) << setting;
  }
  // The fee does change amounts (rule 5, 2022: Rheden 108 × €7,000), so the comparison above is not
  // between two copies of the baseline.
  Overrides fee;
  ASSERT_EQ(add_setting(model, "secondary_fee=7000", fee), "");
  EvalResult changed = reevaluate(program, *data.data, *baseline.ledger, fee);
  std::int64_t rheden = 0;
  for (const Posting& p : changed.ledger->postings) {
    if (p.year == 2022 && p.rule_id == "5" && changed.ledger->accounts[p.to].id == "Rheden") rheden += p.cents;
  }
  EXPECT_EQ(rheden, 75600000);
}

// Reports keep every value (false, 0, €0.00 too), round money to cents with the model's mode, keep
// decimals exact, and name a record by its key: the rows' key (year, member) reads "2024, A". Hand-checked:
// €10 / 3 = €3.333… -> €3.33; €10 / €30 = 1/3 (no exact decimal); €0 / €30 = 0.
TEST(Interpreter, ReportsKeepEveryValueExactlyAndNameRecordsByTheirKey) {
  auto e = evaluate_text(R"(model "Reports"
members A, B
account centre "Centre"
record Row { year: integer  member: member  amount: money }
input rows: list of Row keyed by year, member
rule 1 "Figures" for 2024 {
  for each r in rows where r.year = year {
    report third: r.amount / 3 for r
    report share: r.amount / €30 for r
    report paid: r.amount > €0 for r.member
  }
  report none: 0
  report keeper: if count(r for each r in rows) > 5 then A else centre
}
)",
                         R"({"rows": [{"year": 2024, "member": "A", "amount": "10.00"}, {"year": 2024, "member": "B", "amount": "0.00"}]})",
                         {2024});
  ASSERT_TRUE(e.result.ledger) << e.errors;
  std::vector<std::string> found;
  for (const Report& r : e.result.ledger->reports) {
    found.push_back(fmt::format("{} {} {} {} {}", r.name(), subject_kind_name(r.subject_kind), r.subject, r.value().type, r.value().text));
  }
  std::vector<std::string> expected = {"third record 2024, A money 3.33", "share record 2024, A decimal 1/3", "paid member A bool true",
                                       "third record 2024, B money 0.00", "share record 2024, B decimal 0",  "paid member B bool false",
                                       "none rule  integer 0",            "keeper rule  account centre"};
  EXPECT_EQ(found, expected);
}

// The same name for the same subject twice in a year is an error that names both statements.
TEST(Interpreter, AReportTwiceForOneSubjectIsAnError) {
  auto e = evaluate_text(R"(model "Twice"
members A, B
rule 1 "One" for 2024 {
  report flag: true for A
}
rule 2 "Two" for 2024 {
  report flag: false for A
}
)",
                         "{}", {2024});
  EXPECT_FALSE(e.result.ledger);
  EXPECT_NE(e.errors.find("'flag' for A is reported twice in 2024: by this statement (rule 2) and by rule 1 at test.regels:4:3"),
            std::string::npos)
      << e.errors;
}

// A filter over a long list is applied once per year when it reads only the item; one that reads
// another variable (here the member of the outer loop) is applied every time. 40 rows alternate
// between A and B, row n has €n: A gets 1 + 3 + ... + 39 = 400, B 2 + 4 + ... + 40 = 420; rule 2
// counts the 10 rows over €30 once per member: 2 × 10 × €1 = €20 to A, every year.
TEST(Interpreter, FiltersOverLongListsAreRememberedOnlyWhenTheyReadNothingElse) {
  std::string rows;
  for (int n = 1; n <= 40; ++n) rows += fmt::format("{}{{\"member\": \"{}\", \"amount\": \"{}.00\"}}", n > 1 ? ", " : "", n % 2 ? "A" : "B", n);
  auto e = evaluate_text(R"(model "Filters"
members A, B
account centre "Centre"
record Row { member: member  amount: money }
input rows: list of Row
rule 1 "Per member" for 2024..2025 {
  for each m in members {
    centre pays sum(r.amount for each r in rows where r.member = m) to m
  }
}
rule 2 "Large rows" for 2024..2025 {
  for each m in members {
    centre pays €1 * count(r for each r in rows where r.amount > €30) to A
  }
}
)", "{\"rows\": [" + rows + "]}", {2024, 2025});
  ASSERT_TRUE(e.result.ledger) << e.errors;
  for (int year : {2024, 2025}) {
    auto a = amounts(e, year);
    EXPECT_EQ(a["1 centre->A"], 40000) << year;
    EXPECT_EQ(a["1 centre->B"], 42000) << year;
    EXPECT_EQ(a["2 centre->A"], 2000) << year;  // 10 rows, counted for each of the 2 members
  }
}

// Results that do not depend on the year are remembered across years; these do, and must not be:
// a definition reading a parameter with dated values (€100, €200 from 2025) and one counting the
// members (B is a member until 2024).
TEST(Interpreter, DefinitionsThatDependOnTheYearAreEvaluatedEachYear) {
  auto e = evaluate_text(R"(model "Years"
members A, B until 2024
account centre "Centre"
parameter fee: money = €100, €200 from 2025
define times_fee(n: integer): money = fee * n
define per_member(n: integer): money = €1 * n * count(m for each m in members)
rule 1 "Fee" for 2024..2025 { centre pays times_fee(1) to A }
rule 2 "Members" for 2024..2025 { centre pays per_member(10) to A }
)", "{}", {2024, 2025});
  ASSERT_TRUE(e.result.ledger) << e.errors;
  EXPECT_EQ(amounts(e, 2024)["1 centre->A"], 10000);  // €100 × 1
  EXPECT_EQ(amounts(e, 2025)["1 centre->A"], 20000);  // €200 × 1
  EXPECT_EQ(amounts(e, 2024)["2 centre->A"], 2000);   // €10 × 2 members
  EXPECT_EQ(amounts(e, 2025)["2 centre->A"], 1000);   // €10 × 1 member
}

// A time limit stops an evaluation with an error that says why; outside its scope nothing is limited.
// Rule 1 pays A €1 for each of the 3 × 3 pairs of members: €9.00.
const char* loop_model = R"(model "Loops"
members A, B, C
account centre "Centre"
rule 1 "Pairs" for 2024..2024 {
  for each m in members {
    for each n in members {
      centre pays €1 to A
    }
  }
}
)";

TEST(TimeLimit, StopsAnEvaluationThatTakesLongerWithAnErrorSayingSo) {
  TimeLimit none_left(std::chrono::milliseconds(-1), "the test's limit");  // already passed
  Evaluated e = evaluate_text(loop_model, "{}", {2024});
  EXPECT_FALSE(e.result.ledger);
  ASSERT_FALSE(e.result.diagnostics.empty()) << e.errors;
  EXPECT_NE(e.result.diagnostics.front().message.find("was stopped after"), std::string::npos) << e.errors;
  EXPECT_NE(e.result.diagnostics.front().message.find("the test's limit"), std::string::npos) << e.errors;
}

TEST(TimeLimit, LeavesEvaluationsWithinItAndOutsideItsScopeAlone) {
  {
    TimeLimit ample(std::chrono::minutes(1), "the test's limit");
    Evaluated within = evaluate_text(loop_model, "{}", {2024});
    ASSERT_TRUE(within.result.ledger) << within.errors;
    EXPECT_EQ(within.result.ledger->balances(2024).front(), 900);  // A: 3 × 3 × €1
  }
  { TimeLimit gone(std::chrono::milliseconds(-1), "the test's limit"); }
  EXPECT_TRUE(evaluate_text(loop_model, "{}", {2024}).result.ledger);
}


// ---- in Dutch: evaluation errors said in the message language ----

// Says messages in Dutch for one test, and in English again after it.
struct DutchMessages {
  DutchMessages() { set_message_language(Language::Dutch); }
  ~DutchMessages() { set_message_language(Language::English); }
};

struct DutchFailure {
  std::string name;
  std::string model;
  std::string data;
  int year;
  std::string message;  // the diagnostic's message
  std::string note;     // its first note: where the evaluation was
};

void PrintTo(const DutchFailure& c, std::ostream* os) { *os << c.name; }

class InDutch : public ::testing::TestWithParam<DutchFailure> {};

TEST_P(InDutch, EvaluationErrorsAreSaidInDutch) {
  DutchMessages dutch;
  Evaluated e = evaluate_text(GetParam().model, GetParam().data, {GetParam().year});
  ASSERT_TRUE(e.program) << e.errors;
  EXPECT_FALSE(e.result.ledger);
  ASSERT_EQ(e.result.diagnostics.size(), 1u) << e.errors;
  const Diagnostic& failure = e.result.diagnostics.front();
  EXPECT_EQ(failure.message, GetParam().message);
  ASSERT_EQ(failure.notes.size(), 1u) << e.errors;
  EXPECT_EQ(failure.notes.front().message, GetParam().note);
}

INSTANTIATE_TEST_SUITE_P(Interpreter, InDutch, ::testing::Values(
    DutchFailure{"a_day_that_does_not_exist", R"(model "Dates"
members A
account centre "Centre"
parameter expiry: date = 2024-02-29
define readmission_deadline: date = expiry + 12 months
rule 1 "T" for 2025 { if readmission_deadline >= 2025-02-28 { centre pays €1 to A } }
)", "{}", 2025,
                 "2024-02-29 + 12 months komt uit op een dag die niet bestaat; geef met 'afgerond omhoog' (eerste dag van de "
                 "volgende maand) of 'afgerond omlaag' (laatste dag van de maand) aan wat de regeling bedoelt",
                 "bij het berekenen van regel 1 voor 2025"},
    DutchFailure{"an_absent_value", R"(model "Opt"
members A, B
record Client { id: text  previous: date? }
input clients: list of Client
rule 1 "T" for 2022 { for each c in clients { if c.previous < 2022-01-01 { A pays €1 to B } } }
)", R"({"clients": [{"id": "C1", "previous": null}]})", 2022,
                 "deze waarde ontbreekt (een optioneel veld zonder waarde); controleer eerst met 'bestaat' of ze er is",
                 "bij het berekenen van regel 1 voor 2022, voor C1 (data.json: $.clients[0])"},
    DutchFailure{"division_by_zero", R"(model "Zero"
members A, B
parameter parts: integer = 0
rule 1 "T" for 2022 { A pays €10 / parts to B }
)", "{}", 2022, "deling door nul (10 / 0)", "bij het berekenen van regel 1 voor 2022"},
    DutchFailure{"a_report_twice", R"(model "Twice"
members A, B
rule 1 "One" for 2024 {
  report flag: true for A
}
rule 2 "Two" for 2024 {
  report flag: false for A
}
)", "{}", 2024,
                 "'flag' voor A wordt in 2024 twee keer gerapporteerd: door deze opdracht (regel 2) en door regel 1 op "
                 "test.regels:4:3; rapporteer een naam één keer per onderwerp en jaar (geef de twee waarden verschillende "
                 "namen, of rapporteer een ervan voor een ander onderwerp)",
                 "bij het berekenen van regel 2 voor 2024"}));

}  // namespace
}  // namespace rw

// What-if overrides: typed like literals, unknown names suggested, dated values merged, scenarios.
#include <gtest/gtest.h>

#include "tests/unit/compiled_program.h"
#include "runtime/eval/interpreter.h"
#include "runtime/eval/overrides.h"
#include "stdlib/builtins.h"

namespace rw {
namespace {

const char* model_text = R"(model "What-if"
members A, B
account centre "Centre"
enum Product = BW | BT
parameter fee: money = €6000
parameter tariff: money = €100 from 2025, €200 from 2028
parameter start: date = 2025-01-01
parameter kind: Product = BW
parameter receiver: member = A
parameter window: duration = 12 months
parameter correction: money = €0
scenario dearer "Dearer" {
  tariff from 2028 = €300
  fee = fee * 2
}
rule 1 "Fee" for 2025..2029 when year >= start.year and kind = BW { centre pays fee + tariff to receiver }
)";

struct Fixture {
  Program program = compiled_program("m.regels", model_text);
  const CheckedModel& model = program.model;
  // Cents paid in each of 2025..2029 with these overrides.
  std::vector<std::int64_t> paid(const Overrides& overrides) {
    Dataset data;
    EvalResult result = evaluate(program, data, {2025, 2026, 2027, 2028, 2029}, overrides);
    std::vector<std::int64_t> cents(5, 0);
    for (const Posting& p : result.ledger->postings) cents[p.year - 2025] += p.cents;
    return cents;
  }
};

// The fixture's model in its Dutch spelling (regelwerk fmt --taal nl): --set values are then written as in it.
const char* dutch_model_text = R"(regeling "What-if"
leden A, B
rekening centre "Centre"
parameter fee: geld = €6000
parameter tariff: geld = €100 vanaf 2025, €200 vanaf 2028
parameter start: datum = 01-01-2025
parameter window: duur = 12 maanden
parameter nieuw: janee = waar
regel 1 "Fee" voor 2025..2029 wanneer jaar >= start.jaar en nieuw { centre betaalt fee + tariff aan A }
)";

TEST(Overrides, ADutchModelTakesDutchValues) {
  Program program = compiled_program("m.regels", dutch_model_text);
  const CheckedModel& model = program.model;
  Overrides o;
  ASSERT_EQ(add_setting(model, "fee=7.000", o), "");  // seven thousand, as a Dutch reader reads it
  ASSERT_EQ(add_setting(model, "tariff@2027=€ 150,50", o), "");
  ASSERT_EQ(add_setting(model, "start=01-01-2026", o), "");
  ASSERT_EQ(add_setting(model, "window=6 maanden", o), "");
  ASSERT_EQ(add_setting(model, "nieuw=waar", o), "");
  Dataset data;
  EvalResult result = evaluate(program, data, {2025, 2026, 2027}, o);
  ASSERT_TRUE(result.ledger);
  std::vector<std::int64_t> cents(3, 0);
  for (const Posting& p : result.ledger->postings) cents[p.year - 2025] += p.cents;
  // 2025: before the start (2026); 2026: €7.000 + €100; 2027: €7.000 + €150,50.
  EXPECT_EQ(cents, (std::vector<std::int64_t>{0, 710000, 715050}));
  // What a reader of one spelling could read as another number is refused, with how to write it.
  Overrides refused;
  EXPECT_NE(add_setting(model, "fee=7.5", refused).find("',' is the decimal comma"), std::string::npos);
  EXPECT_NE(add_setting(model, "fee=7000.50", refused).find("',' is the decimal comma"), std::string::npos);
  EXPECT_NE(add_setting(model, "start=2026-01-01", refused), "");
  EXPECT_NE(add_setting(model, "nieuw=true", refused).find("expected waar or onwaar"), std::string::npos);
}

TEST(Overrides, APlainNumberIsAnAmountOfEuros) {
  Fixture f;
  Overrides o;
  ASSERT_EQ(add_setting(f.model, "fee=7000", o), "");
  // 7000 + 100 in 2025..2027, 7000 + 200 from 2028
  EXPECT_EQ(f.paid(o), (std::vector<std::int64_t>{710000, 710000, 710000, 720000, 720000}));
  EXPECT_EQ(f.paid({}), (std::vector<std::int64_t>{610000, 610000, 610000, 620000, 620000}));
}

TEST(Overrides, OneDatedValueIsMergedIntoTheSeries) {
  Fixture f;
  Overrides o;
  ASSERT_EQ(add_setting(f.model, "tariff@2027=€150.50", o), "");
  // tariff: 100 in 2025-2026, 150.50 in 2027, 200 from 2028 (the declared value from 2028 still applies)
  EXPECT_EQ(f.paid(o), (std::vector<std::int64_t>{610000, 610000, 615050, 620000, 620000}));
}

TEST(Overrides, AValueForEveryYearReplacesTheSeries) {
  Fixture f;
  Overrides o;
  ASSERT_EQ(add_setting(f.model, "tariff=50", o), "");
  EXPECT_EQ(f.paid(o), (std::vector<std::int64_t>{605000, 605000, 605000, 605000, 605000}));
}

TEST(Overrides, DatesEnumsAndMembersAreTyped) {
  Fixture f;
  Overrides o;
  ASSERT_EQ(add_setting(f.model, "start=2027-01-01", o), "");
  ASSERT_EQ(add_setting(f.model, "receiver=B", o), "");
  EXPECT_EQ(f.paid(o), (std::vector<std::int64_t>{0, 0, 610000, 620000, 620000}));
  Overrides bt;
  ASSERT_EQ(add_setting(f.model, "kind=BT", bt), "");
  EXPECT_EQ(f.paid(bt), (std::vector<std::int64_t>{0, 0, 0, 0, 0}));
}

TEST(Overrides, AScenarioAppliesItsSettings) {
  Fixture f;
  Overrides o;
  ASSERT_EQ(add_scenario(f.model, "dearer", o), "");
  // fee = 6000 × 2 = 12000; tariff 100, and 300 from 2028
  EXPECT_EQ(f.paid(o), (std::vector<std::int64_t>{1210000, 1210000, 1210000, 1230000, 1230000}));
}

// The value --set NAME=TEXT gives the parameter.
Value set_value(Fixture& f, const std::string& name, const std::string& text) {
  Overrides o;
  EXPECT_EQ(add_setting(f.model, name + "=" + text, o), "");
  const auto& values = o.parameters.at(f.model.find_parameter(name)).values;
  EXPECT_EQ(values.size(), 1u);
  return std::get<Value>(values.at(0).value);
}

TEST(Overrides, AMinusSignNegatesNumbersAmountsAndDurations) {
  Fixture f;
  EXPECT_EQ(set_value(f, "window", "-12 months"), Value(Duration{-12, 0}));
  EXPECT_EQ(set_value(f, "window", "-30 days"), Value(Duration{0, -30}));
  EXPECT_EQ(set_value(f, "window", " 1 year "), Value(Duration{12, 0}));
  EXPECT_EQ(set_value(f, "correction", "-50"), Value(Rational(-50)));
  EXPECT_EQ(set_value(f, "correction", "-€50.25"), Value(Rational::fraction(-201, 4)));
  EXPECT_EQ(set_value(f, "receiver", "\"B\""), Value(AccountRef{1}));
}

struct BadSetting {
  std::string setting;
  std::string message;
};

class BadSettings : public ::testing::TestWithParam<BadSetting> {};

TEST_P(BadSettings, AreExplained) {
  Fixture f;
  Overrides o;
  EXPECT_EQ(add_setting(f.model, GetParam().setting, o), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(Overrides, BadSettings, ::testing::Values(
    BadSetting{"fe=7000", "--set fe=7000: the model has no parameter 'fe'; did you mean 'fee'?"},
    BadSetting{"fee", "--set fee: expected NAME=VALUE (or NAME@YEAR=VALUE)"},
    BadSetting{"fee=abc", "--set fee=abc: parameter 'fee' is money: 'abc' is not an amount; write e.g. 7000, 7_000, €7000 or €7000.00"},
    BadSetting{"fee=2025-01-01", "--set fee=2025-01-01: parameter 'fee' is money: '2025-01-01' is not an amount; write e.g. 7000, 7_000, €7000 or €7000.00"},
    // a Dutch reader means seven thousand by 7.000, an English one seven: refused, as in rule files and data
    BadSetting{"fee=7.000", "--set fee=7.000: parameter 'fee' is money: ambiguous amount '7.000': write 7000, 7_000, €7000 or €7000.00 "
                            "('.' is only the decimal point, followed by exactly two digits)"},
    BadSetting{"fee=7.5", "--set fee=7.5: parameter 'fee' is money: ambiguous amount '7.5': write 7.50 or €7.50 "
                          "('.' is only the decimal point, followed by exactly two digits)"},
    BadSetting{"fee=7000.125", "--set fee=7000.125: parameter 'fee' is money: ambiguous amount '7000.125': write e.g. 7000, 7_000, €7000 "
                               "or €7000.00 ('.' is only the decimal point, followed by exactly two digits)"},
    BadSetting{"fee=6,500", "--set fee=6,500: parameter 'fee' is money: ambiguous amount '6,500': write 6500, 6_500, €6500 or €6500.00 "
                            "(',' is not used in amounts)"},
    BadSetting{"fee=7000 euro", "--set fee=7000 euro: parameter 'fee' is money: '7000 euro': write the euro sign before the amount: €7000"},
    BadSetting{"start=2027-02-30", "--set start=2027-02-30: parameter 'start' is date: 2027-02-30 is not a calendar date (February 2027 has 28 days)"},
    BadSetting{"start=01-01-2027", "--set start=01-01-2027: parameter 'start' is date: '01-01-2027' is not a date; write dates as YYYY-MM-DD: 2027-01-01"},
    BadSetting{"start=-2027-01-01", "--set start=-2027-01-01: parameter 'start' is date: '-2027-01-01' is not a date: a date cannot be negative; "
                                    "write 2027-01-01"},
    BadSetting{"window=12", "--set window=12: parameter 'window' is duration: '12' is not a duration: give its unit, e.g. 12 days, 12 months or 12 years"},
    BadSetting{"kind=MO", "--set kind=MO: parameter 'kind' is Product: 'MO' is not a Product: use one of BW, BT"},
    BadSetting{"receiver=centre", "--set receiver=centre: parameter 'receiver' is member: 'centre' is not a member"},
    BadSetting{"tariff@28=5", "--set tariff@28=5: expected a four-digit year after '@'"}));

TEST(Overrides, UnknownScenariosGetASuggestion) {
  Fixture f;
  Overrides o;
  EXPECT_EQ(add_scenario(f.model, "dearr", o), "--scenario dearr: the model has no such scenario; did you mean 'dearer'?");
  EXPECT_EQ(add_scenario(f.model, "cheaper", o), "--scenario cheaper: the model has no such scenario (it has: dearer)");
}

}  // namespace
}  // namespace rw

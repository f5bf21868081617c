// What-if overrides: typed like literals, unknown names suggested, dated values merged, scenarios.
#include <gtest/gtest.h>

#include "lang/checker.h"
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
scenario dearer "Dearer" {
  tariff from 2028 = €300
  fee = fee * 2
}
rule 1 "Fee" for 2025..2029 when year >= start.year and kind = BW { centre pays fee + tariff to receiver }
)";

struct Fixture {
  std::unique_ptr<SourceFile> source = std::make_unique<SourceFile>("m.regels", model_text);
  CheckedModel model;
  Fixture() {
    model = std::move(*parse_and_check(*source, builtin_signatures()).model);
  }
  // Cents paid in each of 2025..2029 with these overrides.
  std::vector<std::int64_t> paid(const Overrides& overrides) {
    Dataset data;
    EvalResult result = evaluate(model, *source, data, {2025, 2026, 2027, 2028, 2029}, overrides);
    std::vector<std::int64_t> cents(5, 0);
    for (const Posting& p : result.ledger->postings) cents[p.year - 2025] += p.cents;
    return cents;
  }
};

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
    BadSetting{"fee=abc", "--set fee=abc: parameter 'fee' is money: expected an amount such as 7000 or €7000.00, not 'abc'"},
    BadSetting{"fee=2025-01-01", "--set fee=2025-01-01: parameter 'fee' is money: expected an amount such as 7000 or €7000.00"},
    BadSetting{"fee=7000.125", "--set fee=7000.125: parameter 'fee' is money: an amount has at most 2 decimals (cents)"},
    BadSetting{"start=2027-02-30", "--set start=2027-02-30: 2027-02-30 is not a calendar date"},
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

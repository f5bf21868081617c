// Closing balances: declared opening balances, years evaluated but not shown (Ledger::unshown_flows),
// and the same after a what-if re-evaluation.
#include <gtest/gtest.h>

#include "tests/unit/compiled_program.h"
#include "runtime/eval/interpreter.h"
#include "runtime/eval/overrides.h"
#include "stdlib/builtins.h"

namespace rw {
namespace {

// The centre pays A the fee every year and puts €100 × (year - 2020) into the reserve, which opens
// with its `start` plus €50. No rule reads balance(), so only closing balances need the earlier years.
const char* closing_model = R"(model "Closing"
members A
account centre "Centre"
account reserve "Reserve" opening start + €50
parameter start: money = €1_000
parameter fee: money = €10
rule 1 "Fee" for 2021..2024 { centre pays fee to A }
rule 2 "Storting" for 2021..2024 { centre pays €100 * (year - 2020) to reserve }
)";

struct ClosingFixture {
  Program program = compiled_program("closing.regels", closing_model);
  const CheckedModel& model = program.model;
  Dataset data;
};

// Accounts: A 0, centre 1, reserve 2.
TEST(ClosingBalances, CountTheOpeningAndTheYearsBeforeTheFirstShown) {
  ClosingFixture f;
  EvalResult result = evaluate(f.program, f.data, {2023, 2024});
  ASSERT_TRUE(result.ledger);
  const Ledger& ledger = *result.ledger;
  EXPECT_EQ(ledger.years, (std::vector<int>{2023, 2024}));
  for (const Posting& p : ledger.postings) EXPECT_GE(p.year, 2023) << p.id;  // 2021-2022: flows only, no postings
  EXPECT_EQ(ledger.first_counted_year(), 2021);
  EXPECT_EQ(ledger.opening, (std::vector<std::int64_t>{0, 0, 105000}));  // €1,000 + €50
  // 2023 flow: A +10; reserve +300; centre -310.
  EXPECT_EQ(ledger.balances(2023), (std::vector<std::int64_t>{1000, -31000, 30000}));
  // Closing 2023: A 3 × 10 = 30; reserve 1,050 + 100 + 200 + 300 = 1,650; centre -(30 + 600) = -630.
  EXPECT_EQ(ledger.closing_balances(2023), (std::vector<std::int64_t>{3000, -63000, 165000}));
  // Closing 2024: A 40; reserve 1,650 + 400 = 2,050; centre -(40 + 1,000) = -1,040. Sum: the opening 1,050.
  EXPECT_EQ(ledger.closing_balances(2024), (std::vector<std::int64_t>{4000, -104000, 205000}));
}

TEST(ClosingBalances, AskedYearsOnlyStartAtTheFirstYearAsked) {
  ClosingFixture f;
  EvalResult result = evaluate(f.program, f.data, {2023}, {}, nullptr, ClosingBalances::AskedYearsOnly);
  ASSERT_TRUE(result.ledger);
  EXPECT_EQ(result.ledger->first_counted_year(), 2023);
  EXPECT_TRUE(result.ledger->unshown_flows.empty());
  // Reserve: 1,050 + 300 (2023 alone).
  EXPECT_EQ(result.ledger->closing_balances(2023), (std::vector<std::int64_t>{1000, -31000, 135000}));
}

TEST(ClosingBalances, WhatIfsRecomputeTheOpeningAndTheEarlierYears) {
  ClosingFixture f;
  EvalResult baseline = evaluate(f.program, f.data, {2024});
  ASSERT_TRUE(baseline.ledger);
  for (const char* setting : {"start=2000", "fee=20"}) {
    Overrides overrides;
    ASSERT_EQ(add_setting(f.model, setting, overrides), "");
    EvalResult full = evaluate(f.program, f.data, {2024}, overrides);
    EvalResult again = reevaluate(f.program, f.data, *baseline.ledger, overrides);
    ASSERT_TRUE(full.ledger && again.ledger) << setting;
    EXPECT_EQ(full.ledger->opening, again.ledger->opening) << setting;
    EXPECT_EQ(full.ledger->closing_balances(2024), again.ledger->closing_balances(2024)) << setting;
  }
  // start=2000: the reserve opens with 2,050 and closes 2024 with 2,050 + 1,000 = 3,050.
  Overrides start;
  ASSERT_EQ(add_setting(f.model, "start=2000", start), "");
  EXPECT_EQ(reevaluate(f.program, f.data, *baseline.ledger, start).ledger->closing_balances(2024).at(2), 305000);
  // fee=20: A has 4 × 20 = 80 at the end of 2024, the earlier years re-evaluated with the new fee.
  Overrides fee;
  ASSERT_EQ(add_setting(f.model, "fee=20", fee), "");
  EXPECT_EQ(reevaluate(f.program, f.data, *baseline.ledger, fee).ledger->closing_balances(2024).at(0), 8000);
}

}  // namespace
}  // namespace rw

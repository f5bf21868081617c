// A time limit stops an evaluation with an error that says why; outside its scope nothing is limited.
#include <gtest/gtest.h>

#include "lang/checker.h"
#include "runtime/eval/interpreter.h"
#include "runtime/eval/time_limit.h"
#include "stdlib/builtins.h"

namespace rw {
namespace {

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

struct LoopFixture {
  SourceFile source{"loops.regels", loop_model};
  CheckedModel model;
  Dataset data;
  LoopFixture() {
    CheckResult checked = parse_and_check(source, builtin_signatures());
    EXPECT_TRUE(checked.model.has_value()) << render_all(checked.diagnostics, source);
    if (checked.model) model = std::move(*checked.model);
  }
};

TEST(TimeLimit, StopsAnEvaluationThatTakesLongerWithAnErrorSayingSo) {
  LoopFixture f;
  TimeLimit none_left(std::chrono::milliseconds(-1));  // already passed
  EvalResult result = evaluate(f.model, f.source, f.data, {2024});
  EXPECT_FALSE(result.ledger);
  ASSERT_FALSE(result.diagnostics.empty());
  EXPECT_NE(result.diagnostics.front().message.find("was stopped after"), std::string::npos) << result.diagnostics.front().message;
}

TEST(TimeLimit, LeavesEvaluationsWithinItAndOutsideItsScopeAlone) {
  LoopFixture f;
  {
    TimeLimit ample(std::chrono::minutes(1));
    EvalResult within = evaluate(f.model, f.source, f.data, {2024});
    ASSERT_TRUE(within.ledger);
    EXPECT_EQ(within.ledger->balances(2024).front(), 900);  // A: 3 × 3 × €1
  }
  { TimeLimit gone(std::chrono::milliseconds(-1)); }
  EvalResult after = evaluate(f.model, f.source, f.data, {2024});
  EXPECT_TRUE(after.ledger);
}

}  // namespace
}  // namespace rw

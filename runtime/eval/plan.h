#pragma once
// The planner: each checked expression lowered, on its first evaluation, to the step that computes it,
// with what the checker resolved built in: a constant made once, a local read in place along its
// fields, a parameter, a call remembered per year or not, an aggregate that builds no list. The
// interpreter (runtime/eval/expressions.cpp) runs the steps; a step belongs to one expression (by its
// id), so coverage, provenance and explanations point at the source as before.
//
// To add an expression kind: its node in lang/ast.h, its step here (Step, and lower() in plan.cpp) and
// its run in Interpreter::eval_node. The visit in lower() and the switch in eval_node have no default
// branch, so a kind or step left out fails to compile (or warns, as an error, under -Wswitch).
#include <cstdint>
#include <vector>

#include "lang/checked_model.h"
#include "runtime/eval/model_facts.h"
#include "values/value.h"

namespace rw {

enum class Step : std::uint8_t {
  Unplanned,      // not lowered yet
  Constant,       // a literal, an account, an enum variant or a rounding mode: `constant`
  Local,          // the local in slot `index`
  LocalPath,      // the local in slot `index`, then the record fields `path`, read where they are
  Parameter,      // parameter `index` in the year being settled (or as a what-if sets it)
  Definition,     // definition `index`, which has no parameters
  Input,          // input `index` of the data
  Year,           // the year being settled
  Members,        // the members of the region in that year
  Field,          // a field of a computed record, period or date
  Builtin,        // a call of built-in `index`
  Aggregate,      // sum (`is_sum`) or count of a comprehension, item by item, building no list
  Call,           // a call of definition `index`; `memoised`: its results may be remembered per year
  Not,
  Negate,
  And,
  Or,
  Binary,         // comparison or arithmetic, its operands read in place where they are
  Conditional,
  Comprehension,  // a new list; the loop variable in slot `index`
  Exists,
};

struct PlanNode {
  Step step = Step::Unplanned;
  bool memoised = false;  // Call: a pure definition called without lists, so its results may be remembered
  bool is_sum = false;    // Aggregate: sum (else count)
  int index = 0;          // the slot, parameter, definition, input or built-in
  std::vector<int> path;  // LocalPath: field indices from the local outwards
  Value constant;         // Constant
};

class ExpressionPlan {
 public:
  // The plan of `model`'s expressions, lowered with the facts in `facts` (which must outlive it).
  ExpressionPlan(const CheckedModel& model, const ModelFacts& facts) : model_(model), facts_(facts), nodes_(model.resolutions.size()) {}

  // The step that computes `expr`, lowered on its first use.
  const PlanNode& operator()(const ast::Expr& expr) {
    PlanNode& node = nodes_[expr.id];
    if (node.step == Step::Unplanned) lower(expr, node);
    return node;
  }

 private:
  const CheckedModel& model_;
  const ModelFacts& facts_;
  std::vector<PlanNode> nodes_;  // by expression id; never resized, so references stay valid

  void lower(const ast::Expr& expr, PlanNode& node);
  void lower_name(const ast::Expr& expr, PlanNode& node);
  void lower_call(const ast::Expr& expr, const ast::Call& call, PlanNode& node);
  void lower_field(const ast::Expr& expr, const ast::Field& field, PlanNode& node);
};

}  // namespace rw

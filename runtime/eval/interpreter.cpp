// The evaluator's entry points for single values: one definition in one year, and conditions on data
// outside any rule (records' `require`, scenarios' changes to the data).
#include "runtime/eval/interpreter_core.h"

#include "messages/say.h"
#include "runtime/eval/data_changes.h"

namespace rw {

using detail::Interpreter;

std::variant<Value, Diagnostic> evaluate_definition(const Program& program, const Dataset& data,
                                                    const Overrides& overrides, int definition, int year,
                                                    std::vector<Value> arguments) {
  const CheckedModel& model = program.model;
  const SourceFile& source = *program.source;
  std::optional<ChangedData> changed;
  if (overrides.changes_data()) {
    changed = apply_data_changes(model, source, data, overrides);
    if (!changed->data) return std::move(changed->diagnostics.front());
  }
  Interpreter interpreter(model, source, changed ? *changed->data : data, overrides, nullptr);
  const ast::DefineDecl& decl = *model.definitions.at(definition).decl;
  try {
    return interpreter.call_definition(definition, year, std::move(arguments));
  } catch (const ArithmeticOverflow&) {
    return Diagnostic{Severity::Error, decl.name.range, say("a number grew too large to compute exactly"), {}};
  } catch (const EvalFailure& failure) {
    return Diagnostic{Severity::Error, failure.range.value_or(decl.name.range), failure.what(), {}};
  }
}

struct ConditionEvaluator::Impl {
  Overrides overrides;
  Interpreter interpreter;
  Impl(const CheckedModel& model, const SourceFile& source, const Dataset& data, Overrides given)
      : overrides(std::move(given)), interpreter(model, source, data, overrides, nullptr) {}
};

ConditionEvaluator::ConditionEvaluator(const CheckedModel& model, const SourceFile& source, const Dataset& data)
    : impl_(std::make_unique<Impl>(model, source, data, Overrides{})) {}

ConditionEvaluator::ConditionEvaluator(const CheckedModel& model, const SourceFile& source, const Dataset& data,
                                       const Overrides& overrides)
    : impl_(std::make_unique<Impl>(model, source, data, overrides)) {}

std::variant<Value, Diagnostic> ConditionEvaluator::value_in(const ast::Expr& expr, std::vector<Value>& frame, int year) {
  try {
    return impl_->interpreter.value_in(expr, frame, year);
  } catch (const ArithmeticOverflow&) {
    return Diagnostic{Severity::Error, expr.range, say("a number grew too large to compute exactly"), {}};
  } catch (const EvalFailure& failure) {
    return Diagnostic{Severity::Error, failure.range.value_or(expr.range), failure.what(), {}};
  }
}

ConditionEvaluator::~ConditionEvaluator() = default;

std::variant<bool, std::string> ConditionEvaluator::holds(const ast::Expr& condition, std::vector<Value>& frame) {
  try {
    return impl_->interpreter.holds(condition, frame);
  } catch (const ArithmeticOverflow&) {
    return say("a number grew too large to compute exactly");
  } catch (const EvalFailure& failure) {
    return std::string(failure.what());
  }
}

}  // namespace rw

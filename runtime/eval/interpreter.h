#pragma once
// Evaluates a checked model against its data, year by year, into a double-entry ledger.
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "lang/checked_model.h"
#include "lang/program.h"
#include "lang/diagnostics.h"
#include "runtime/data/loader.h"
#include "runtime/eval/coverage.h"
#include "runtime/eval/overrides.h"
#include "runtime/ledger/ledger.h"

namespace rw {

// Whether a settlement also evaluates the years before the first asked for (from the model's first
// year), so that closing balances count them (Complete), or only the years asked for (AskedYearsOnly:
// cheaper, and earlier years that would fail do not matter, but closing balances then start at the
// first year asked). A model that reads balance() evaluates the earlier years either way.
enum class ClosingBalances { Complete, AskedYearsOnly };

struct EvalResult {
  std::optional<Ledger> ledger;         // present when evaluation succeeded
  std::vector<Diagnostic> diagnostics;  // runtime errors, placed in the rule file
};

// Runs every rule that applies to each of `years` (ascending) and collects the postings. The accounts'
// declared opening balances are evaluated first; with ClosingBalances::Complete the years before the
// first of `years` (from the model's first year) are evaluated too, and their flows kept apart for closing
// balances (Ledger::unshown_flows). Within one rule and year, amounts a pay statement posts for the same payer, receiver and due date
// are added exactly and rounded to cents once, with the model's rounding mode.
// `overrides` replace parameter values (what-if); they are checked already (runtime/eval/overrides.h).
// Their scenarios' changes to the data are applied first (runtime/eval/data_changes.h); a change that
// finds no record, or records that do not meet the model, stop it with diagnostics in the rule file.
// With `coverage`, records which rules applied and which way each condition went.
EvalResult evaluate(const Program& program, const Dataset& data, const std::vector<int>& years,
                    const Overrides& overrides = {}, Coverage* coverage = nullptr,
                    ClosingBalances closing = ClosingBalances::Complete);

// What-if after a settlement: the same years again with `overrides`, evaluating only the rules that
// read a parameter the overrides change (in their condition, due date or any statement, directly or
// through definitions); every other rule's postings and notes are taken from `previous`, which must be
// this model's settlement of the same data without overrides. A model that reads balances, and a
// what-if that changes the data (a scenario's add/change/remove), are evaluated in full. The result
// equals evaluate(..., overrides) exactly (with the closing balances `previous` was settled with).
EvalResult reevaluate(const Program& program, const Dataset& data, const Ledger& previous,
                      const Overrides& overrides);

// The value of definition number `definition` in `year`, called with `arguments` of the types it
// declares (the caller checks them), or the error that stopped it.
std::variant<Value, Diagnostic> evaluate_definition(const Program& program, const Dataset& data,
                                                    const Overrides& overrides, int definition, int year,
                                                    std::vector<Value> arguments);

// Evaluates conditions on data outside any year and rule (the `require` lines of records): one
// evaluator for many records of one dataset.
class ConditionEvaluator {
 public:
  ConditionEvaluator(const CheckedModel& model, const SourceFile& source, const Dataset& data);
  // The same with parameters as `overrides` set them (a scenario's changes to the data read its settings).
  ConditionEvaluator(const CheckedModel& model, const SourceFile& source, const Dataset& data, const Overrides& overrides);
  ~ConditionEvaluator();
  // Whether `condition` holds with `frame` as its locals, or the message of the failure that stopped it.
  std::variant<bool, std::string> holds(const ast::Expr& condition, std::vector<Value>& frame);
  // The value of `expr` with `frame` as its locals and parameters as in `year`, or the failure that stopped it.
  std::variant<Value, Diagnostic> value_in(const ast::Expr& expr, std::vector<Value>& frame, int year);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rw

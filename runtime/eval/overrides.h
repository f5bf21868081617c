#pragma once
// What-if: parameter values that replace the model's own, from the command line (--set NAME=VALUE,
// --set NAME@YEAR=VALUE) or from a scenario written in the model (--scenario NAME).
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "lang/checked_model.h"
#include "runtime/ledger/ledger.h"
#include "values/value.h"

namespace rw {

// One replacement value, for every year or from a year on; a value, or an expression of a scenario.
struct OverrideValue {
  std::optional<int> from_year;
  std::variant<Value, const ast::Expr*> value;
  std::string origin;  // "--set secondary_fee=7000" or "scenario late_reform", for explanations
  int frame_size = 0;  // locals an expression needs
};

struct ParameterOverride {
  bool replaces_series = false;       // the declared values no longer count
  std::vector<OverrideValue> values;  // merged with (or replacing) the declared dated values
};

struct Overrides {
  std::map<int, ParameterOverride> parameters;  // by parameter index
  // The scenarios whose changes to the data apply (add to, change, remove from), in order; evaluate()
  // applies them to the data before it settles (runtime/eval/data_changes.h).
  std::vector<const ScenarioInfo*> data_scenarios;
  ComputedUnder computed_under;                 // the scenario and settings they were made from, for reports
  bool empty() const { return parameters.empty() && data_scenarios.empty(); }
  // Whether the data is changed too: then no earlier settlement's postings can be reused.
  bool changes_data() const { return !data_scenarios.empty(); }
};

// Adds one `NAME=VALUE` or `NAME@YEAR=VALUE`, typed like a literal in the language (a plain number is
// accepted for money: 7000 means €7000). Returns an error message for people, or "" on success.
std::string add_setting(const CheckedModel& model, const std::string& setting, Overrides& overrides);

// Adds the settings and data changes of the scenario called `name`. Returns an error message, or "" on success.
std::string add_scenario(const CheckedModel& model, const std::string& name, Overrides& overrides);

}  // namespace rw

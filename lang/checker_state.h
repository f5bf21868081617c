#pragma once
// State shared by the checker passes (lang/check_*.cpp). Internal to lang/.
#include <map>
#include <string>
#include <vector>

#include "lang/builtin_signature.h"
#include "lang/checked_model.h"
#include "lang/diagnostics.h"

namespace rw::checker {

// A top-level name: what it resolves to and where it was declared.
struct Global {
  Resolution resolution;
  SourceRange range;
};

// Local names visible at one point of a body, mapped to frame slots.
struct Scope {
  std::vector<std::pair<std::string, int>> names;  // innermost last
  std::vector<Type> slot_types;                    // by slot
  bool in_rule = false;                            // `year` is available
  bool in_opening = false;                         // an account's opening balance (before any year)

  // Adds a local and returns its slot.
  int declare(const std::string& name, Type type);
  // The slot of the innermost local called `name`, or -1.
  int find(const std::string& name) const;
};

enum class Progress { Unchecked, InProgress, Done };

struct State {
  CheckedModel& model;
  const std::vector<BuiltinSignature>& builtins;
  std::vector<Diagnostic>& diagnostics;
  std::map<std::string, Global> globals;
  std::vector<Progress> parameter_progress;
  std::vector<Progress> definition_progress;
  // Parameters and definitions being checked, outermost first, for reporting cycles.
  std::vector<std::pair<std::string, SourceRange>> checking;
  // Where each report name is first reported (for the message when a later one has another type).
  std::map<std::string, SourceRange> report_first = {};

  void error(SourceRange range, std::string message, std::vector<DiagnosticNote> notes = {});
  void warning(SourceRange range, std::string message);
  std::string name_of(const Type& type) const { return type_said(type, model.tables); }
  // The spelling of the file being checked.
  Language language() const { return model.file->language; }
  // Records the type of an expression in the side table and returns it.
  Type set_type(const ast::Expr& expr, Type type);
};

// Pass: collect every declaration into tables and the global namespace; report duplicates.
void collect_declarations(State& state);
// Pass: resolve the declared types of record fields, inputs, parameters and definitions.
void resolve_declared_types(State& state);
// Pass: check the keys of inputs (`keyed by`) and the `require` lines of records (lang/check_data_rules.cpp).
void check_data_rules(State& state);
// Pass: check parameter values and definition bodies, in dependency order; report cycles.
void check_definitions(State& state);
// Pass: check the accounts' declared opening balances (lang/check_openings.cpp).
void check_openings(State& state);
// Pass: check every rule: years, due date, statements.
void check_rules(State& state);
// Pass: check every scenario: known parameters, values of the right type.
void check_scenarios(State& state);
// Checks the data changes of one scenario (lang/check_data_changes.cpp) and records them in `info`.
void check_data_changes(State& state, const ast::ScenarioDecl& scenario, ScenarioInfo& info);
// Pass: warn about parameters, definitions and inputs that nothing uses (skipped when there are errors).
void report_unused(State& state);

// Checks a `report` statement: its value, its subject, one type per name (lang/check_reports.cpp).
void check_report(State& state, const ast::Report& report, Scope& scope);
// Resolves a written type; reports unknown type names.
Type resolve_type(State& state, const ast::TypeExpr& type);
// Checks an expression and returns its type (TypeKind::Error after an error, never reported twice).
Type check_expression(State& state, const ast::Expr& expr, Scope& scope);
// Checks that `expr` has a type assignable to `expected`; `what` names it in the message.
void expect_type(State& state, const ast::Expr& expr, const Type& actual, const Type& expected, const std::string& what);

}  // namespace rw::checker

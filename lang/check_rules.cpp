// Pass 4 (rules and their statements) and pass 5 (unused declarations, only when there are no errors).
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "lang/checker_state.h"
#include "lang/overloaded.h"
#include "messages/say.h"

namespace rw::checker {

namespace {

void check_block(State& state, const ast::Block& block, Scope& scope);

// One key of a distribution: its list, condition, key and cap, with `variable` declared for the
// condition, key and cap; returns the variable's slot.
int check_axis(State& state, const std::string& variable, const ast::Expr& list_expr, const ast::Expr* filter_expr,
               const ast::Expr& weight_expr, const ast::Expr* cap_expr, Scope& scope) {
  Type list = check_expression(state, list_expr, scope).unwrapped();
  Type item;
  if (list.is(TypeKind::List)) {
    item = *list.element;
  } else if (!list.is_error()) {
    state.error(list_expr.range, say("'distribute ... over' needs a list, but this is {}", state.name_of(list)));
  }
  int slot = scope.declare(variable, item);
  if (filter_expr) {
    Type filter = check_expression(state, *filter_expr, scope);
    expect_type(state, *filter_expr, filter, Type::of(TypeKind::Bool), say("the 'where' condition"));
  }
  Type weight = check_expression(state, weight_expr, scope).unwrapped();
  if (!weight.is_error() && !weight.is_numeric()) {
    state.error(weight_expr.range, say("the key to distribute by must be a number, share or amount, but this is {}",
                                               state.name_of(weight)));
  }
  if (cap_expr) {
    Type cap = check_expression(state, *cap_expr, scope);
    expect_type(state, *cap_expr, cap, Type::of(TypeKind::Money), say("the cap"));
  }
  return slot;
}

void check_distribute(State& state, const ast::Distribute& d, Scope& scope) {
  std::size_t visible = scope.names.size();
  Type amount = check_expression(state, *d.amount, scope);
  expect_type(state, *d.amount, amount, Type::of(TypeKind::Money), say("the amount to distribute"));
  d.variable_slot = check_axis(state, d.variable, *d.list, d.filter.get(), *d.weight, d.cap.get(), scope);
  if (const ast::DistributeAxis* columns = d.columns.get()) {
    // The columns are split without knowing the row: the row's name is out of sight there.
    scope.names.resize(visible);
    columns->variable_slot = check_axis(state, columns->variable, *columns->list, columns->filter.get(), *columns->weight,
                                        columns->cap.get(), scope);
    if (columns->variable == d.variable) {
      state.error(columns->variable_range, say("the rows and the columns of a distribution need different names; "
                                                       "'{}' names the rows already", d.variable));
    }
    scope.names.emplace_back(d.variable, d.variable_slot);
  }
  d.part_slot = scope.declare(d.part_name, Type::of(TypeKind::Money));
  check_block(state, d.body, scope);
  scope.names.resize(visible);
  if (!d.rest_name.empty()) {
    d.rest_slot = scope.declare(d.rest_name, Type::of(TypeKind::Money));
    check_block(state, d.remainder, scope);
    scope.names.resize(visible);
  }
}

void check_statement(State& state, const ast::Stmt& stmt, Scope& scope) {
  std::size_t visible = scope.names.size();
  bool stays_visible = false;  // a let stays visible until the end of its block
  std::visit(Overloaded{
                 [&](const ast::ForEach& loop) {
                   Type collection = check_expression(state, *loop.collection, scope).unwrapped();
                   Type element;
                   if (collection.is(TypeKind::List)) {
                     element = *collection.element;
                   } else if (!collection.is_error()) {
                     state.error(loop.collection->range,
                                 say("'for each' needs a list, but this is {}", state.name_of(collection)));
                   }
                   loop.slot = scope.declare(loop.variable, element);
                   if (loop.filter) {
                     Type filter = check_expression(state, *loop.filter, scope);
                     expect_type(state, *loop.filter, filter, Type::of(TypeKind::Bool), say("the 'where' condition"));
                   }
                   check_block(state, loop.body, scope);
                 },
                 [&](const ast::If& branch) {
                   Type condition = check_expression(state, *branch.condition, scope);
                   expect_type(state, *branch.condition, condition, Type::of(TypeKind::Bool), say("the condition of 'if'"));
                   check_block(state, branch.then_block, scope);
                   scope.names.resize(visible);
                   check_block(state, branch.else_block, scope);
                 },
                 [&](const ast::Let& let) {
                   Type value = check_expression(state, *let.value, scope);
                   let.slot = scope.declare(let.name, value);
                   stays_visible = true;
                 },
                 [&](const ast::Distribute& d) { check_distribute(state, d, scope); },
                 [&](const ast::Require& require) {
                   Type condition = check_expression(state, *require.condition, scope);
                   expect_type(state, *require.condition, condition, Type::of(TypeKind::Bool), say("the condition of 'require'"));
                 },
                 [&](const ast::Note& note) {
                   Type amount = check_expression(state, *note.amount, scope);
                   Type account = check_expression(state, *note.account, scope);
                   expect_type(state, *note.amount, amount, Type::of(TypeKind::Money), say("the amount of a note"));
                   expect_type(state, *note.account, account, Type::of(TypeKind::Account), say("the account of a note"));
                 },
                 [&](const ast::Report& report) { check_report(state, report, scope); },
                 [&](const ast::Pay& pay) {
                   Type from = check_expression(state, *pay.from, scope);
                   Type amount = check_expression(state, *pay.amount, scope);
                   Type to = check_expression(state, *pay.to, scope);
                   expect_type(state, *pay.from, from, Type::of(TypeKind::Account), say("the payer"));
                   expect_type(state, *pay.amount, amount, Type::of(TypeKind::Money), say("the amount paid"));
                   expect_type(state, *pay.to, to, Type::of(TypeKind::Account), say("the receiver"));
                 },
             },
             stmt.node);
  if (!stays_visible) scope.names.resize(visible);
}

void check_block(State& state, const ast::Block& block, Scope& scope) {
  std::size_t visible = scope.names.size();
  for (const auto& stmt : block) check_statement(state, *stmt, scope);
  scope.names.resize(visible);
}

}  // namespace

// Warns when rules of one arrangement (5a, 5b, ...) overlap in years or leave years between them.
void check_arrangement_years(State& state);

void check_rules(State& state) {
  for (RuleInfo& rule : state.model.rules) {
    const ast::RuleDecl& decl = *rule.decl;
    if (decl.first_year < 1900 || decl.last_year > 2200) {
      state.error(decl.years_range, say("rule years must lie between 1900 and 2200"));
    }
    Scope scope;
    scope.in_rule = true;
    if (decl.when) {
      Type when = check_expression(state, *decl.when, scope);
      expect_type(state, *decl.when, when, Type::of(TypeKind::Bool), say("the 'when' condition"));
    }
    if (decl.due) {
      Type due = check_expression(state, *decl.due, scope);
      expect_type(state, *decl.due, due, Type::of(TypeKind::Date), say("the due date"));
    }
    check_block(state, decl.body, scope);
    rule.frame_size = static_cast<int>(scope.slot_types.size());
  }
  check_arrangement_years(state);
}

// The arrangement a rule belongs to: its id without a trailing lowercase letter ("5a", "5b" -> "5").
std::string arrangement_of(const std::string& id) {
  std::size_t end = id.size();
  while (end > 1 && std::islower(static_cast<unsigned char>(id[end - 1]))) --end;
  return id.substr(0, end);
}

void check_arrangement_years(State& state) {
  std::map<std::string, std::vector<const ast::RuleDecl*>> arrangements;
  for (const RuleInfo& rule : state.model.rules) arrangements[arrangement_of(rule.decl->id.name)].push_back(rule.decl);
  for (auto& [arrangement, rules] : arrangements) {
    if (rules.size() < 2) continue;
    std::stable_sort(rules.begin(), rules.end(), [](auto* a, auto* b) { return a->first_year < b->first_year; });
    for (std::size_t i = 1; i < rules.size(); ++i) {
      const ast::RuleDecl& before = *rules[i - 1];
      const ast::RuleDecl& after = *rules[i];
      if (after.first_year <= before.last_year) {
        state.diagnostics.push_back({Severity::Warning, after.years_range,
                                     say("rules {} and {} of arrangement {} both apply in {}", before.id.name,
                                                 after.id.name, arrangement, after.first_year),
                                     {{before.years_range, say("rule {} applies in these years", before.id.name)}}});
      } else if (after.first_year > before.last_year + 1) {
        std::string gap = after.first_year == before.last_year + 2
                              ? std::to_string(before.last_year + 1)
                              : fmt::format("{}..{}", before.last_year + 1, after.first_year - 1);
        state.diagnostics.push_back({Severity::Warning, after.years_range,
                                     say("arrangement {} has no rule for {} (between rules {} and {})", arrangement,
                                                 gap, before.id.name, after.id.name),
                                     {{before.years_range, say("rule {} ends here", before.id.name)}}});
      }
    }
  }
}

void check_scenarios(State& state) {
  std::map<std::string, SourceRange> seen;
  std::vector<std::string> parameter_names;
  for (const ParameterInfo& p : state.model.parameters) parameter_names.push_back(p.name);
  for (const ast::Decl& decl : state.model.file->decls) {
    auto* scenario = std::get_if<ast::ScenarioDecl>(&decl.node);
    if (!scenario) continue;
    auto [it, inserted] = seen.emplace(scenario->name.name, scenario->name.range);
    if (!inserted) {
      state.error(scenario->name.range, say("scenario '{}' is declared twice", scenario->name.name),
                  {{it->second, say("previously declared here")}});
    }
    ScenarioInfo info{scenario->name.name, scenario, {}, {}, {}};
    for (const ast::Setting& setting : scenario->settings) {
      int index = state.model.find_parameter(setting.parameter.name);
      info.parameters.push_back(index);
      Scope scope;
      Type value = check_expression(state, *setting.value, scope);
      info.frame_sizes.push_back(static_cast<int>(scope.slot_types.size()));
      if (index < 0) {
        std::string hint = closest_name(setting.parameter.name, parameter_names);
        state.error(setting.parameter.range, say("the model has no parameter '{}'{}", setting.parameter.name,
                                                         hint.empty() ? "" : say("; did you mean '{}'?", hint)));
        continue;
      }
      expect_type(state, *setting.value, value, state.model.parameters[index].type,
                  say("the value of parameter '{}'", setting.parameter.name));
    }
    check_data_changes(state, *scenario, info);
    state.model.scenarios.push_back(std::move(info));
  }
}

void report_unused(State& state) {
  if (has_errors(state.diagnostics)) return;  // errors first: warnings about unused names would only distract
  const CheckedModel& model = state.model;
  std::vector<bool> parameter_used(model.parameters.size()), definition_used(model.definitions.size()),
      input_used(model.tables.inputs.size());
  for (const Resolution& r : model.resolutions) {
    if (r.kind == Resolution::Kind::Parameter) parameter_used[r.index] = true;
    if (r.kind == Resolution::Kind::Definition) definition_used[r.index] = true;
    if (r.kind == Resolution::Kind::Input) input_used[r.index] = true;
  }
  for (std::size_t i = 0; i < parameter_used.size(); ++i) {
    if (!parameter_used[i]) state.warning(model.parameters[i].decl->name.range, say("parameter '{}' is never used", model.parameters[i].name));
  }
  for (std::size_t i = 0; i < definition_used.size(); ++i) {
    if (!definition_used[i]) state.warning(model.definitions[i].decl->name.range, say("'{}' is defined but never used", model.definitions[i].name));
  }
  for (std::size_t i = 0; i < input_used.size(); ++i) {
    if (!input_used[i]) state.warning(model.tables.inputs[i].range, say("input '{}' is never used", model.tables.inputs[i].name));
  }
}

}  // namespace rw::checker

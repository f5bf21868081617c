#include "lang/checker.h"

#include "lang/checker_state.h"
#include "lang/parser.h"

namespace rw {

std::pair<int, int> CheckedModel::year_span() const {
  if (rules.empty()) return {0, 0};
  int first = rules.front().decl->first_year, last = rules.front().decl->last_year;
  for (const RuleInfo& rule : rules) {
    first = std::min(first, rule.decl->first_year);
    last = std::max(last, rule.decl->last_year);
  }
  return {first, last};
}

int CheckedModel::find_parameter(const std::string& name) const {
  for (std::size_t i = 0; i < parameters.size(); ++i) {
    if (parameters[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

namespace checker {

int Scope::declare(const std::string& name, Type type) {
  int slot = static_cast<int>(slot_types.size());
  slot_types.push_back(std::move(type));
  names.emplace_back(name, slot);
  return slot;
}

int Scope::find(const std::string& name) const {
  for (auto it = names.rbegin(); it != names.rend(); ++it) {
    if (it->first == name) return it->second;
  }
  return -1;
}

void State::error(SourceRange range, std::string message, std::vector<DiagnosticNote> notes) {
  diagnostics.push_back({Severity::Error, range, std::move(message), std::move(notes)});
}

void State::warning(SourceRange range, std::string message) {
  diagnostics.push_back({Severity::Warning, range, std::move(message), {}});
}

Type State::set_type(const ast::Expr& expr, Type type) {
  model.expr_types[expr.id] = type;
  return type;
}

}  // namespace checker

// The checker's passes, in the order they run. Each reads what the earlier ones recorded.
static constexpr void (*passes[])(checker::State&) = {
    checker::collect_declarations,
    checker::resolve_declared_types,
    checker::check_data_rules,
    checker::check_definitions,
    checker::check_openings,
    checker::check_rules,
    checker::check_scenarios,
    checker::report_unused,
};

CheckResult check(ast::File file, const std::vector<BuiltinSignature>& builtins) {
  CheckResult result;
  CheckedModel model;
  model.file = std::make_unique<ast::File>(std::move(file));
  model.expr_types.assign(model.file->expr_count, Type{});
  model.resolutions.assign(model.file->expr_count, Resolution{});
  model.field_indices.assign(model.file->expr_count, -1);
  model.date_parts.assign(model.file->expr_count, -1);
  checker::State state{model, builtins, result.diagnostics, {}, {}, {}, {}};
  for (auto pass : passes) pass(state);
  if (!has_errors(result.diagnostics)) result.model = std::move(model);
  return result;
}

CheckResult parse_and_check(const SourceFile& source, const std::vector<BuiltinSignature>& builtins) {
  ParseResult parsed = parse(source);
  if (!parsed.file) return {std::nullopt, std::move(parsed.diagnostics)};
  CheckResult checked = check(std::move(*parsed.file), builtins);
  checked.diagnostics.insert(checked.diagnostics.begin(), parsed.diagnostics.begin(), parsed.diagnostics.end());
  return checked;
}

}  // namespace rw

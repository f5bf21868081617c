#include "runtime/eval/model_facts.h"

#include <algorithm>

#include "lang/uses.h"
#include "stdlib/builtins.h"

namespace rw {

ModelFacts::ModelFacts(const CheckedModel& model, std::set<int> overridden) : model_(model), overridden_(std::move(overridden)) {
  const auto& table = builtins();
  for (std::size_t i = 0; i < table.size(); ++i) {
    if (table[i].signature.name == "sum") sum_builtin_ = static_cast<int>(i);
    if (table[i].signature.name == "count") count_builtin_ = static_cast<int>(i);
    if (table[i].signature.name == "balance") balance_builtin_ = static_cast<int>(i);
  }
  for (const DefinitionInfo& d : model.definitions) {
    std::vector<int> called = builtins_used(model, *d.decl->body);
    pure_.push_back(std::find(called.begin(), called.end(), balance_builtin_) == called.end());
  }
  for (const RecordInfo& record : model.tables.records) id_fields_.push_back(record.field_index("id").value_or(-1));
  key_fields_.resize(model.tables.records.size());
  for (const InputInfo& input : model.tables.inputs) {
    if (!input.type.is(TypeKind::List) || !input.type.element->is(TypeKind::Record)) continue;
    std::vector<int>& key = key_fields_[input.type.element->decl];
    if (key.empty()) key = input.key_fields;
  }
  year_free_exprs_.assign(model.expr_types.size(), -1);
  stable_filters_.assign(model.expr_types.size(), -1);
  year_free_definitions_.assign(model.definitions.size(), -1);
  year_free_parameters_.assign(model.parameters.size(), -1);
}

bool ModelFacts::year_free(const ast::Expr& expr) {
  std::int8_t& known = year_free_exprs_[expr.id];
  if (known < 0) known = std::visit([&](const auto& node) { return year_free_parts(expr, node); }, expr.node) ? 1 : 0;
  return known == 1;
}

bool ModelFacts::year_free_definition(int definition) {
  std::int8_t& known = year_free_definitions_[definition];
  if (known < 0) known = pure(definition) && year_free(*model_.definitions[definition].decl->body) ? 1 : 0;
  return known == 1;
}

bool ModelFacts::year_free_parameter(int parameter) {
  std::int8_t& known = year_free_parameters_[parameter];
  if (known < 0) {
    const ast::ParameterDecl& decl = *model_.parameters[parameter].decl;
    bool single = decl.values.size() == 1 && !decl.values.front().from_year && !overridden_.count(parameter);
    known = single && year_free(*decl.values.front().value) ? 1 : 0;
  }
  return known == 1;
}

bool ModelFacts::stable(const ast::Expr& filter, int slot) {
  std::int8_t& known = stable_filters_[filter.id];
  if (known < 0) known = std::visit([&](const auto& node) { return stable_parts(filter, node, slot); }, filter.node) ? 1 : 0;
  return known == 1;
}

bool ModelFacts::year_free_parts(const ast::Expr&, const ast::Literal&) { return true; }

bool ModelFacts::year_free_parts(const ast::Expr& expr, const ast::Name&) {
  const Resolution& r = model_.resolutions[expr.id];
  switch (r.kind) {
    case Resolution::Kind::Year:
    case Resolution::Kind::Members: return false;
    case Resolution::Kind::Parameter: return year_free_parameter(r.index);
    case Resolution::Kind::Definition: return year_free_definition(r.index);
    case Resolution::Kind::Local:
    case Resolution::Kind::Input:
    case Resolution::Kind::Account:
    case Resolution::Kind::EnumVariant:
    case Resolution::Kind::RoundingMode:
    case Resolution::Kind::Builtin:
    case Resolution::Kind::Unresolved: return true;
  }
  return true;
}

bool ModelFacts::year_free_parts(const ast::Expr& expr, const ast::Call& call) {
  const Resolution& r = model_.resolutions[expr.id];
  if (r.kind == Resolution::Kind::Builtin && r.index == balance_builtin_) return false;
  if (r.kind == Resolution::Kind::Definition && !year_free_definition(r.index)) return false;
  return std::all_of(call.arguments.begin(), call.arguments.end(), [&](const ast::ExprPtr& a) { return year_free(*a); });
}

bool ModelFacts::year_free_parts(const ast::Expr&, const ast::Field& field) { return year_free(*field.object); }
bool ModelFacts::year_free_parts(const ast::Expr&, const ast::Unary& unary) { return year_free(*unary.operand); }
bool ModelFacts::year_free_parts(const ast::Expr&, const ast::Binary& binary) {
  return year_free(*binary.left) && year_free(*binary.right);
}
bool ModelFacts::year_free_parts(const ast::Expr&, const ast::Conditional& c) {
  return year_free(*c.condition) && year_free(*c.then_branch) && year_free(*c.else_branch);
}
bool ModelFacts::year_free_parts(const ast::Expr&, const ast::Exists& exists) { return year_free(*exists.operand); }
bool ModelFacts::year_free_parts(const ast::Expr&, const ast::Comprehension& c) {
  return year_free(*c.element) && year_free(*c.list) && (!c.filter || year_free(*c.filter));
}

bool ModelFacts::stable_parts(const ast::Expr&, const ast::Literal&, int) { return true; }

bool ModelFacts::stable_parts(const ast::Expr& expr, const ast::Name&, int slot) {
  const Resolution& r = model_.resolutions[expr.id];
  if (r.kind == Resolution::Kind::Local) return r.index == slot;
  return r.kind != Resolution::Kind::Definition || pure(r.index);
}

bool ModelFacts::stable_parts(const ast::Expr& expr, const ast::Call& call, int slot) {
  const Resolution& r = model_.resolutions[expr.id];
  if (r.kind == Resolution::Kind::Builtin && r.index == balance_builtin_) return false;
  if (r.kind == Resolution::Kind::Definition && !pure(r.index)) return false;
  return std::all_of(call.arguments.begin(), call.arguments.end(), [&](const ast::ExprPtr& a) { return stable(*a, slot); });
}

bool ModelFacts::stable_parts(const ast::Expr&, const ast::Field& field, int slot) { return stable(*field.object, slot); }
bool ModelFacts::stable_parts(const ast::Expr&, const ast::Unary& unary, int slot) { return stable(*unary.operand, slot); }
bool ModelFacts::stable_parts(const ast::Expr&, const ast::Binary& binary, int slot) {
  return stable(*binary.left, slot) && stable(*binary.right, slot);
}
bool ModelFacts::stable_parts(const ast::Expr&, const ast::Conditional& c, int slot) {
  return stable(*c.condition, slot) && stable(*c.then_branch, slot) && stable(*c.else_branch, slot);
}
bool ModelFacts::stable_parts(const ast::Expr&, const ast::Exists& exists, int slot) { return stable(*exists.operand, slot); }
// A comprehension inside a filter has variables of its own: not worth following.
bool ModelFacts::stable_parts(const ast::Expr&, const ast::Comprehension&, int) { return false; }

}  // namespace rw

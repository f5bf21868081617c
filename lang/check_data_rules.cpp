// Passes on what a model says valid data is: the keys of its inputs (`keyed by`) and the `require`
// lines of its records.
#include <algorithm>

#include <fmt/format.h>

#include "lang/checker_state.h"
#include "messages/say.h"

namespace rw::checker {

namespace {

// The table index of the declaration named `id` of `kind`, or -1 when `id` was not the declaration kept
// (a duplicate name, already reported).
int declared_index(const State& state, const ast::Identifier& id, Resolution::Kind kind) {
  auto it = state.globals.find(id.name);
  if (it == state.globals.end() || it->second.range.begin != id.range.begin || it->second.resolution.kind != kind) return -1;
  return it->second.resolution.index;
}

// Why a field of this type cannot identify a record, or "" when it can.
std::string unfit_for_key(const State& state, const FieldInfo& field) {
  switch (field.type.kind) {
    case TypeKind::Text:
    case TypeKind::Integer:
    case TypeKind::Date:
    case TypeKind::Member:
    case TypeKind::Account:
    case TypeKind::Enum: return "";
    case TypeKind::Optional:
      return say("field '{}' is optional ({}), and every record needs its whole key; make it required or key by "
                         "other fields", field.name, state.name_of(field.type));
    default:
      return say("field '{}' is {}, which cannot identify a record; key by fields of type text, integer, date, "
                         "member, account or an enum", field.name, state.name_of(field.type));
  }
}

// Checks one `keyed by` clause and stores the key's field indices in the input's table entry.
void check_key(State& state, const ast::InputDecl& decl, InputInfo& input) {
  const Type& type = input.type;
  if (type.is_error()) return;
  if (!type.is(TypeKind::List) || !type.element->is(TypeKind::Record)) {
    state.error(decl.key.front().range, say("'keyed by' needs a list of records, but input '{}' is {}", input.name,
                                                    state.name_of(type)));
    return;
  }
  const RecordInfo& record = state.model.tables.records.at(type.element->decl);
  for (const ast::Identifier& name : decl.key) {
    std::optional<int> index = record.field_index(name.name);
    if (!index) {
      std::string hint = closest_name(name.name, record.field_names());
      state.error(name.range, say("record {} has no field '{}'{}", record.name, name.name,
                                          hint.empty() ? "" : say("; did you mean '{}'?", hint)));
    } else if (std::find(input.key_fields.begin(), input.key_fields.end(), *index) != input.key_fields.end()) {
      state.error(name.range, say("'{}' is named twice in the key", name.name));
    } else if (std::string problem = unfit_for_key(state, record.fields[*index]); !problem.empty()) {
      state.error(name.range, problem);
    } else {
      input.key_fields.push_back(*index);
    }
  }
}

// The first name in `expr` that a record's require may not use (it is checked outside any year and
// rule, on the record alone), or nullptr.
const ast::Expr* outside_the_record(const State& state, const ast::Expr& expr) {
  const Resolution& r = state.model.resolutions[expr.id];
  using Kind = Resolution::Kind;
  bool allowed = r.kind == Kind::Local || r.kind == Kind::Account || r.kind == Kind::EnumVariant ||
                 r.kind == Kind::RoundingMode || r.kind == Kind::Unresolved ||
                 (r.kind == Kind::Builtin && state.builtins[r.index].name != "balance");
  if ((std::holds_alternative<ast::Name>(expr.node) || std::holds_alternative<ast::Call>(expr.node)) && !allowed) return &expr;
  const ast::Expr* found = nullptr;
  auto visit = [&](const ast::ExprPtr& child) {
    if (child && !found) found = outside_the_record(state, *child);
  };
  std::visit(
      [&](const auto& node) {
        using T = std::decay_t<decltype(node)>;
        if constexpr (std::is_same_v<T, ast::Field>) {
          visit(node.object);
        } else if constexpr (std::is_same_v<T, ast::Call>) {
          for (const auto& argument : node.arguments) visit(argument);
        } else if constexpr (std::is_same_v<T, ast::Unary> || std::is_same_v<T, ast::Exists>) {
          visit(node.operand);
        } else if constexpr (std::is_same_v<T, ast::Binary>) {
          visit(node.left), visit(node.right);
        } else if constexpr (std::is_same_v<T, ast::Conditional>) {
          visit(node.condition), visit(node.then_branch), visit(node.else_branch);
        } else if constexpr (std::is_same_v<T, ast::Comprehension>) {
          visit(node.element), visit(node.list), visit(node.filter);
        } else {
          static_assert(std::is_same_v<T, ast::Literal> || std::is_same_v<T, ast::Name>, "outside_the_record: an expression kind without a branch");
        }
      },
      expr.node);
  return found;
}

// Checks a record's require lines with its fields as the names in scope, and records them.
void check_record_requires(State& state, const ast::RecordDecl& decl, int index) {
  const RecordInfo& record = state.model.tables.records.at(index);
  for (const ast::Require& check : decl.checks) {
    Scope scope;  // slot i holds field i: at run time the record's fields are the frame
    for (const FieldInfo& field : record.fields) scope.declare(field.name, field.type);
    Type condition = check_expression(state, *check.condition, scope);
    expect_type(state, *check.condition, condition, Type::of(TypeKind::Bool), say("the condition of 'require'"));
    if (const ast::Expr* outside = outside_the_record(state, *check.condition)) {
      const auto* name = std::get_if<ast::Name>(&outside->node);
      state.error(outside->range, say("'{}' cannot be used in a record's require: it is checked on each {} record "
                                              "alone, when the data is loaded, so it may use only the record's fields, "
                                              "members, enum values and built-in functions",
                                              name ? name->name : std::get<ast::Call>(outside->node).callee, record.name));
    }
    state.model.record_checks.push_back({index, &check, static_cast<int>(scope.slot_types.size())});
  }
}

}  // namespace

void check_data_rules(State& state) {
  for (const ast::Decl& decl : state.model.file->decls) {
    if (auto* input = std::get_if<ast::InputDecl>(&decl.node); input && !input->key.empty()) {
      int index = declared_index(state, input->name, Resolution::Kind::Input);
      if (index >= 0) check_key(state, *input, state.model.tables.inputs.at(index));
    } else if (auto* record = std::get_if<ast::RecordDecl>(&decl.node); record && !record->checks.empty()) {
      int index = declared_index(state, record->name, Resolution::Kind::Unresolved);
      if (index >= 0 && index < static_cast<int>(state.model.tables.records.size()) &&
          state.model.tables.records[index].name == record->name.name) {
        check_record_requires(state, *record, index);
      }
    }
  }
}

}  // namespace rw::checker

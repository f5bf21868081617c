// The `report` statement: what may be reported (one figure of a simple type) and for what subject (a
// record of a keyed input, a member or an account), and one type per report name across the model.
#include <fmt/format.h>

#include "lang/checker_state.h"
#include "messages/say.h"

namespace rw::checker {

namespace {

// Whether a value of this type can be reported: one figure, not a list, record, period or duration.
bool reportable(const Type& type) {
  switch (type.unwrapped().kind) {
    case TypeKind::Bool:
    case TypeKind::Integer:
    case TypeKind::Decimal:
    case TypeKind::Money:
    case TypeKind::Date:
    case TypeKind::Text:
    case TypeKind::Member:
    case TypeKind::Account:
    case TypeKind::Enum:
    case TypeKind::Error: return true;
    case TypeKind::Duration:
    case TypeKind::Period:
    case TypeKind::Rounding:
    case TypeKind::Record:
    case TypeKind::List:
    case TypeKind::Optional: return false;
  }
  return false;
}

// The inputs whose records are of record type `decl`.
std::vector<const InputInfo*> inputs_of_record(const ModelTables& tables, int decl) {
  std::vector<const InputInfo*> found;
  for (const InputInfo& input : tables.inputs) {
    if (input.type.is(TypeKind::List) && *input.type.element == Type::record(decl)) found.push_back(&input);
  }
  return found;
}

void check_subject(State& state, const ast::Expr& subject, const Type& type) {
  const Type& t = type.unwrapped();
  if (t.is_error() || t.is_account()) return;
  if (t.is(TypeKind::Record)) {
    const std::string& record = state.model.tables.records.at(t.decl).name;
    std::vector<const InputInfo*> inputs = inputs_of_record(state.model.tables, t.decl);
    if (inputs.empty()) {
      state.error(subject.range, say("a report is about a record of an input, a member or an account, but no input "
                                             "holds {} records; report for the input's record it belongs to (e.g. the client "
                                             "of a stay), or for a member",
                                             record));
      return;
    }
    for (const InputInfo* input : inputs) {
      if (input->key_fields.empty()) {
        state.error(subject.range, say("a report about a {} needs the records of input '{}' to have a key that names "
                                               "them: add `keyed by <field>` to the input (e.g. `input {}: list of {} keyed by id`)",
                                               record, input->name, input->name, record));
        return;
      }
      if (input->key_fields != inputs.front()->key_fields) {
        state.error(subject.range, say("inputs '{}' and '{}' both hold {} records, with different keys: a report "
                                               "about a {} cannot say which key names it; give them the same `keyed by`",
                                               inputs.front()->name, input->name, record, record));
        return;
      }
    }
    return;
  }
  state.error(subject.range, say("a report is about a record of a keyed input (a variable of 'for each' or "
                                         "'distribute'), a member or an account, but this is {}; leave out 'for ...' "
                                         "to report the rule's own figure",
                                         state.name_of(type)));
}

// Reports of one name share one type; a member counts as an account, an integer as a decimal,
// a value as its optional.
void check_one_type(State& state, const ast::Report& report, const Type& type) {
  auto [known, added] = state.model.report_types.try_emplace(report.name, type);
  auto first = state.report_first.try_emplace(report.name, report.name_range).first;
  if (added) return;
  Type& before = known->second;
  if (before.is_error() || type.is_error() || assignable(type, before)) return;
  if (assignable(before, type)) {
    before = type;
  } else if (before.unwrapped().is_account() && type.unwrapped().is_account()) {
    before = before.is(TypeKind::Optional) || type.is(TypeKind::Optional) ? Type::optional(Type::of(TypeKind::Account))
                                                                          : Type::of(TypeKind::Account);
  } else {
    state.error(report.value->range, say("report '{}' is {} here, but {} elsewhere: reports of one name have one type",
                                                 report.name, state.name_of(type), state.name_of(before)),
                {{first->second, say("'{}' is first reported here", report.name)}});
  }
}

}  // namespace

void check_report(State& state, const ast::Report& report, Scope& scope) {
  Type value = check_expression(state, *report.value, scope);
  if (!reportable(value)) {
    state.error(report.value->range, say("a report is one figure: a member, account, enum, bool, date, integer, "
                                                 "decimal, money or text (or an optional one), but this is {}{}",
                                                 state.name_of(value),
                                                 value.unwrapped().is(TypeKind::List) ? "; report e.g. count(...) or sum(...) of it" : ""));
    value = Type{};
  }
  if (report.subject) check_subject(state, *report.subject, check_expression(state, *report.subject, scope));
  check_one_type(state, report, value);
}

}  // namespace rw::checker

// Checks the changes a scenario makes to the data: `add to`, `change` and `remove from` name an input that
// is a list of records; a key names a record of an input keyed by one field; a `where` is a condition on
// the record; each changed field exists once and gets a value of its type.
#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "lang/checker_state.h"
#include "messages/say.h"

namespace rw::checker {

namespace {

// The names of the model's inputs, for suggestions.
std::vector<std::string> input_names(const ModelTables& tables) {
  std::vector<std::string> names;
  for (const InputInfo& input : tables.inputs) names.push_back(input.name);
  return names;
}

// The word a data change starts with, for messages.
std::string verb(const ast::DataChange& change) {
  switch (change.kind) {
    case ast::DataChangeKind::Add: return "add to";
    case ast::DataChangeKind::Change: return "change";
    case ast::DataChangeKind::Remove: return "remove from";
  }
  return "";
}

// Resolves the input a change names and checks that it is a list of records; fills info.input and info.record.
void resolve_input(State& state, const ast::DataChange& change, DataChangeInfo& info) {
  const ModelTables& tables = state.model.tables;
  auto found = std::find_if(tables.inputs.begin(), tables.inputs.end(),
                            [&](const InputInfo& input) { return input.name == change.input.name; });
  if (found == tables.inputs.end()) {
    std::vector<std::string> names = input_names(tables);
    std::string hint = closest_name(change.input.name, names);
    state.error(change.input.range,
                say("'{} {}': the model has no input '{}'{}", verb(change), change.input.name, change.input.name,
                            hint.empty() ? (names.empty() ? say(" (it declares none)") : say("; its inputs are {}", fmt::join(names, ", ")))
                                         : say("; did you mean '{}'?", hint)));
    return;
  }
  const Type& type = found->type;
  if (type.is_error()) return;
  if (!type.is(TypeKind::List) || !type.element->is(TypeKind::Record)) {
    state.error(change.input.range, say("'{} {}': a scenario can change only an input that is a list of records, "
                                                "but '{}' is {}; set a parameter instead",
                                                verb(change), found->name, found->name, state.name_of(type)));
    return;
  }
  info.input = static_cast<int>(found - tables.inputs.begin());
  info.record = type.element->decl;
}

// Checks the key or the `where` that names the records a change or removal applies to.
void check_selector(State& state, const ast::DataChange& change, const DataChangeInfo& info, Scope& scope) {
  const InputInfo& input = state.model.tables.inputs.at(info.input);
  const RecordInfo& record = state.model.tables.records.at(info.record);
  if (change.key && input.key_fields.size() != 1) {
    std::string keyed;
    for (int field : input.key_fields) keyed += (keyed.empty() ? "" : ", ") + record.fields[field].name;
    state.error(change.key_range,
                keyed.empty() ? say("input '{}' has no key (declare one: keyed by <field>), so a record cannot be named by one key in "
                                    "quotes; name the records with where <condition>, e.g. where {} = ...",
                                    input.name, record.fields.empty() ? "<field>" : record.fields.front().name)
                              : say("input '{}' is keyed by {}, so a record cannot be named by one key in quotes; name the "
                                    "records with where <condition>, e.g. where {} = ...",
                                    input.name, keyed, record.fields.front().name));
  }
  if (change.filter) {
    Type condition = check_expression(state, *change.filter, scope);
    expect_type(state, *change.filter, condition, Type::of(TypeKind::Bool), say("the condition after 'where'"));
  }
}

// Checks the fields a `change` assigns: each a field of the record, once, with a value of its type.
void check_assignments(State& state, const ast::DataChange& change, DataChangeInfo& info, Scope& scope) {
  const RecordInfo& record = state.model.tables.records.at(info.record);
  for (const ast::FieldAssignment& assignment : change.assignments) {
    std::optional<int> index = record.field_index(assignment.field.name);
    Type value = check_expression(state, *assignment.value, scope);
    info.fields.push_back(index.value_or(-1));
    if (!index) {
      std::string hint = closest_name(assignment.field.name, record.field_names());
      state.error(assignment.field.range, say("record {} has no field '{}'{}", record.name, assignment.field.name,
                                                      hint.empty() ? say("; its fields are {}", fmt::join(record.field_names(), ", "))
                                                                   : say("; did you mean '{}'?", hint)));
      continue;
    }
    if (std::count(info.fields.begin(), info.fields.end(), *index) > 1) {
      state.error(assignment.field.range, say("field '{}' is changed twice here; keep one of the two", assignment.field.name));
      continue;
    }
    const FieldInfo& field = record.fields[*index];
    if (field.type.unwrapped().is(TypeKind::List) || field.type.unwrapped().is(TypeKind::Record)) {
      state.error(assignment.field.range, say("field '{}' is {}: a change can set fields of single values only; "
                                                      "remove the record and add it again as data instead",
                                                      field.name, state.name_of(field.type)));
      continue;
    }
    expect_type(state, *assignment.value, value, field.type, say("the new value of field '{}'", field.name));
  }
  if (change.kind == ast::DataChangeKind::Change && change.assignments.empty()) {
    state.error(change.range, say("this change sets no field; add <field> = <value> inside the braces, or remove the change"));
  }
}

}  // namespace

void check_data_changes(State& state, const ast::ScenarioDecl& scenario, ScenarioInfo& info) {
  for (const ast::DataChange& change : scenario.data_changes) {
    DataChangeInfo& checked = info.data_changes.emplace_back();
    resolve_input(state, change, checked);
    if (checked.input < 0) continue;
    Scope scope;  // slot i holds field i: at run time the record's fields are the frame
    for (const FieldInfo& field : state.model.tables.records.at(checked.record).fields) scope.declare(field.name, field.type);
    if (change.kind != ast::DataChangeKind::Add) check_selector(state, change, checked, scope);
    check_assignments(state, change, checked, scope);
    checked.frame_size = static_cast<int>(scope.slot_types.size());
  }
}

}  // namespace rw::checker

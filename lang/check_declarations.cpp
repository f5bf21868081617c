// Passes 1 and 2: collect declarations, resolve declared types.
#include <fmt/format.h>

#include "lang/checker_state.h"
#include "lang/keywords.h"
#include "messages/say.h"

namespace rw::checker {

namespace {

// Declares a top-level name, or reports it as a duplicate with a note at the first declaration.
bool declare_global(State& state, const ast::Identifier& id, Resolution resolution) {
  auto [it, inserted] = state.globals.emplace(id.name, Global{resolution, id.range});
  if (!inserted) {
    state.error(id.range, say("'{}' is already declared", id.name),
                {{it->second.range, say("previously declared here")}});
  }
  return inserted;
}

// Names that the language itself defines and a model may not reuse.
bool is_reserved(const std::string& name, Language language) {
  if (name == spelled(words::year, language) || name == spelled(words::members, language)) return true;
  for (const words::BasicType& type : words::basic_types) {
    if (name == spelled(type, language)) return true;
  }
  return parse_rounding_mode(name).has_value();
}

}  // namespace

void collect_declarations(State& state) {
  CheckedModel& model = state.model;
  ModelTables& tables = model.tables;
  tables.model_name = model.file->model_name;
  bool seen_members = false, seen_rounding = false;
  std::vector<const ast::AccountDecl*> accounts;
  std::map<std::string, SourceRange> rule_ids;

  // Members first, so that accounts[0 .. member_count) are the members.
  for (const ast::Decl& decl : model.file->decls) {
    auto* members = std::get_if<ast::MembersDecl>(&decl.node);
    if (!members) continue;
    if (seen_members) state.error(decl.range, say("members are declared twice: list all members in one 'members' line"));
    seen_members = true;
    for (const ast::MemberEntry& entry : members->members) {
      const ast::Identifier& member = entry.name;
      Resolution r{Resolution::Kind::Account, static_cast<int>(tables.accounts.size()), 0};
      if (is_reserved(member.name, state.language())) state.error(member.range, say("'{}' is a reserved name", member.name));
      if (declare_global(state, member, r)) {
        tables.accounts.push_back({member.name, member.name, AccountKind::Member, member.range, entry.from_year, entry.until_year});
      }
    }
  }
  tables.member_count = static_cast<int>(tables.accounts.size());
  if (!seen_members) state.error(model.file->header_range, say("the model declares no members: add a line 'members A, B, ...'"));

  for (const ast::Decl& decl : model.file->decls) {
    if (auto* account = std::get_if<ast::AccountDecl>(&decl.node)) {
      Resolution r{Resolution::Kind::Account, static_cast<int>(tables.accounts.size()), 0};
      if (declare_global(state, account->id, r)) {
        tables.accounts.push_back({account->id.name, account->display_name, AccountKind::Account, account->id.range});
      }
    } else if (auto* rounding = std::get_if<ast::RoundingDecl>(&decl.node)) {
      if (seen_rounding) state.error(decl.range, say("the model's default rounding is stated twice"));
      seen_rounding = true;
      model.rounding = rounding->mode;
    } else if (auto* enumeration = std::get_if<ast::EnumDecl>(&decl.node)) {
      int index = static_cast<int>(tables.enums.size());
      EnumInfo table{enumeration->name.name, {}, enumeration->name.range};
      declare_global(state, enumeration->name, Resolution{Resolution::Kind::Unresolved, index, 0});
      for (const ast::Identifier& variant : enumeration->variants) {
        Resolution r{Resolution::Kind::EnumVariant, index, static_cast<int>(table.variants.size())};
        if (declare_global(state, variant, r)) table.variants.push_back(variant.name);
      }
      tables.enums.push_back(std::move(table));
    } else if (auto* record = std::get_if<ast::RecordDecl>(&decl.node)) {
      int index = static_cast<int>(tables.records.size());
      declare_global(state, record->name, Resolution{Resolution::Kind::Unresolved, index, 0});
      tables.records.push_back({record->name.name, {}, record->name.range});
    } else if (auto* input = std::get_if<ast::InputDecl>(&decl.node)) {
      Resolution r{Resolution::Kind::Input, static_cast<int>(tables.inputs.size()), 0};
      if (declare_global(state, input->name, r)) tables.inputs.push_back({input->name.name, Type{}, input->name.range, {}});
    } else if (auto* parameter = std::get_if<ast::ParameterDecl>(&decl.node)) {
      Resolution r{Resolution::Kind::Parameter, static_cast<int>(model.parameters.size()), 0};
      if (declare_global(state, parameter->name, r)) model.parameters.push_back({parameter->name.name, Type{}, parameter});
    } else if (auto* define = std::get_if<ast::DefineDecl>(&decl.node)) {
      Resolution r{Resolution::Kind::Definition, static_cast<int>(model.definitions.size()), 0};
      if (declare_global(state, define->name, r)) model.definitions.push_back({define->name.name, {}, Type{}, define, 0});
    } else if (auto* rule = std::get_if<ast::RuleDecl>(&decl.node)) {
      auto [it, inserted] = rule_ids.emplace(rule->id.name, rule->id.range);
      if (!inserted) {
        state.error(rule->id.range, say("rule {} is declared twice; give each rule its own number", rule->id.name),
                    {{it->second, say("previously declared here")}});
      }
      model.rules.push_back({rule, 0});
    }
    if (auto* named = std::get_if<ast::ParameterDecl>(&decl.node); named && is_reserved(named->name.name, state.language())) {
      state.error(named->name.range, say("'{}' is a reserved name", named->name.name));
    } else if (auto* defined = std::get_if<ast::DefineDecl>(&decl.node); defined && is_reserved(defined->name.name, state.language())) {
      state.error(defined->name.range, say("'{}' is a reserved name", defined->name.name));
    } else if (auto* in = std::get_if<ast::InputDecl>(&decl.node); in && is_reserved(in->name.name, state.language())) {
      state.error(in->name.range, say("'{}' is a reserved name", in->name.name));
    }
  }
  state.parameter_progress.assign(model.parameters.size(), Progress::Unchecked);
  state.definition_progress.assign(model.definitions.size(), Progress::Unchecked);
}

Type resolve_type(State& state, const ast::TypeExpr& type) {
  Type result;
  if (type.element) {
    result = Type::list(resolve_type(state, *type.element));
  } else {
    bool found = false;
    for (const words::BasicType& basic : words::basic_types) {
      if (type.name == spelled(basic, state.language())) result = Type::of(basic.kind), found = true;
    }
    const ModelTables& tables = state.model.tables;
    for (std::size_t i = 0; !found && i < tables.records.size(); ++i) {
      if (tables.records[i].name == type.name) result = Type::record(static_cast<int>(i)), found = true;
    }
    for (std::size_t i = 0; !found && i < tables.enums.size(); ++i) {
      if (tables.enums[i].name == type.name) result = Type::enumeration(static_cast<int>(i)), found = true;
    }
    if (!found) {
      std::vector<std::string> candidates;
      for (const words::BasicType& basic : words::basic_types) candidates.emplace_back(spelled(basic, state.language()));
      for (const auto& r : tables.records) candidates.push_back(r.name);
      for (const auto& e : tables.enums) candidates.push_back(e.name);
      std::string hint = closest_name(type.name, candidates);
      state.error(type.range, say("unknown type '{}'{}", type.name,
                                          hint.empty() ? "" : say("; did you mean '{}'?", hint)));
      return Type{};
    }
  }
  return type.optional ? Type::optional(std::move(result)) : result;
}

void resolve_declared_types(State& state) {
  CheckedModel& model = state.model;
  std::size_t record = 0, input = 0;
  for (const ast::Decl& decl : model.file->decls) {
    if (auto* r = std::get_if<ast::RecordDecl>(&decl.node)) {
      RecordInfo& table = model.tables.records.at(record++);
      for (const ast::FieldDecl& field : r->fields) {
        if (table.field_index(field.name.name)) {
          state.error(field.name.range, say("field '{}' is declared twice in record {}", field.name.name, table.name));
          continue;
        }
        table.fields.push_back({field.name.name, resolve_type(state, field.type), field.name.range});
      }
    } else if (auto* i = std::get_if<ast::InputDecl>(&decl.node)) {
      if (input < model.tables.inputs.size() && model.tables.inputs[input].name == i->name.name) {
        model.tables.inputs[input++].type = resolve_type(state, i->type);
      }
    }
  }
  for (ParameterInfo& parameter : model.parameters) parameter.type = resolve_type(state, parameter.decl->type);
  for (DefinitionInfo& definition : model.definitions) {
    for (const ast::ArgumentDecl& argument : definition.decl->arguments) {
      definition.argument_types.push_back(resolve_type(state, argument.type));
    }
    if (definition.decl->result_type) definition.result = resolve_type(state, *definition.decl->result_type);
  }
}

}  // namespace rw::checker

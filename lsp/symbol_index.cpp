#include "lsp/symbol_index.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <variant>

namespace rw::lsp {

namespace {

// Walks a checked model once: first its declarations, then every name, call, field and type written in it.
struct IndexBuilder {
  const CheckedModel& model;
  SymbolIndex index;
  std::map<std::tuple<SymbolKind, int, int>, int> by_key;  // (kind, owner, index) -> symbol

  // Adds a symbol and the occurrence of its declaration.
  void add(SymbolKind kind, const std::string& name, SourceRange name_range, SourceRange declaration_range, int at,
           int owner = -1) {
    if (at < 0) return;
    int id = static_cast<int>(index.symbols.size());
    index.symbols.push_back(Symbol{kind, name, name_range, declaration_range, at, owner});
    by_key[{kind, owner, at}] = id;
    index.occurrences.push_back(Occurrence{name_range, id, true});
  }
  // Records a use of the symbol (kind, owner, at) at `range`, if that symbol was declared.
  void use(SourceRange range, SymbolKind kind, int at, int owner = -1) {
    auto found = by_key.find({kind, owner, at});
    if (found != by_key.end()) index.occurrences.push_back(Occurrence{range, found->second, false});
  }
  // Records a local name (declared or used) with its type.
  void local(const std::string& name, SourceRange range, const Type& type) { index.locals.push_back(LocalUse{name, range, type}); }

  // The index of the table entry called `name` (by its `name` member), or -1.
  template <typename Table>
  static int position_of(const Table& table, const std::string& name) {
    for (std::size_t i = 0; i < table.size(); ++i) {
      if (table[i].name == name) return static_cast<int>(i);
    }
    return -1;
  }
  // The type of expression `e` as the checker found it (an error type when out of the table's reach).
  Type type_of(const ast::Expr& e) const {
    return e.id >= 0 && e.id < static_cast<int>(model.expr_types.size()) ? model.expr_types[e.id] : Type{};
  }
  // The element type of a list expression's type (an error type for anything else).
  Type element_of(const ast::Expr& list) const {
    Type type = type_of(list).unwrapped();
    return type.is(TypeKind::List) && type.element ? *type.element : Type{};
  }

  // ---- declarations ----
  void declare(const ast::MembersDecl& n, const ast::Decl&) {
    for (const ast::MemberEntry& entry : n.members) {
      add(SymbolKind::Member, entry.name.name, entry.name.range, entry.name.range,
          model.tables.find_member(entry.name.name).value_or(-1));
    }
  }
  void declare(const ast::AccountDecl& n, const ast::Decl& decl) {
    add(SymbolKind::Account, n.id.name, n.id.range, decl.range, model.tables.find_account(n.id.name).value_or(-1));
  }
  void declare(const ast::RoundingDecl&, const ast::Decl&) {}
  void declare(const ast::EnumDecl& n, const ast::Decl& decl) {
    int at = position_of(model.tables.enums, n.name.name);
    add(SymbolKind::Enum, n.name.name, n.name.range, decl.range, at);
    for (std::size_t i = 0; i < n.variants.size() && at >= 0; ++i) {
      add(SymbolKind::Variant, n.variants[i].name, n.variants[i].range, n.variants[i].range, static_cast<int>(i), at);
    }
  }
  void declare(const ast::RecordDecl& n, const ast::Decl& decl) {
    int at = position_of(model.tables.records, n.name.name);
    add(SymbolKind::Record, n.name.name, n.name.range, decl.range, at);
    if (at < 0) return;
    for (const ast::FieldDecl& field : n.fields) {
      int field_at = model.tables.records[at].field_index(field.name.name).value_or(-1);
      add(SymbolKind::Field, field.name.name, field.name.range, SourceRange{field.name.range.begin, field.type.range.end},
          field_at, at);
    }
  }
  void declare(const ast::InputDecl& n, const ast::Decl& decl) {
    add(SymbolKind::Input, n.name.name, n.name.range, decl.range, position_of(model.tables.inputs, n.name.name));
  }
  void declare(const ast::ParameterDecl& n, const ast::Decl& decl) {
    add(SymbolKind::Parameter, n.name.name, n.name.range, decl.range, model.find_parameter(n.name.name));
  }
  void declare(const ast::DefineDecl& n, const ast::Decl& decl) {
    add(SymbolKind::Definition, n.name.name, n.name.range, decl.range, position_of(model.definitions, n.name.name));
  }
  void declare(const ast::RuleDecl& n, const ast::Decl& decl) {
    for (std::size_t i = 0; i < model.rules.size(); ++i) {
      if (model.rules[i].decl == &n) add(SymbolKind::Rule, n.id.name, n.id.range, decl.range, static_cast<int>(i));
    }
  }
  void declare(const ast::ScenarioDecl& n, const ast::Decl& decl) {
    for (std::size_t i = 0; i < model.scenarios.size(); ++i) {
      if (model.scenarios[i].decl == &n) add(SymbolKind::Scenario, n.name.name, n.name.range, decl.range, static_cast<int>(i));
    }
  }

  // ---- uses in declarations ----
  void uses(const ast::MembersDecl&) {}
  void uses(const ast::AccountDecl& n) { maybe(n.opening); }
  void uses(const ast::RoundingDecl&) {}
  void uses(const ast::EnumDecl&) {}
  void uses(const ast::RecordDecl& n) {
    for (const ast::FieldDecl& field : n.fields) type(field.type);
    for (const ast::Require& check : n.checks) expr(*check.condition);
  }
  void uses(const ast::InputDecl& n) {
    type(n.type);
    int at = position_of(model.tables.inputs, n.name.name);
    if (at < 0) return;
    const InputInfo& input = model.tables.inputs[at];
    Type element = input.type.unwrapped();
    if (element.is(TypeKind::List) && element.element) element = element.element->unwrapped();
    if (!element.is(TypeKind::Record)) return;
    for (std::size_t i = 0; i < n.key.size() && i < input.key_fields.size(); ++i) {
      use(n.key[i].range, SymbolKind::Field, input.key_fields[i], element.decl);
    }
  }
  void uses(const ast::ParameterDecl& n) {
    type(n.type);
    for (const ast::DatedValue& value : n.values) expr(*value.value);
  }
  void uses(const ast::DefineDecl& n) {
    int at = position_of(model.definitions, n.name.name);
    for (std::size_t i = 0; i < n.arguments.size(); ++i) {
      type(n.arguments[i].type);
      Type argument_type;
      if (at >= 0 && i < model.definitions[at].argument_types.size()) argument_type = model.definitions[at].argument_types[i];
      local(n.arguments[i].name.name, n.arguments[i].name.range, argument_type);
    }
    if (n.result_type) type(*n.result_type);
    expr(*n.body);
  }
  void uses(const ast::RuleDecl& n) {
    maybe(n.when);
    maybe(n.due);
    block(n.body);
  }
  void uses(const ast::ScenarioDecl& n) {
    const ScenarioInfo* info = nullptr;
    for (const ScenarioInfo& scenario : model.scenarios) {
      if (scenario.decl == &n) info = &scenario;
    }
    for (std::size_t i = 0; i < n.settings.size(); ++i) {
      if (info && i < info->parameters.size()) use(n.settings[i].parameter.range, SymbolKind::Parameter, info->parameters[i]);
      expr(*n.settings[i].value);
    }
    for (std::size_t i = 0; i < n.data_changes.size(); ++i) {
      const ast::DataChange& change = n.data_changes[i];
      const DataChangeInfo* changed = info && i < info->data_changes.size() ? &info->data_changes[i] : nullptr;
      if (changed) use(change.input.range, SymbolKind::Input, changed->input);
      maybe(change.filter);
      for (std::size_t k = 0; k < change.assignments.size(); ++k) {
        if (changed && k < changed->fields.size()) {
          use(change.assignments[k].field.range, SymbolKind::Field, changed->fields[k], changed->record);
        }
        expr(*change.assignments[k].value);
      }
    }
  }

  // A type as written: the record or enum it names.
  void type(const ast::TypeExpr& t) {
    if (t.element) {
      type(*t.element);
      return;
    }
    SourceRange name{t.range.begin, t.range.begin + static_cast<std::uint32_t>(t.name.size())};
    if (int record = position_of(model.tables.records, t.name); record >= 0) use(name, SymbolKind::Record, record);
    if (int enumeration = position_of(model.tables.enums, t.name); enumeration >= 0) use(name, SymbolKind::Enum, enumeration);
  }

  // ---- expressions ----
  // Visits an optional expression.
  void maybe(const ast::ExprPtr& e) {
    if (e) expr(*e);
  }
  // Records the names in an expression and its subexpressions.
  void expr(const ast::Expr& e) {
    std::visit([this, &e](const auto& node) { visit(node, e); }, e.node);
  }
  // The resolution of expression `e`, or an unresolved one when out of the table's reach.
  Resolution resolution_of(const ast::Expr& e) const {
    return e.id >= 0 && e.id < static_cast<int>(model.resolutions.size()) ? model.resolutions[e.id] : Resolution{};
  }
  void visit(const ast::Literal&, const ast::Expr&) {}
  void visit(const ast::Name& n, const ast::Expr& e) {
    Resolution r = resolution_of(e);
    switch (r.kind) {
      case Resolution::Kind::Local: local(n.name, e.range, type_of(e)); break;
      case Resolution::Kind::Parameter: use(e.range, SymbolKind::Parameter, r.index); break;
      case Resolution::Kind::Definition: use(e.range, SymbolKind::Definition, r.index); break;
      case Resolution::Kind::Input: use(e.range, SymbolKind::Input, r.index); break;
      case Resolution::Kind::Account:
        use(e.range, r.index < model.tables.member_count ? SymbolKind::Member : SymbolKind::Account, r.index);
        break;
      case Resolution::Kind::EnumVariant: use(e.range, SymbolKind::Variant, r.variant, r.index); break;
      case Resolution::Kind::Unresolved:
      case Resolution::Kind::RoundingMode:
      case Resolution::Kind::Year:
      case Resolution::Kind::Members:
      case Resolution::Kind::Builtin: break;
    }
  }
  void visit(const ast::Field& n, const ast::Expr& e) {
    expr(*n.object);
    int field = e.id >= 0 && e.id < static_cast<int>(model.field_indices.size()) ? model.field_indices[e.id] : -1;
    Type object = type_of(*n.object).unwrapped();
    if (field >= 0 && object.is(TypeKind::Record)) use(n.field_range, SymbolKind::Field, field, object.decl);
  }
  void visit(const ast::Call& n, const ast::Expr& e) {
    if (Resolution r = resolution_of(e); r.kind == Resolution::Kind::Definition) {
      use(n.callee_range, SymbolKind::Definition, r.index);
    }
    for (const auto& argument : n.arguments) expr(*argument);
  }
  void visit(const ast::Unary& n, const ast::Expr&) { expr(*n.operand); }
  void visit(const ast::Binary& n, const ast::Expr&) {
    expr(*n.left);
    expr(*n.right);
  }
  void visit(const ast::Conditional& n, const ast::Expr&) {
    expr(*n.condition);
    expr(*n.then_branch);
    expr(*n.else_branch);
  }
  void visit(const ast::Exists& n, const ast::Expr&) { expr(*n.operand); }
  void visit(const ast::Comprehension& n, const ast::Expr&) {
    local(n.variable, n.variable_range, element_of(*n.list));
    expr(*n.list);
    maybe(n.filter);
    expr(*n.element);
  }

  // ---- statements ----
  // Records the names in each statement of a block.
  void block(const ast::Block& statements) {
    for (const auto& s : statements) std::visit([this](const auto& node) { statement(node); }, s->node);
  }
  void statement(const ast::ForEach& n) {
    local(n.variable, n.variable_range, element_of(*n.collection));
    expr(*n.collection);
    maybe(n.filter);
    block(n.body);
  }
  void statement(const ast::If& n) {
    expr(*n.condition);
    block(n.then_block);
    block(n.else_block);
  }
  void statement(const ast::Let& n) {
    local(n.name, n.name_range, type_of(*n.value));
    expr(*n.value);
  }
  void statement(const ast::Pay& n) {
    expr(*n.from);
    expr(*n.amount);
    expr(*n.to);
  }
  void statement(const ast::Distribute& n) {
    expr(*n.amount);
    local(n.variable, n.variable_range, element_of(*n.list));
    expr(*n.list);
    maybe(n.filter);
    expr(*n.weight);
    maybe(n.cap);
    if (n.columns) {
      local(n.columns->variable, n.columns->variable_range, element_of(*n.columns->list));
      expr(*n.columns->list);
      maybe(n.columns->filter);
      expr(*n.columns->weight);
      maybe(n.columns->cap);
    }
    local(n.part_name, n.part_range, Type::of(TypeKind::Money));
    block(n.body);
    if (!n.rest_name.empty()) local(n.rest_name, n.rest_range, Type::of(TypeKind::Money));
    block(n.remainder);
  }
  void statement(const ast::Note& n) {
    expr(*n.amount);
    expr(*n.account);
  }
  void statement(const ast::Require& n) { expr(*n.condition); }
  void statement(const ast::Report& n) {
    expr(*n.value);
    maybe(n.subject);
  }
};

// Whether `offset` lies in `range`, its end included.
bool holds(SourceRange range, std::uint32_t offset) { return range.begin <= offset && offset <= range.end; }

}  // namespace

SymbolIndex build_symbol_index(const CheckedModel& model) {
  IndexBuilder builder{model, {}, {}};
  for (const ast::Decl& decl : model.file->decls) {
    std::visit([&builder, &decl](const auto& node) { builder.declare(node, decl); }, decl.node);
  }
  for (const ast::Decl& decl : model.file->decls) {
    std::visit([&builder](const auto& node) { builder.uses(node); }, decl.node);
  }
  auto by_position = [](const auto& a, const auto& b) { return a.range.begin < b.range.begin; };
  std::stable_sort(builder.index.occurrences.begin(), builder.index.occurrences.end(), by_position);
  std::stable_sort(builder.index.locals.begin(), builder.index.locals.end(), by_position);
  return std::move(builder.index);
}

const Occurrence* SymbolIndex::occurrence_at(std::uint32_t offset) const {
  const Occurrence* touching = nullptr;  // one that ends at `offset`: the cursor stands just after it
  for (const Occurrence& occurrence : occurrences) {
    if (occurrence.range.begin <= offset && offset < occurrence.range.end) return &occurrence;
    if (occurrence.range.end == offset && !touching) touching = &occurrence;
  }
  return touching;
}

const LocalUse* SymbolIndex::local_at(std::uint32_t offset) const {
  for (const LocalUse& use : locals) {
    if (holds(use.range, offset)) return &use;
  }
  return nullptr;
}

std::vector<Occurrence> SymbolIndex::occurrences_of(int symbol) const {
  std::vector<Occurrence> found;
  for (const Occurrence& occurrence : occurrences) {
    if (occurrence.symbol == symbol) found.push_back(occurrence);
  }
  std::stable_partition(found.begin(), found.end(), [](const Occurrence& o) { return o.declaration; });
  return found;
}

std::vector<int> SymbolIndex::named(const std::string& name) const {
  std::vector<int> found;
  for (std::size_t i = 0; i < symbols.size(); ++i) {
    if (symbols[i].name == name) found.push_back(static_cast<int>(i));
  }
  return found;
}

}  // namespace rw::lsp

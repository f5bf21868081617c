// Typing of expressions, and pass 3: parameters and definitions in dependency order, with cycles.
#include <fmt/format.h>

#include "lang/checker_state.h"
#include "lang/overloaded.h"
#include "lang/parser.h"
#include "messages/say.h"

namespace rw::checker {

namespace {

using Kind = TypeKind;

Type check_definition(State& state, int index, SourceRange use);

// How a member or account is written in a rule: its name, or member "<name>" when that is no bare name.
std::string spelling(const std::string& account) {
  return is_plain_name(account) ? account : say("member \"{}\"", account);
}

// Where text in quotes is written for a member or an account: how to name it instead, e.g. `; write
// member "Het Lid" to name the member`. Empty when `expr` is no text in quotes; when it names
// no account (not even nearly), a general hint if `always`, else empty.
std::string account_hint(const State& state, const ast::Expr& expr, bool always) {
  const auto* literal = std::get_if<ast::Literal>(&expr.node);
  if (!literal || literal->kind != ast::LiteralKind::Text) return "";
  const ModelTables& tables = state.model.tables;
  std::vector<std::string> names;
  for (const AccountInfo& account : tables.accounts) names.push_back(account.id);
  std::string name = tables.find_account(literal->text) ? literal->text : closest_name(literal->text, names);
  if (name.empty()) {
    return always ? say("; text in quotes is no member: write a member's name without quotes, or as member \"<name>\" "
                        "when the name has spaces or a hyphen")
                  : "";
  }
  bool member = tables.find_member(name).has_value();
  if (member) return is_plain_name(name) ? say("; write {} (without quotes) to name the member", spelling(name))
                                         : say("; write {} to name the member", spelling(name));
  return is_plain_name(name) ? say("; write {} (without quotes) to name the account", spelling(name))
                             : say("; write {} to name the account", spelling(name));
}

// "'a' depends on itself: a -> b -> a", with a note at each link of the cycle.
void report_cycle(State& state, const std::string& name, SourceRange use) {
  std::size_t start = 0;
  while (start < state.checking.size() && state.checking[start].first != name) ++start;
  std::string path;
  std::vector<DiagnosticNote> notes;
  for (std::size_t i = start; i < state.checking.size(); ++i) {
    path += state.checking[i].first + " -> ";
    notes.push_back({state.checking[i].second, say("'{}' is defined here", state.checking[i].first)});
  }
  path += name;
  state.error(use, say("'{}' depends on itself: {} (definitions may not refer to themselves, directly or "
                               "through others)", name, path), std::move(notes));
}

// The declared type of parameter `index`, checking its value first if needed.
Type check_parameter(State& state, int index, SourceRange use) {
  ParameterInfo& parameter = state.model.parameters[index];
  Progress& progress = state.parameter_progress[index];
  if (progress == Progress::InProgress) {
    report_cycle(state, parameter.name, use);
    return Type{};
  }
  if (progress == Progress::Unchecked) {
    progress = Progress::InProgress;
    state.checking.emplace_back(parameter.name, parameter.decl->name.range);
    std::optional<int> previous_year;
    for (std::size_t i = 0; i < parameter.decl->values.size(); ++i) {
      const ast::DatedValue& dated = parameter.decl->values[i];
      Scope scope;
      Type value = check_expression(state, *dated.value, scope);
      parameter.frame_size = std::max(parameter.frame_size, static_cast<int>(scope.slot_types.size()));
      expect_type(state, *dated.value, value, parameter.type, say("the value of parameter '{}'", parameter.name));
      if (i > 0 && !dated.from_year) {
        state.error(dated.range, say("a later value of '{}' needs the year it applies from: <value> from <year>", parameter.name));
      } else if (dated.from_year && previous_year && *dated.from_year <= *previous_year) {
        state.error(dated.range, say("the years of '{}' must increase: {} comes after {}", parameter.name,
                                             *dated.from_year, *previous_year));
      }
      if (dated.from_year) previous_year = dated.from_year;
    }
    state.checking.pop_back();
    progress = Progress::Done;
  }
  return parameter.type;
}

Type check_definition(State& state, int index, SourceRange use) {
  DefinitionInfo& definition = state.model.definitions[index];
  Progress& progress = state.definition_progress[index];
  if (progress == Progress::InProgress) {
    report_cycle(state, definition.name, use);
    return Type{};
  }
  if (progress == Progress::Unchecked) {
    progress = Progress::InProgress;
    state.checking.emplace_back(definition.name, definition.decl->name.range);
    Scope scope;
    for (std::size_t i = 0; i < definition.decl->arguments.size(); ++i) {
      scope.declare(definition.decl->arguments[i].name.name, definition.argument_types.at(i));
    }
    Type body = check_expression(state, *definition.decl->body, scope);
    if (definition.decl->result_type) {
      expect_type(state, *definition.decl->body, body, definition.result, say("the body of '{}'", definition.name));
    } else {
      definition.result = body;
    }
    definition.frame_size = static_cast<int>(scope.slot_types.size());
    state.checking.pop_back();
    progress = Progress::Done;
  }
  return definition.result;
}

bool is_number(const Type& t) { return t.is(Kind::Integer) || t.is(Kind::Decimal); }

// The wider of two number types: integer op integer stays integer, anything else is decimal.
Type widen(const Type& a, const Type& b) {
  return a.is(Kind::Integer) && b.is(Kind::Integer) ? Type::of(Kind::Integer) : Type::of(Kind::Decimal);
}

// The result type of an arithmetic operator, or Error with `problem` set.
Type arithmetic_type(ast::BinaryOp op, const Type& a, const Type& b, std::string& problem) {
  using Op = ast::BinaryOp;
  if (op == Op::Add || op == Op::Subtract) {
    if (is_number(a) && is_number(b)) return widen(a, b);
    if (a.is(Kind::Money) && b.is(Kind::Money)) return a;
    if (a.is(Kind::Date) && b.is(Kind::Duration)) return a;
    if (op == Op::Add && a.is(Kind::Duration) && b.is(Kind::Date)) return b;
    if (op == Op::Subtract && a.is(Kind::Date) && b.is(Kind::Date)) return Type::of(Kind::Integer);
    if (a.is(Kind::Duration) && b.is(Kind::Duration)) return a;
    if ((a.is(Kind::Date) || b.is(Kind::Date)) && (is_number(a) || is_number(b))) {
      problem = "; to move a date, add a duration such as '30 days' or '12 months'";
    } else if (a.is(Kind::Money) != b.is(Kind::Money) && (is_number(a) || is_number(b))) {
      problem = "; write the number as an amount (€100) or multiply it by one";
    }
    return Type{};
  }
  if (op == Op::Multiply) {
    if (is_number(a) && is_number(b)) return widen(a, b);
    if (a.is(Kind::Money) && is_number(b)) return a;
    if (is_number(a) && b.is(Kind::Money)) return b;
    if (a.is(Kind::Money) && b.is(Kind::Money)) problem = "; money can only be multiplied by a number, share or rate";
    return Type{};
  }
  // Divide
  if (is_number(a) && is_number(b)) return Type::of(Kind::Decimal);
  if (a.is(Kind::Money) && is_number(b)) return a;
  if (a.is(Kind::Money) && b.is(Kind::Money)) return Type::of(Kind::Decimal);
  return Type{};
}

std::string_view operator_text(ast::BinaryOp op) {
  static const char* texts[] = {"+", "-", "*", "/", "=", "!=", "<", "<=", ">", ">=", "and", "or"};
  return texts[static_cast<int>(op)];
}

std::string_view operator_verb(ast::BinaryOp op) {
  switch (op) {
    case ast::BinaryOp::Add: return tr("add");
    case ast::BinaryOp::Subtract: return tr("subtract");
    case ast::BinaryOp::Multiply: return tr("multiply");
    default: return tr("divide");
  }
}

// Two types that can be compared with = and != (and, if `ordered`, with < <= > >=).
bool comparable(const Type& a, const Type& b, bool ordered) {
  if (a.is_error() || b.is_error()) return true;
  if (is_number(a) && is_number(b)) return true;
  if (a.is(Kind::Money) && b.is(Kind::Money)) return true;
  if (a.is(Kind::Date) && b.is(Kind::Date)) return true;
  if (ordered) return false;
  if (a.is_account() && b.is_account()) return true;
  return a == b && !a.is(Kind::List) && !a.is(Kind::Record);
}

// Whether an expression is the number 0 as written (0, 0.0, €0, 0%, -0).
bool is_literal_zero(const ast::Expr& expr) {
  if (const auto* negation = std::get_if<ast::Unary>(&expr.node)) return is_literal_zero(*negation->operand);
  const auto* literal = std::get_if<ast::Literal>(&expr.node);
  return literal && literal->number.is_zero() &&
         (literal->kind == ast::LiteralKind::Integer || literal->kind == ast::LiteralKind::Decimal ||
          literal->kind == ast::LiteralKind::Money || literal->kind == ast::LiteralKind::Percent);
}

Type check_binary(State& state, const ast::Expr& expr, const ast::Binary& binary, Scope& scope) {
  using Op = ast::BinaryOp;
  Type left = check_expression(state, *binary.left, scope).unwrapped();
  Type right = check_expression(state, *binary.right, scope).unwrapped();
  if (left.is_error() || right.is_error()) return Type{};
  if (binary.op == Op::And || binary.op == Op::Or) {
    expect_type(state, *binary.left, left, Type::of(Kind::Bool), say("the left side of '{}'", operator_text(binary.op)));
    expect_type(state, *binary.right, right, Type::of(Kind::Bool), say("the right side of '{}'", operator_text(binary.op)));
    return Type::of(Kind::Bool);
  }
  if (binary.op >= Op::Equal) {
    bool ordered = binary.op != Op::Equal && binary.op != Op::NotEqual;
    if (!comparable(left, right, ordered)) {
      std::string hint = left.is_account() ? account_hint(state, *binary.right, true)
                         : right.is_account() ? account_hint(state, *binary.left, true) : "";
      state.error(expr.range, say("cannot compare {} with {} using '{}'{}", state.name_of(left),
                                          state.name_of(right), operator_text(binary.op), hint));
    }
    return Type::of(Kind::Bool);
  }
  std::string problem;
  Type result = arithmetic_type(binary.op, left, right, problem);
  if (result.is_error()) {
    state.error(expr.range, say("cannot {} {} and {}{}", operator_verb(binary.op), state.name_of(left),
                                        state.name_of(right), problem));
  }
  if (!result.is_error() && binary.op == Op::Divide && is_literal_zero(*binary.right)) {
    state.error(binary.right->range, say("division by zero: this divisor is always 0"));
  }
  if (binary.day_overflow != DayOverflow::Error && !result.is(Kind::Date)) {
    state.error(expr.range, say("'rounding up' and 'rounding down' only apply to adding a duration to a date"));
  }
  return result;
}

Type check_field(State& state, const ast::Expr& expr, const ast::Field& field, Scope& scope) {
  Type object = check_expression(state, *field.object, scope).unwrapped();
  if (object.is_error()) return Type{};
  if (object.is(Kind::Record)) {
    const RecordInfo& record = state.model.tables.records.at(object.decl);
    if (auto index = record.field_index(field.field)) {
      state.model.field_indices[expr.id] = *index;
      return record.fields[*index].type;
    }
    std::vector<std::string> names;
    for (const FieldInfo& f : record.fields) names.push_back(f.name);
    std::string hint = closest_name(field.field, names);
    state.error(field.field_range, say("record {} has no field '{}'{}", record.name, field.field,
                                               hint.empty() ? "" : say("; did you mean '{}'?", hint)));
    return Type{};
  }
  // The parts of a date (year, month, day) and of a period (start, end), in the file's spelling.
  for (std::size_t part = 0; part < words::date_parts.size(); ++part) {
    if (field.field != spelled(words::date_parts[part], state.language())) continue;
    bool of_date = part < 3;
    if (object.is(of_date ? Kind::Date : Kind::Period)) {
      state.model.date_parts[expr.id] = static_cast<std::int8_t>(part);
      if (of_date) return Type::of(Kind::Integer);
      return part == 3 ? Type::of(Kind::Date) : Type::optional(Type::of(Kind::Date));
    }
  }
  state.error(field.field_range, say("a {} has no field '{}'", state.name_of(object), field.field));
  return Type{};
}

// All names a misspelling could have meant here.
std::vector<std::string> visible_names(const State& state, const Scope& scope) {
  std::vector<std::string> names;
  for (const auto& [name, slot] : scope.names) names.push_back(name);
  for (const auto& [name, global] : state.globals) names.push_back(name);
  names.emplace_back(spelled(words::members, state.language()));
  if (scope.in_rule) names.emplace_back(spelled(words::year, state.language()));
  return names;
}

// `member "<name>"`: one of the declared members, by its declared name.
Type check_member_reference(State& state, const ast::Expr& expr, const ast::Name& name) {
  const ModelTables& tables = state.model.tables;
  if (auto member = tables.find_member(name.name)) {
    state.model.resolutions[expr.id] = {Resolution::Kind::Account, *member, 0};
    return Type::of(Kind::Member);
  }
  if (tables.find_account(name.name)) {
    state.error(expr.range, say("'{}' is an account, not a member: write {} (without 'member' and quotes)",
                                        name.name, name.name));
    return Type{};
  }
  std::vector<std::string> members;
  for (int i = 0; i < tables.member_count; ++i) members.push_back(tables.accounts[i].id);
  std::string hint = closest_name(name.name, members);
  state.error(expr.range, say("the model has no member \"{}\"{}", name.name,
                                      hint.empty() ? "" : say("; did you mean member \"{}\"?", hint)));
  return Type{};
}

Type check_name(State& state, const ast::Expr& expr, const ast::Name& name, Scope& scope) {
  if (name.member_reference) return check_member_reference(state, expr, name);
  Resolution& resolution = state.model.resolutions[expr.id];
  if (int slot = scope.find(name.name); slot >= 0) {
    resolution = {Resolution::Kind::Local, slot, 0};
    return scope.slot_types[slot];
  }
  if (auto it = state.globals.find(name.name); it != state.globals.end()) {
    resolution = it->second.resolution;
    const ModelTables& tables = state.model.tables;
    switch (resolution.kind) {
      case Resolution::Kind::Parameter: return check_parameter(state, resolution.index, expr.range);
      case Resolution::Kind::Definition:
        if (state.model.definitions[resolution.index].decl->has_params) {
          state.error(expr.range, say("'{}' is a function: call it with its arguments, {}(...)", name.name, name.name));
          return Type{};
        }
        return check_definition(state, resolution.index, expr.range);
      case Resolution::Kind::Input: return tables.inputs[resolution.index].type;
      case Resolution::Kind::Account:
        return Type::of(resolution.index < tables.member_count ? Kind::Member : Kind::Account);
      case Resolution::Kind::EnumVariant: return Type::enumeration(resolution.index);
      default:
        state.error(expr.range, say("'{}' is a type, not a value", name.name));
        return Type{};
    }
  }
  if (name.name == spelled(words::members, state.language())) {
    resolution = {Resolution::Kind::Members, 0, 0};
    return Type::list(Type::of(Kind::Member));
  }
  if (name.name == spelled(words::year, state.language())) {
    if (!scope.in_rule && scope.in_opening) {
      state.error(expr.range, say("an opening balance is the account's balance before the model's first year, so it cannot "
                              "depend on 'year'; write the amount, or read it from a parameter or an input"));
      return Type{};
    }
    if (!scope.in_rule) {
      state.error(expr.range, say("'year' is only known inside a rule; give the definition a parameter (y: integer) and pass year"));
      return Type{};
    }
    resolution = {Resolution::Kind::Year, 0, 0};
    return Type::of(Kind::Integer);
  }
  if (auto mode = parse_rounding_mode(name.name)) {
    resolution = {Resolution::Kind::RoundingMode, 0, static_cast<int>(*mode)};
    return Type::of(Kind::Rounding);
  }
  std::string hint = closest_name(name.name, visible_names(state, scope));
  if (!hint.empty()) hint = say("; did you mean {}?", is_plain_name(hint) ? "'" + hint + "'" : spelling(hint));
  state.error(expr.range, say("unknown name '{}'{}", name.name, hint));
  return Type{};
}

Type check_call(State& state, const ast::Expr& expr, const ast::Call& call, Scope& scope) {
  std::vector<Type> arguments;
  bool argument_error = false;
  for (const auto& argument : call.arguments) {
    arguments.push_back(check_expression(state, *argument, scope).unwrapped());
    argument_error |= arguments.back().is_error();
  }
  Resolution& resolution = state.model.resolutions[expr.id];
  if (auto it = state.globals.find(call.callee); it != state.globals.end()) {
    if (it->second.resolution.kind != Resolution::Kind::Definition) {
      state.error(call.callee_range, say("'{}' is not a function", call.callee));
      return Type{};
    }
    resolution = it->second.resolution;
    Type result = check_definition(state, resolution.index, call.callee_range);
    const DefinitionInfo& definition = state.model.definitions[resolution.index];
    if (arguments.size() != definition.argument_types.size()) {
      std::size_t expected = definition.argument_types.size();
      state.error(expr.range,
                  expected == 1 ? say("'{}' takes 1 argument, but is called with {}", call.callee, arguments.size())
                                : say("'{}' takes {} arguments, but is called with {}", call.callee, expected, arguments.size()),
                  {{definition.decl->name.range, say("defined here")}});
      return result;
    }
    for (std::size_t i = 0; i < arguments.size(); ++i) {
      expect_type(state, *call.arguments[i], arguments[i], definition.argument_types[i],
                  say("argument {} of '{}' ({})", i + 1, call.callee, definition.decl->arguments[i].name.name));
    }
    return result;
  }
  for (std::size_t i = 0; i < state.builtins.size(); ++i) {
    const BuiltinSignature& builtin = state.builtins[i];
    if (builtin.name != call.callee) continue;
    resolution = {Resolution::Kind::Builtin, static_cast<int>(i), 0};
    if (argument_error) return Type{};
    std::string problem;
    std::optional<Type> result = builtin.type_of(arguments, problem);
    if (!result) {
      std::string hint;
      for (const auto& argument : call.arguments) {
        if (hint.empty()) hint = account_hint(state, *argument, false);
      }
      state.error(expr.range, fmt::format("{}: {}{}", problem, builtin.usage, hint));
      return Type{};
    }
    return *result;
  }
  std::vector<std::string> names;
  for (const DefinitionInfo& d : state.model.definitions) names.push_back(d.name);
  for (const BuiltinSignature& b : state.builtins) names.push_back(b.name);
  std::string hint = closest_name(call.callee, names);
  state.error(call.callee_range, say("unknown function '{}'{}", call.callee,
                                             hint.empty() ? "" : say("; did you mean '{}'?", hint)));
  return Type{};
}

// `<element> for each x in <list> [where <filter>]`: a list of the element's type.
Type check_comprehension(State& state, const ast::Expr& expr, const ast::Comprehension& node, Scope& scope) {
  Type list = check_expression(state, *node.list, scope).unwrapped();
  Type item;
  if (list.is(Kind::List)) {
    item = *list.element;
  } else if (!list.is_error()) {
    state.error(node.list->range, say("'for each' needs a list, but this is {}", state.name_of(list)));
  }
  std::size_t visible = scope.names.size();
  int slot = scope.declare(node.variable, item);
  state.model.resolutions[expr.id] = {Resolution::Kind::Local, slot, 0};
  if (node.filter) {
    Type filter = check_expression(state, *node.filter, scope);
    expect_type(state, *node.filter, filter, Type::of(Kind::Bool), say("the 'where' condition"));
  }
  Type element = check_expression(state, *node.element, scope);
  scope.names.resize(visible);
  return element.is_error() ? Type{} : Type::list(element);
}

Type literal_type(const ast::Literal& literal) {
  switch (literal.kind) {
    case ast::LiteralKind::Integer: return Type::of(Kind::Integer);
    case ast::LiteralKind::Decimal:
    case ast::LiteralKind::Percent: return Type::of(Kind::Decimal);
    case ast::LiteralKind::Money: return Type::of(Kind::Money);
    case ast::LiteralKind::Date: return Type::of(Kind::Date);
    case ast::LiteralKind::Duration: return Type::of(Kind::Duration);
    case ast::LiteralKind::Text: return Type::of(Kind::Text);
    case ast::LiteralKind::Bool: return Type::of(Kind::Bool);
  }
  return Type{};
}

// Both branches of an if-expression as one type: equal, number widening, member to account.
Type unify(const Type& a, const Type& b) {
  if (a.is_error() || b.is_error()) return Type{};
  if (a == b) return a;
  if (is_number(a) && is_number(b)) return widen(a, b);
  if (a.is_account() && b.is_account()) return Type::of(Kind::Account);
  if (assignable(a, b)) return b;
  if (assignable(b, a)) return a;
  return Type{};
}

}  // namespace

void expect_type(State& state, const ast::Expr& expr, const Type& actual, const Type& expected, const std::string& what) {
  if (assignable(actual, expected) || assignable(actual.unwrapped(), expected)) return;
  std::string hint = expected.unwrapped().is_account() ? account_hint(state, expr, true) : "";
  state.error(expr.range, say("{} must be {}, but this is {}{}", what, state.name_of(expected), state.name_of(actual), hint));
}

Type check_expression(State& state, const ast::Expr& expr, Scope& scope) {
  Type type = std::visit(
      [&](const auto& node) -> Type {
        using T = std::decay_t<decltype(node)>;
        if constexpr (std::is_same_v<T, ast::Literal>) {
          return literal_type(node);
        } else if constexpr (std::is_same_v<T, ast::Name>) {
          return check_name(state, expr, node, scope);
        } else if constexpr (std::is_same_v<T, ast::Field>) {
          return check_field(state, expr, node, scope);
        } else if constexpr (std::is_same_v<T, ast::Call>) {
          return check_call(state, expr, node, scope);
        } else if constexpr (std::is_same_v<T, ast::Unary>) {
          Type operand = check_expression(state, *node.operand, scope).unwrapped();
          if (node.op == ast::UnaryOp::Not) {
            expect_type(state, *node.operand, operand, Type::of(Kind::Bool), say("the operand of 'not'"));
            return Type::of(Kind::Bool);
          }
          if (!operand.is_error() && !operand.is_numeric() && !operand.is(Kind::Duration)) {
            state.error(expr.range, say("cannot negate {}", state.name_of(operand)));
            return Type{};
          }
          return operand;
        } else if constexpr (std::is_same_v<T, ast::Binary>) {
          return check_binary(state, expr, node, scope);
        } else if constexpr (std::is_same_v<T, ast::Conditional>) {
          Type condition = check_expression(state, *node.condition, scope);
          expect_type(state, *node.condition, condition, Type::of(Kind::Bool), say("the condition of 'if'"));
          Type a = check_expression(state, *node.then_branch, scope);
          Type b = check_expression(state, *node.else_branch, scope);
          Type result = unify(a, b);
          if (result.is_error() && !a.is_error() && !b.is_error()) {
            state.error(expr.range, say("the branches of 'if' have different types: {} and {}",
                                                state.name_of(a), state.name_of(b)));
          }
          return result;
        } else if constexpr (std::is_same_v<T, ast::Comprehension>) {
          return check_comprehension(state, expr, node, scope);
        } else if constexpr (std::is_same_v<T, ast::Exists>) {
          Type operand = check_expression(state, *node.operand, scope);
          if (!operand.is_error() && !operand.is(Kind::Optional)) {
            state.error(expr.range, say("'exists' applies to optional values (declared with '?'), but this is "
                                                "always a {}", state.name_of(operand)));
          }
          return Type::of(Kind::Bool);
        } else {
          static_assert(unhandled_kind<T>, "check_expression: an expression kind without a branch");
        }
      },
      expr.node);
  return state.set_type(expr, std::move(type));
}

void check_definitions(State& state) {
  for (std::size_t i = 0; i < state.model.parameters.size(); ++i) {
    check_parameter(state, static_cast<int>(i), state.model.parameters[i].decl->name.range);
  }
  for (std::size_t i = 0; i < state.model.definitions.size(); ++i) {
    check_definition(state, static_cast<int>(i), state.model.definitions[i].decl->name.range);
  }
}

}  // namespace rw::checker

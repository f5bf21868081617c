#include "runtime/eval/overrides.h"

#include <fmt/format.h>

#include "lang/diagnostics.h"
#include "lang/value_text.h"

namespace rw {

namespace {

// Replaces the value with the same from-year, or adds it; a value for every year replaces the series.
void add_value(ParameterOverride& override_, OverrideValue value) {
  if (!value.from_year) {
    override_.replaces_series = true;
    override_.values.clear();
  }
  for (OverrideValue& existing : override_.values) {
    if (existing.from_year == value.from_year) {
      existing = std::move(value);
      return;
    }
  }
  override_.values.push_back(std::move(value));
}

// What a value of this type looks like on the command line.
std::string expected_for(const Type& type, const ModelTables& tables) {
  switch (type.unwrapped().kind) {
    case TypeKind::Money: return "an amount such as 7000 or €7000.00";
    case TypeKind::Decimal: return "a number such as 0.025 or 2.5%";
    case TypeKind::Integer: return "a whole number";
    case TypeKind::Date: return "a date such as 2027-01-01";
    case TypeKind::Duration: return "a duration such as 12 months";
    case TypeKind::Bool: return "true or false";
    case TypeKind::Text: return "text";
    default: return "a value of type " + type_name(type, tables);
  }
}

// Converts a literal or name to a value of `type`, or explains what was expected.
std::variant<Value, std::string> typed_value(const CheckedModel& model, const ValueText& text, const Type& type) {
  const Type& t = type.unwrapped();
  const ModelTables& tables = model.tables;
  std::string expected = expected_for(type, tables);
  if (auto* name = std::get_if<std::string>(&text.value)) {
    if (t.is_account()) {
      std::vector<std::string> names;
      int count = t.is(TypeKind::Member) ? tables.member_count : static_cast<int>(tables.accounts.size());
      for (int i = 0; i < count; ++i) names.push_back(tables.accounts[i].id);
      for (int i = 0; i < count; ++i) {
        if (names[i] == *name) return AccountRef{i};
      }
      std::string hint = closest_name(*name, names);
      return fmt::format("'{}' is not {}{}", *name, t.is(TypeKind::Member) ? "a member" : "an account",
                         hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint));
    }
    if (t.is(TypeKind::Enum)) {
      const EnumDecl& decl = tables.enums.at(t.decl);
      for (std::size_t i = 0; i < decl.variants.size(); ++i) {
        if (decl.variants[i] == *name) return EnumValue{t.decl, static_cast<int>(i)};
      }
      std::string allowed;
      for (const std::string& v : decl.variants) allowed += (allowed.empty() ? "" : ", ") + v;
      return fmt::format("'{}' is not a {}: use one of {}", *name, decl.name, allowed);
    }
    if (t.is(TypeKind::Text)) return *name;
    return fmt::format("expected {}, not '{}'", expected, *name);
  }
  const ast::Literal& literal = std::get<ast::Literal>(text.value);
  using K = ast::LiteralKind;
  bool number = literal.kind == K::Integer || literal.kind == K::Decimal;
  switch (t.kind) {
    case TypeKind::Money:
      if (literal.kind == K::Money || number) {
        if (!(literal.number * Rational(100)).is_integer()) return std::string("an amount has at most 2 decimals (cents)");
        return literal.number;
      }
      break;
    case TypeKind::Decimal:
      if (number || literal.kind == K::Percent) return literal.number;
      break;
    case TypeKind::Integer:
      if (literal.kind == K::Integer) return literal.number;
      break;
    case TypeKind::Date:
      if (literal.kind == K::Date) return literal.date;
      break;
    case TypeKind::Duration:
      if (literal.kind == K::Duration) return literal.duration;
      break;
    case TypeKind::Bool:
      if (literal.kind == K::Bool) return literal.boolean;
      break;
    case TypeKind::Text:
      if (literal.kind == K::Text) return literal.text;
      break;
    default: break;
  }
  return "expected " + expected;
}

// The index of a parameter, or a message with a suggestion.
std::variant<int, std::string> find_parameter(const CheckedModel& model, const std::string& name) {
  int index = model.find_parameter(name);
  if (index >= 0) return index;
  std::vector<std::string> names;
  for (const ParameterInfo& p : model.parameters) names.push_back(p.name);
  std::string hint = closest_name(name, names);
  return fmt::format("the model has no parameter '{}'{}", name, hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint));
}

}  // namespace

std::string add_setting(const CheckedModel& model, const std::string& setting, Overrides& overrides) {
  std::size_t equals = setting.find('=');
  if (equals == std::string::npos) return fmt::format("--set {}: expected NAME=VALUE (or NAME@YEAR=VALUE)", setting);
  std::string name = setting.substr(0, equals);
  std::optional<int> from_year;
  if (std::size_t at = name.find('@'); at != std::string::npos) {
    std::string year = name.substr(at + 1);
    name = name.substr(0, at);
    if (year.size() != 4 || year.find_first_not_of("0123456789") != std::string::npos) {
      return fmt::format("--set {}: expected a four-digit year after '@'", setting);
    }
    from_year = std::stoi(year);
  }
  auto index = find_parameter(model, name);
  if (auto* problem = std::get_if<std::string>(&index)) return fmt::format("--set {}: {}", setting, *problem);
  auto text = parse_value_text(setting.substr(equals + 1));
  if (auto* problem = std::get_if<std::string>(&text)) return fmt::format("--set {}: {}", setting, *problem);
  int parameter = std::get<int>(index);
  auto value = typed_value(model, std::get<ValueText>(text), model.parameters[parameter].type);
  if (auto* problem = std::get_if<std::string>(&value)) {
    return fmt::format("--set {}: parameter '{}' is {}: {}", setting, name,
                       type_name(model.parameters[parameter].type, model.tables), *problem);
  }
  add_value(overrides.parameters[parameter], {from_year, std::get<Value>(value), "--set " + setting, 0});
  overrides.computed_under.settings.push_back(setting);
  return "";
}

std::string add_scenario(const CheckedModel& model, const std::string& name, Overrides& overrides) {
  for (const ScenarioInfo& scenario : model.scenarios) {
    if (scenario.name != name) continue;
    for (std::size_t i = 0; i < scenario.decl->settings.size(); ++i) {
      const ast::Setting& setting = scenario.decl->settings[i];
      add_value(overrides.parameters[scenario.parameters[i]],
                {setting.from_year, setting.value.get(), "scenario " + name, scenario.frame_sizes[i]});
    }
    overrides.computed_under.scenario = name;
    return "";
  }
  std::vector<std::string> names;
  for (const ScenarioInfo& scenario : model.scenarios) names.push_back(scenario.name);
  std::string hint = closest_name(name, names);
  std::string known;
  for (const std::string& n : names) known += (known.empty() ? "" : ", ") + n;
  return fmt::format("--scenario {}: the model has no such scenario{}{}", name,
                     hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint),
                     names.empty() ? " (it declares none)" : hint.empty() ? fmt::format(" (it has: {})", known) : "");
}

}  // namespace rw

#include "runtime/eval/overrides.h"

#include <fmt/format.h>

#include "lang/diagnostics.h"
#include "lang/literal_spelling.h"
#include "lang/literal_text.h"
#include "messages/say.h"

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

// The value of a reader's result, or its message.
template <class T>
std::variant<Value, std::string> checked_value(Checked<T> checked) {
  if (!checked.value) return std::move(checked.error);
  return Value(std::move(*checked.value));
}

// `text` without the double quotes around it, if it has them ("two words" -> two words).
std::string unquoted(const std::string& text) {
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') return text.substr(1, text.size() - 2);
  return text;
}

// A value for a model written in Dutch is written as in its rule file (7.000, 0,5, 01-01-2026, 12 maanden,
// waar): `text` in the English spelling the literal reader reads, or why it cannot be read so.
Checked<std::string> in_english_spelling(const CheckedModel& model, const std::string& text, TypeKind kind) {
  if (model.file->language == Language::English) return Checked<std::string>::ok(text);
  switch (kind) {
    case TypeKind::Money:
    case TypeKind::Decimal:
    case TypeKind::Integer: return number_spelled(text, Language::Dutch, Language::English);
    case TypeKind::Date: return date_spelled(text, Language::Dutch, Language::English);
    case TypeKind::Duration: return duration_spelled(text, Language::Dutch, Language::English);
    case TypeKind::Bool:
      if (text == "waar" || text == "onwaar") return Checked<std::string>::ok(text == "waar" ? "true" : "false");
      return Checked<std::string>::fail(say("expected waar or onwaar, not '{}'", excerpt(text)));
    case TypeKind::Error:
    case TypeKind::Period:
    case TypeKind::Text:
    case TypeKind::Member:
    case TypeKind::Account:
    case TypeKind::Rounding:
    case TypeKind::Record:
    case TypeKind::Enum:
    case TypeKind::List:
    case TypeKind::Optional: break;  // names and text are the same in either spelling; the rest is refused below
  }
  return Checked<std::string>::ok(text);
}

// Reads `text` as a value of `type` with the literal reader (a plain number is accepted for money:
// 7000 means €7000), or a name of the model; otherwise explains what was expected.
std::variant<Value, std::string> typed_value(const CheckedModel& model, const std::string& given, const Type& type) {
  const Type& t = type.unwrapped();
  const ModelTables& tables = model.tables;
  Checked<std::string> spelled = in_english_spelling(model, given, t.kind);
  if (!spelled.value) return spelled.error;
  const std::string& text = *spelled.value;
  switch (t.kind) {
    case TypeKind::Money: return checked_value(read_amount(text));
    case TypeKind::Decimal: return checked_value(read_number(text));
    case TypeKind::Integer: return checked_value(read_whole_number(text));
    case TypeKind::Date: return checked_value(read_date(text));
    case TypeKind::Duration: return checked_value(read_duration(text));
    case TypeKind::Bool:
      if (text == "true" || text == "false") return Value(text == "true");
      return say("expected true or false, not '{}'", excerpt(text));
    case TypeKind::Text: return unquoted(text);
    case TypeKind::Member:
    case TypeKind::Account: {
      std::string name = unquoted(text);
      std::vector<std::string> names;
      int count = t.is(TypeKind::Member) ? tables.member_count : static_cast<int>(tables.accounts.size());
      for (int i = 0; i < count; ++i) names.push_back(tables.accounts[i].id);
      for (int i = 0; i < count; ++i) {
        if (names[i] == name) return AccountRef{i};
      }
      std::string hint = closest_name(name, names);
      if (t.is(TypeKind::Member)) {
        return hint.empty() ? say("'{}' is not a member", excerpt(name))
                            : say("'{}' is not a member; did you mean '{}'?", excerpt(name), hint);
      }
      return hint.empty() ? say("'{}' is not an account", excerpt(name))
                          : say("'{}' is not an account; did you mean '{}'?", excerpt(name), hint);
    }
    case TypeKind::Enum: {
      const EnumInfo& decl = tables.enums.at(t.decl);
      for (std::size_t i = 0; i < decl.variants.size(); ++i) {
        if (decl.variants[i] == text) return EnumValue{t.decl, static_cast<int>(i)};
      }
      std::string allowed;
      for (const std::string& v : decl.variants) allowed += (allowed.empty() ? "" : ", ") + v;
      return say("'{}' is not a {}: use one of {}", excerpt(text), decl.name, allowed);
    }
    default: return say("a value of type {} cannot be given as text; use a scenario", type_name(type, tables));
  }
}

// The index of a parameter, or a message with a suggestion.
std::variant<int, std::string> find_parameter(const CheckedModel& model, const std::string& name) {
  int index = model.find_parameter(name);
  if (index >= 0) return index;
  std::vector<std::string> names;
  for (const ParameterInfo& p : model.parameters) names.push_back(p.name);
  std::string hint = closest_name(name, names);
  return hint.empty() ? say("the model has no parameter '{}'", name)
                      : say("the model has no parameter '{}'; did you mean '{}'?", name, hint);
}

}  // namespace

std::string add_setting(const CheckedModel& model, const std::string& setting, Overrides& overrides) {
  std::size_t equals = setting.find('=');
  if (equals == std::string::npos) return say("--set {}: expected NAME=VALUE (or NAME@YEAR=VALUE)", setting);
  std::string name = setting.substr(0, equals);
  std::optional<int> from_year;
  if (std::size_t at = name.find('@'); at != std::string::npos) {
    std::string year = name.substr(at + 1);
    name = name.substr(0, at);
    if (year.size() != 4 || year.find_first_not_of("0123456789") != std::string::npos) {
      return say("--set {}: expected a four-digit year after '@'", setting);
    }
    from_year = std::stoi(year);
  }
  auto index = find_parameter(model, name);
  if (auto* problem = std::get_if<std::string>(&index)) return fmt::format("--set {}: {}", setting, *problem);
  std::string text = setting.substr(equals + 1);
  text.erase(0, text.find_first_not_of(' '));
  text.erase(text.find_last_not_of(' ') + 1);
  int parameter = std::get<int>(index);
  auto value = typed_value(model, text, model.parameters[parameter].type);
  if (auto* problem = std::get_if<std::string>(&value)) {
    return say("--set {}: parameter '{}' is {}: {}", setting, name, type_name(model.parameters[parameter].type, model.tables),
               *problem);
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
    if (!scenario.data_changes.empty()) overrides.data_scenarios.push_back(&scenario);
    overrides.computed_under.scenario = name;
    return "";
  }
  std::vector<std::string> names;
  for (const ScenarioInfo& scenario : model.scenarios) names.push_back(scenario.name);
  std::string hint = closest_name(name, names);
  std::string known;
  for (const std::string& n : names) known += (known.empty() ? "" : ", ") + n;
  if (!hint.empty()) return say("--scenario {}: the model has no such scenario; did you mean '{}'?", name, hint);
  if (names.empty()) return say("--scenario {}: the model has no such scenario (it declares none)", name);
  return say("--scenario {}: the model has no such scenario (it has: {})", name, known);
}

}  // namespace rw

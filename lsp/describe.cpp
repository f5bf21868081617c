#include "lsp/describe.h"

#include <algorithm>

#include "lang/declaration_comment.h"
#include "messages/say.h"

namespace rw::lsp {

namespace {

// The members' membership years, as " (from 2024)", " (until 2025)", " (2024..2025)" or "".
std::string membership_years(const AccountInfo& account) {
  if (account.member_from && account.member_until) {
    return " (" + std::to_string(*account.member_from) + ".." + std::to_string(*account.member_until) + ")";
  }
  if (account.member_from) return " (from " + std::to_string(*account.member_from) + ")";
  if (account.member_until) return " (until " + std::to_string(*account.member_until) + ")";
  return "";
}

// The years a parameter's `at`th dated value holds within the model's years `first`..`last`: "2025..2027",
// or, when the model has no rules (no years), "from 2025" / "from the start"; "" when it holds in none of them.
std::string years_of_value(const std::vector<ast::DatedValue>& values, std::size_t at, int first, int last) {
  const ast::DatedValue& value = values[at];
  if (first == 0 && last == 0) return value.from_year ? say("from {}", *value.from_year) : say("from the start");
  int begin = value.from_year ? std::max(*value.from_year, first) : first;
  int end = last;
  for (const ast::DatedValue& other : values) {  // the next value to start after this one ends it
    if (other.from_year && (!value.from_year || *other.from_year > *value.from_year)) end = std::min(end, *other.from_year - 1);
  }
  if (begin > end) return "";
  return begin == end ? std::to_string(begin) : std::to_string(begin) + ".." + std::to_string(end);
}

// A parameter's value in each of the model's years as Markdown lines, then the scenarios of the model that set it.
std::string parameter_values(const Analysis& analysis, const ParameterInfo& parameter, int index) {
  std::string text;
  const SourceFile& source = *analysis.source;
  auto [first, last] = analysis.program->model.year_span();
  const std::vector<ast::DatedValue>& values = parameter.decl->values;
  for (std::size_t i = 0; i < values.size(); ++i) {
    std::string years = years_of_value(values, i, first, last);
    if (!years.empty()) text += "- " + years + ": `" + source.quote(values[i].value->range) + "`\n";
  }
  for (const ScenarioInfo& scenario : analysis.program->model.scenarios) {
    for (std::size_t i = 0; i < scenario.parameters.size() && i < scenario.decl->settings.size(); ++i) {
      if (scenario.parameters[i] != index) continue;
      const ast::Setting& setting = scenario.decl->settings[i];
      std::string value = source.quote(setting.value->range);
      text += "- " +
              (setting.from_year ? say("what-if `{}` (\"{}\") from {}: `{}`", scenario.name, scenario.decl->title, *setting.from_year, value)
                                 : say("what-if `{}` (\"{}\"): `{}`", scenario.name, scenario.decl->title, value)) +
              "\n";
    }
  }
  return text;
}

}  // namespace

std::string signature(const Analysis& analysis, const Symbol& symbol) {
  const CheckedModel& model = analysis.program->model;
  const ModelTables& tables = model.tables;
  switch (symbol.kind) {
    case SymbolKind::Member: return "member " + symbol.name + membership_years(tables.accounts[symbol.index]);
    case SymbolKind::Account: return "account " + symbol.name + " \"" + tables.accounts[symbol.index].name + "\"";
    case SymbolKind::Enum: {
      std::string text = "enum " + symbol.name + " =";
      const EnumInfo& info = tables.enums[symbol.index];
      for (std::size_t i = 0; i < info.variants.size(); ++i) text += (i == 0 ? " " : " | ") + info.variants[i];
      return text;
    }
    case SymbolKind::Variant: return say("{}: a variant of enum {}", symbol.name, tables.enums[symbol.owner].name);
    case SymbolKind::Record: return "record " + symbol.name;
    case SymbolKind::Field: {
      const RecordInfo& record = tables.records[symbol.owner];
      return record.name + "." + symbol.name + ": " + type_name(record.fields[symbol.index].type, tables);
    }
    case SymbolKind::Input: return "input " + symbol.name + ": " + type_name(tables.inputs[symbol.index].type, tables);
    case SymbolKind::Parameter: return "parameter " + symbol.name + ": " + type_name(model.parameters[symbol.index].type, tables);
    case SymbolKind::Definition: {
      const DefinitionInfo& info = model.definitions[symbol.index];
      std::string text = "define " + symbol.name;
      if (info.decl->has_params || !info.decl->arguments.empty()) {
        text += "(";
        for (std::size_t i = 0; i < info.decl->arguments.size(); ++i) {
          if (i > 0) text += ", ";
          text += info.decl->arguments[i].name.name + ": ";
          text += i < info.argument_types.size() ? type_name(info.argument_types[i], tables) : "?";
        }
        text += ")";
      }
      return text + ": " + type_name(info.result, tables);
    }
    case SymbolKind::Rule: {
      const ast::RuleDecl& rule = *model.rules[symbol.index].decl;
      return "rule " + symbol.name + " \"" + rule.title + "\" for " + std::to_string(rule.first_year) + ".." +
             std::to_string(rule.last_year);
    }
    case SymbolKind::Scenario: return "scenario " + symbol.name + " \"" + model.scenarios[symbol.index].decl->title + "\"";
  }
  return symbol.name;
}

std::string hover_text(const Analysis& analysis, const Symbol& symbol) {
  const CheckedModel& model = analysis.program->model;
  std::string text = "```regels\n" + signature(analysis, symbol) + "\n```\n";
  switch (symbol.kind) {
    case SymbolKind::Parameter: text += parameter_values(analysis, model.parameters[symbol.index], symbol.index); break;
    case SymbolKind::Rule: text += say("Article {}: {}", symbol.name, model.rules[symbol.index].decl->title) + "\n"; break;
    case SymbolKind::Member:
    case SymbolKind::Account: {
      const AccountInfo& account = model.tables.accounts[symbol.index];
      text += (symbol.kind == SymbolKind::Member ? say("Member {}: {}", account.id, account.name) : say("Account {}: {}", account.id, account.name)) +
              "\n";
      break;
    }
    case SymbolKind::Record: {
      for (const FieldInfo& field : model.tables.records[symbol.index].fields) {
        text += "- `" + field.name + ": " + type_name(field.type, model.tables) + "`\n";
      }
      break;
    }
    case SymbolKind::Enum:
    case SymbolKind::Variant:
    case SymbolKind::Field:
    case SymbolKind::Input:
    case SymbolKind::Definition:
    case SymbolKind::Scenario: break;
  }
  std::string comment = declaration_comment(*analysis.source, symbol.declaration_range);
  if (!comment.empty()) text += "\n" + comment + "\n";
  return text;
}

}  // namespace rw::lsp

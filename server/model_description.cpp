// GET /api/model: the model as the workbench's screens show it.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lang/declaration_comment.h"
#include "server/workbench.h"

namespace rw {

namespace {

using Json = nlohmann::ordered_json;

// A parameter: its type as written, each declared value with the year it applies from, its comment and place.
Json parameter_json(const SourceFile& source, const ParameterInfo& parameter) {
  const ast::ParameterDecl& decl = *parameter.decl;
  Json values = Json::array();
  for (const ast::DatedValue& value : decl.values) {
    values.push_back({{"from", value.from_year ? Json(*value.from_year) : Json(nullptr)},
                      {"value", std::string(source.slice(value.value->range))},
                      {"source", source.location(value.range)}});
  }
  return {{"name", parameter.name},
          {"type", std::string(source.slice(decl.type.range))},
          {"values", values},
          {"comment", declaration_comment(source, decl.name.range)},
          {"source", source.location(decl.name.range)}};
}

// A scenario: its title, each parameter setting as the source writes it, and its changes to the data.
Json scenario_json(const SourceFile& source, const ScenarioInfo& scenario) {
  const ast::ScenarioDecl& decl = *scenario.decl;
  Json settings = Json::array();
  for (const ast::Setting& setting : decl.settings) {
    settings.push_back({{"parameter", setting.parameter.name},
                        {"from", setting.from_year ? Json(*setting.from_year) : Json(nullptr)},
                        {"value", std::string(source.slice(setting.value->range))}});
  }
  Json data_changes = Json::array();
  for (const ast::DataChange& change : decl.data_changes) data_changes.push_back(std::string(source.slice(change.range)));
  return {{"name", scenario.name}, {"title", decl.title}, {"comment", declaration_comment(source, decl.name.range)},
          {"settings", settings}, {"data_changes", data_changes}, {"source", source.location(decl.name.range)}};
}

}  // namespace

Answer answer_model(const Workbench& workbench) {
  const SourceFile& source = *workbench.program.source;
  const CheckedModel& model = workbench.program.model;
  Json accounts = Json::array();
  for (const AccountInfo& account : model.tables.accounts) {
    accounts.push_back({{"id", account.id}, {"name", account.name},
                        {"kind", account.kind == AccountKind::Member ? "member" : "account"}});
  }
  Json parameters = Json::array();
  for (const ParameterInfo& parameter : model.parameters) parameters.push_back(parameter_json(source, parameter));
  Json scenarios = Json::array();
  for (const ScenarioInfo& scenario : model.scenarios) scenarios.push_back(scenario_json(source, scenario));
  Json rules = Json::array();
  for (const RuleInfo& rule : model.rules) {
    rules.push_back({{"id", rule.decl->id.name}, {"title", rule.decl->title}, {"first_year", rule.decl->first_year},
                     {"last_year", rule.decl->last_year}, {"source", source.location(rule.decl->id.range)}});
  }
  Json inputs = Json::array();
  for (std::size_t i = 0; i < model.tables.inputs.size(); ++i) {
    inputs.push_back({{"name", model.tables.inputs[i].name},
                      {"file", i < workbench.data.input_files.size() ? workbench.data.input_files[i] : ""}});
  }
  Json out = {{"model", model.tables.model_name}, {"rule_file", source.path()}, {"data", workbench.data_path},
              {"years", workbench.years}, {"accounts", accounts}, {"parameters", parameters},
              {"scenarios", scenarios}, {"rules", rules}, {"inputs", inputs}};
  return json_answer(out.dump(2) + "\n");
}

}  // namespace rw

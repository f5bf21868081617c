#include "server/request_fields.h"

#include <fmt/format.h>

#include "messages/say.h"

namespace rw {

std::variant<nlohmann::json, std::string> parse_request_body(const std::string& body) {
  if (body.find_first_not_of(" \t\r\n") == std::string::npos) return nlohmann::json::object();
  nlohmann::json parsed = nlohmann::json::parse(body, nullptr, false);
  if (parsed.is_discarded()) return std::string(tr("the request body is not valid JSON: send an object such as {\"sets\": [\"secondary_fee=7000\"]}"));
  if (!parsed.is_object()) return std::string(tr("the request body must be a JSON object, such as {\"scenario\": \"late_reform\"}"));
  return parsed;
}

std::variant<std::optional<std::string>, std::string> text_field(const nlohmann::json& request, const std::string& key) {
  auto found = request.find(key);
  if (found == request.end() || found->is_null()) return std::optional<std::string>{};
  if (!found->is_string()) return say("/{}: expected a text (a JSON string)", key);
  return std::optional<std::string>{found->get<std::string>()};
}

std::variant<std::optional<int>, std::string> integer_field(const nlohmann::json& request, const std::string& key) {
  auto found = request.find(key);
  if (found == request.end() || found->is_null()) return std::optional<int>{};
  if (!found->is_number_integer() || found->get<long long>() < 0 || found->get<long long>() > 9999) {
    return say("/{}: expected a year, a whole number such as 2022", key);
  }
  return std::optional<int>{found->get<int>()};
}

std::variant<bool, std::string> flag_field(const nlohmann::json& request, const std::string& key, bool absent) {
  auto found = request.find(key);
  if (found == request.end() || found->is_null()) return absent;
  if (!found->is_boolean()) return say("/{}: expected true or false", key);
  return found->get<bool>();
}

std::variant<Overrides, std::string> read_what_if(const CheckedModel& model, const nlohmann::json& request, const std::string& at) {
  Overrides overrides;
  auto scenario = text_field(request, "scenario");
  if (auto* problem = std::get_if<std::string>(&scenario)) return at + *problem;
  if (const auto& name = std::get<std::optional<std::string>>(scenario); name && !name->empty()) {
    if (std::string problem = add_scenario(model, *name, overrides); !problem.empty()) return at + "/scenario: " + problem;
  }
  auto sets = request.find("sets");
  if (sets == request.end() || sets->is_null()) return overrides;
  if (!sets->is_array()) return at + say("/sets: expected a list of settings such as [\"secondary_fee=7000\"]");
  for (std::size_t i = 0; i < sets->size(); ++i) {
    const nlohmann::json& setting = (*sets)[i];
    if (!setting.is_string()) return say("{}/sets/{}: expected a setting NAME=VALUE as a JSON string", at, i);
    if (std::string problem = add_setting(model, setting.get<std::string>(), overrides); !problem.empty()) {
      return fmt::format("{}/sets/{}: {}", at, i, problem);
    }
  }
  return overrides;
}

}  // namespace rw

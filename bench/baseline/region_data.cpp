#include "bench/baseline/region_data.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace baseline {

namespace {

using Json = nlohmann::json;

// The inputs of every *.json file in the folder, merged.
Json read_inputs(const std::filesystem::path& dir) {
  Json all = Json::object();
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    Json file = Json::parse(in);
    for (auto& [key, value] : file.items()) all[key] = value;
  }
  return all;
}

rw::Date date(const Json& text) {
  auto parsed = rw::Date::parse(text.get<std::string>());
  if (!parsed) throw std::runtime_error("not a date: " + text.dump());
  return *parsed;
}

rw::Rational amount(const Json& text) {
  auto parsed = rw::Rational::parse_decimal(text.get<std::string>());
  if (!parsed) throw std::runtime_error("not an amount: " + text.dump());
  return *parsed;
}

}  // namespace

RegionData read_region(const std::filesystem::path& dir, const std::vector<std::string>& members, const std::string& centre) {
  RegionData region;
  region.members = members;
  auto member = [&](const Json& name) -> int {
    if (name.is_null()) return -1;
    auto it = std::find(members.begin(), members.end(), name.get<std::string>());
    if (it == members.end()) throw std::runtime_error("not a member: " + name.dump());
    return static_cast<int>(it - members.begin());
  };
  region.centre_member = member(Json(centre));
  Json inputs = read_inputs(dir);
  for (const Json& c : inputs.at("clients")) {
    Client client;
    client.bw = c.at("product") == "BW";
    client.start = date(c.at("decision").at("start"));
    const Json& previous = c.value("previous", Json());
    if (!previous.is_null()) {
      client.has_previous = true;
      client.previous_start = date(previous.at("start"));
      if (!previous.at("end").is_null()) client.previous_end = date(previous.at("end"));
    }
    client.last_address = member(c.value("last_address", Json()));
    client.registered = member(c.value("registered", Json()));
    for (const Json& s : c.at("stays")) {
      const Json& end = s.at("period").at("end");
      client.stays.push_back({member(s.at("municipality")),
                              rw::Period{date(s.at("period").at("start")), end.is_null() ? std::nullopt : std::optional(date(end))}});
    }
    region.clients.push_back(std::move(client));
  }
  for (const Json& r : inputs.at("lvb")) region.lvb.push_back({r.at("year"), member(r.at("member")), amount(r.at("funds")), amount(r.at("costs"))});
  for (const Json& r : inputs.at("programme_costs")) region.programme.push_back({r.at("year"), amount(r.at("amount"))});
  for (const Json& r : inputs.at("member_years")) {
    region.member_years.push_back({r.at("year"), member(r.at("member")), amount(r.at("objective_budget")), amount(r.at("objective_share")),
                                   amount(r.at("local_access")), amount(r.at("other_costs")), amount(r.at("purchasing_contribution"))});
  }
  for (const Json& r : inputs.at("centre_years")) {
    region.centre_years.push_back({r.at("year"), amount(r.at("historical_budget")), amount(r.at("ret_costs"))});
  }
  return region;
}

}  // namespace baseline

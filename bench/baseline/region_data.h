#pragma once
// The data of one region for the baseline, read from the JSON files the engine reads (the format of
// examples/centraal-gelderland), into plain structs: members by index, amounts exact.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "values/date.h"
#include "values/rational.h"

namespace baseline {

struct Stay {
  int municipality = 0;
  rw::Period period;
};

struct Client {
  bool bw = true;  // BW, else BT
  rw::Date start;
  std::optional<rw::Date> previous_start, previous_end;
  bool has_previous = false;
  int last_address = -1, registered = -1;  // member indices, -1 when absent
  std::vector<Stay> stays;
};

struct LvbRow { int year, member; rw::Rational funds, costs; };
struct ProgrammeRow { int year; rw::Rational amount; };
struct MemberYear {
  int year, member;
  rw::Rational objective_budget, objective_share, local_access, other_costs, purchasing_contribution;
};
struct CentreYear { int year; rw::Rational historical_budget, ret_costs; };

struct RegionData {
  std::vector<std::string> members;  // as in the model; the centre member first is not assumed
  int centre_member = 0;             // the member that is also the centre (Arnhem in Centraal-Gelderland)
  std::vector<Client> clients;
  std::vector<LvbRow> lvb;
  std::vector<ProgrammeRow> programme;
  std::vector<MemberYear> member_years;
  std::vector<CentreYear> centre_years;
};

// Reads DIR/*.json; throws std::runtime_error with the reason when the data is not as expected.
RegionData read_region(const std::filesystem::path& dir, const std::vector<std::string>& members, const std::string& centre);

}  // namespace baseline

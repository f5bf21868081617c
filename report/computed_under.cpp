#include "report/computed_under.h"

namespace rw {

nlohmann::ordered_json computed_under_json(const ComputedUnder& c) {
  using Json = nlohmann::ordered_json;
  if (c.agreed()) return nullptr;
  return Json{{"scenario", c.scenario.empty() ? Json(nullptr) : Json(c.scenario)}, {"settings", c.settings}};
}

std::string computed_under_cell(const ComputedUnder& c) { return c.agreed() ? "" : "what-if: " + c.describe(); }

}  // namespace rw

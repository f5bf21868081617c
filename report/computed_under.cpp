#include "report/computed_under.h"

#include "messages/say.h"

namespace rw {

nlohmann::ordered_json computed_under_json(const ComputedUnder& c) {
  using Json = nlohmann::ordered_json;
  if (c.agreed()) return nullptr;
  Json out{{"scenario", c.scenario.empty() ? Json(nullptr) : Json(c.scenario)}, {"settings", c.settings}};
  if (!c.data_changes.empty()) out["data_changes"] = c.data_changes;
  if (!c.data.empty()) out["data"] = c.data;
  return out;
}

std::string computed_under_cell(const ComputedUnder& c) {
  if (c.agreed()) return "";
  bool only_data = c.scenario.empty() && c.settings.empty() && c.data_changes.empty();
  return (only_data ? "" : "what-if: ") + c.describe();  // "data ..." and "what-if: ..." never start a formula
}

std::string computed_under_text(const ComputedUnder& c) {
  if (c.agreed()) return say("the model as written (agreed)");
  bool only_data = c.scenario.empty() && c.settings.empty() && c.data_changes.empty();
  return only_data ? c.describe() : say("what-if: {}", c.describe());
}

}  // namespace rw

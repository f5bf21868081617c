#pragma once
// The --years option: "2022" or "2022..2024".
#include <optional>
#include <string>
#include <vector>

namespace rw {

// The years a --years value names, ascending; nullopt if it is not "YYYY" or "YYYY..YYYY" (first <= last).
std::optional<std::vector<int>> parse_years(const std::string& text);

}  // namespace rw

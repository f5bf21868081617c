#pragma once
// The --years option: "2022" or "2022..2024".
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace rw {

// The years a --years value names, ascending; or why it is not "YYYY" or "YYYY..YYYY" (first <= last).
std::variant<std::vector<int>, std::string> parse_years(const std::string& text);

// The years to evaluate: as asked, or first..last when --years was not given (`asked` is nullopt);
// reports on stderr a value that is no year or range (also an empty one), or a range the rules
// [first, last] do not reach. Nullopt after an error.
std::optional<std::vector<int>> years_to_evaluate(const std::optional<std::string>& asked, int first, int last);

}  // namespace rw

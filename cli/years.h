#pragma once
// The --years option: "2022" or "2022..2024".
#include <optional>
#include <string>
#include <vector>

namespace rw {

// The years a --years value names, ascending; nullopt if it is not "YYYY" or "YYYY..YYYY" (first <= last).
std::optional<std::vector<int>> parse_years(const std::string& text);

// The years to evaluate: as asked (`asked` may be empty: then first..last), reporting on stderr a value
// that is no year or range, or a range the rules [first, last] do not reach. Nullopt after an error.
std::optional<std::vector<int>> years_to_evaluate(const std::string& asked, int first, int last);

}  // namespace rw

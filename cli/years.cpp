#include "cli/years.h"

#include <regex>

namespace rw {

std::optional<std::vector<int>> parse_years(const std::string& text) {
  static const std::regex pattern(R"(([0-9]{4})(\.\.([0-9]{4}))?)");
  std::smatch match;
  if (!std::regex_match(text, match, pattern)) return std::nullopt;
  int first = std::stoi(match[1]);
  int last = match[3].matched ? std::stoi(match[3]) : first;
  if (last < first) return std::nullopt;
  std::vector<int> years;
  for (int year = first; year <= last; ++year) years.push_back(year);
  return years;
}

}  // namespace rw

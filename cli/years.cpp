#include "cli/years.h"

#include <iostream>
#include <regex>

#include <fmt/format.h>

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

std::optional<std::vector<int>> years_to_evaluate(const std::string& asked, int first, int last) {
  if (asked.empty()) {
    std::vector<int> all;
    for (int year = first; year <= last && first != 0; ++year) all.push_back(year);
    return all;
  }
  auto years = parse_years(asked);
  if (!years) {
    std::cerr << fmt::format("regelwerk: error: --years {}: expected a year (2022) or a range (2022..2024)\n", asked);
    return std::nullopt;
  }
  if (years->back() < first || years->front() > last) {
    std::cerr << fmt::format("regelwerk: error: --years {}: no rule of this model applies then (its rules cover {}..{})\n",
                             asked, first, last);
    return std::nullopt;
  }
  return years;
}

}  // namespace rw

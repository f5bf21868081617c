#include "cli/years.h"

#include <iostream>

#include <fmt/format.h>

#include "messages/say.h"

namespace rw {

namespace {

// True when `text` is one or more ASCII digits.
bool all_digits(const std::string& text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

std::variant<std::vector<int>, std::string> parse_years(const std::string& text) {
  if (text.empty()) {
    return say("the value is empty: give a year (2022) or a range (2022..2024), or leave --years out to settle "
               "every year the rules cover");
  }
  std::size_t dots = text.find("..");
  std::string from = text.substr(0, dots);
  std::string to = dots == std::string::npos ? from : text.substr(dots + 2);
  if (!all_digits(from) || !all_digits(to)) return say("expected a year (2022) or a range (2022..2024)");
  if (from.size() != 4 || to.size() != 4) return say("a year has four digits, e.g. 2022, or a range 2022..2024");
  int first = std::stoi(from);
  int last = std::stoi(to);
  if (last < first) return say("write the earlier year first: {}..{}", last, first);
  std::vector<int> years;
  for (int year = first; year <= last; ++year) years.push_back(year);
  return years;
}

std::optional<std::vector<int>> years_to_evaluate(const std::optional<std::string>& asked, int first, int last) {
  if (!asked) {
    std::vector<int> all;
    for (int year = first; year <= last && first != 0; ++year) all.push_back(year);
    return all;
  }
  auto parsed = parse_years(*asked);
  if (auto* problem = std::get_if<std::string>(&parsed)) {
    std::cerr << say("regelwerk: error: --years {}: {}", asked->empty() ? "''" : *asked, *problem) << "\n";
    return std::nullopt;
  }
  const auto& years = std::get<std::vector<int>>(parsed);
  if (years.back() < first || years.front() > last) {
    std::cerr << say("regelwerk: error: --years {}: no rule of this model applies then (its rules cover {}..{})", *asked, first, last)
              << "\n";
    return std::nullopt;
  }
  return years;
}

}  // namespace rw

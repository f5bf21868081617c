#include "runtime/values/rounding.h"

#include <array>
#include <utility>

namespace rw {

namespace {
constexpr std::array<std::pair<RoundingMode, std::string_view>, 5> names = {{
    {RoundingMode::HalfAwayFromZero, "half_away_from_zero"},
    {RoundingMode::HalfEven, "half_even"},
    {RoundingMode::Down, "down"},
    {RoundingMode::Up, "up"},
    {RoundingMode::TowardZero, "toward_zero"},
}};
}  // namespace

std::string_view rounding_mode_name(RoundingMode mode) {
  for (const auto& [m, name] : names) {
    if (m == mode) return name;
  }
  return "?";
}

std::optional<RoundingMode> parse_rounding_mode(std::string_view name) {
  for (const auto& [m, n] : names) {
    if (n == name) return m;
  }
  return std::nullopt;
}

}  // namespace rw

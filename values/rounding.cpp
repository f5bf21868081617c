// Spellings of the rounding modes as they appear in rule files and output.
#include "values/rounding.h"

#include <array>

namespace rw {

namespace {

// Every mode, so that parsing can try each spelling in turn.
constexpr std::array<RoundingMode, 5> all_modes = {
    RoundingMode::HalfAwayFromZero, RoundingMode::HalfEven, RoundingMode::Down,
    RoundingMode::Up,               RoundingMode::TowardZero,
};

}  // namespace

// The rule-file spelling of `mode`; the switch makes the compiler flag a mode without one.
std::string_view rounding_mode_name(RoundingMode mode) {
  switch (mode) {
    case RoundingMode::HalfAwayFromZero: return "half_away_from_zero";
    case RoundingMode::HalfEven: return "half_even";
    case RoundingMode::Down: return "down";
    case RoundingMode::Up: return "up";
    case RoundingMode::TowardZero: return "toward_zero";
  }
  return "?";  // unreachable for valid enum values
}

// The mode whose spelling is exactly `name`, or nullopt.
std::optional<RoundingMode> parse_rounding_mode(std::string_view name) {
  for (RoundingMode mode : all_modes) {
    if (rounding_mode_name(mode) == name) return mode;
  }
  return std::nullopt;
}

}  // namespace rw

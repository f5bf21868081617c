#pragma once
// Named rounding modes. A model states its default once; an expression may state another.
#include <optional>
#include <string_view>

namespace rw {

enum class RoundingMode {
  HalfAwayFromZero,  // 2.5 -> 3, -2.5 -> -3 (the usual commercial rounding)
  HalfEven,          // 2.5 -> 2, 3.5 -> 4 (banker's rounding)
  Down,              // toward minus infinity (floor)
  Up,                // toward plus infinity (ceiling)
  TowardZero,        // truncation
};

// The spelling used in rule files and output, e.g. "half_even".
std::string_view rounding_mode_name(RoundingMode mode);

// Parses a spelling produced by rounding_mode_name; nullopt if it is not one.
std::optional<RoundingMode> parse_rounding_mode(std::string_view name);

}  // namespace rw

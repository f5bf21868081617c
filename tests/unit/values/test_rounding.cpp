// Rounding mode spellings: every mode has exactly one name and parsing accepts only those names.
#include <gtest/gtest.h>

#include "values/rounding.h"

namespace rw {
namespace {

struct NameCase {
  RoundingMode mode;
  const char* name;
};

class RoundingModeName : public ::testing::TestWithParam<NameCase> {};

// The name is the documented spelling, and parsing it gives the mode back.
TEST_P(RoundingModeName, IsTheRuleFileSpellingAndParsesBack) {
  EXPECT_EQ(rounding_mode_name(GetParam().mode), GetParam().name);
  EXPECT_EQ(parse_rounding_mode(GetParam().name), GetParam().mode);
}

INSTANTIATE_TEST_SUITE_P(Rounding, RoundingModeName,
                         ::testing::Values(NameCase{RoundingMode::HalfAwayFromZero, "half_away_from_zero"},
                                           NameCase{RoundingMode::HalfEven, "half_even"},
                                           NameCase{RoundingMode::Down, "down"},
                                           NameCase{RoundingMode::Up, "up"},
                                           NameCase{RoundingMode::TowardZero, "toward_zero"}));

class NotARoundingMode : public ::testing::TestWithParam<const char*> {};

// Near misses are not silently accepted: case, spaces and other separators matter.
TEST_P(NotARoundingMode, IsRejected) { EXPECT_EQ(parse_rounding_mode(GetParam()), std::nullopt); }

INSTANTIATE_TEST_SUITE_P(Rounding, NotARoundingMode,
                         ::testing::Values("", "Half_Even", "HALF_EVEN", "half-even", "half even", "halfeven",
                                           " down", "down ", "floor", "ceiling", "towards_zero", "half_up"));

}  // namespace
}  // namespace rw

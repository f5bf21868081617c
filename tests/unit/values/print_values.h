#pragma once
// How GoogleTest shows dates and rationals in failure messages (found through argument lookup).
#include <ostream>

#include "values/date.h"
#include "values/rational.h"

namespace rw {

// A date as ISO text: 2024-02-29.
inline void PrintTo(const Date& date, std::ostream* out) { *out << date.to_string(); }
// A rational as decimal text: 0.025.
inline void PrintTo(const Rational& value, std::ostream* out) { *out << value.to_string(); }

}  // namespace rw

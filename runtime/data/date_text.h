#pragma once
// Reads dates and durations from the text of data values, explaining every rejection precisely.
#include <string_view>

#include "runtime/data/checked.h"
#include "runtime/values/date.h"

namespace rw {

// A calendar date written "YYYY-MM-DD"; "2023-02-30" fails with "February 2023 has 28 days".
Checked<Date> date_from_text(std::string_view text);
// "30 days", "1 day", "12 months", "1 year", "2 years": a count, one space, a unit.
Checked<Duration> duration_from_text(std::string_view text);

}  // namespace rw

#pragma once
// Text for amounts in cents, by exact integer arithmetic, and for dates: for machines, and for people in the
// conventions of the message language (messages/language.h).
#include <cstdint>
#include <string>

#include "values/date.h"
#include "values/rational.h"

namespace rw {

// "648000.00", "-0.05": for JSON and CSV.
std::string plain_amount(std::int64_t cents);
// "648,000.00", "-1,587,022.00": for people; "648.000,00" when messages are Dutch (messages/language.h).
std::string grouped_amount(std::int64_t cents);
// "€648,000.00", "€-0.05": the grouped amount after a euro sign, for explanations; "€ 648.000,00" in Dutch.
std::string euro_amount(std::int64_t cents);
// An exact amount in euros, for explanations: "€6,000.00", "-€1,491.803278688" when not whole cents (as
// describe_value writes it, runtime/eval/describe.h); "€ 6.000,00", "€ -1.491,803278688" in Dutch.
std::string euro_exact(const Rational& euros);
// "2024-12-31" for people; "31-12-2024" in Dutch.
std::string people_date(const Date& date);
// "2022-01-01..2024-12-31" or "2022-01-01.." for people; "01-01-2022..31-12-2024" in Dutch.
std::string people_period(const Period& period);

}  // namespace rw

#pragma once
// Text for amounts in cents, by exact integer arithmetic.
#include <cstdint>
#include <string>

namespace rw {

// "648000.00", "-0.05": for JSON and CSV.
std::string plain_amount(std::int64_t cents);
// "648,000.00", "-1,587,022.00": for people.
std::string grouped_amount(std::int64_t cents);
// "€648,000.00", "€-0.05": the grouped amount after a euro sign, for explanations.
std::string euro_amount(std::int64_t cents);

}  // namespace rw

#pragma once
// Reads exact numbers from the text of data values (a JSON number's literal, or a JSON string).
// Every rejection explains the accepted form.
#include <optional>
#include <string>
#include <string_view>

#include "runtime/data/checked.h"
#include "runtime/values/rational.h"

namespace rw {

// A whole number written as a JSON integer literal ("12", "-3").
Checked<Rational> integer_from_text(std::string_view text);
// A plain decimal ("0.025", "-3", "12.50"); no exponent, comma or separators.
Checked<Rational> decimal_from_text(std::string_view text);
// An amount in euros with at most 2 decimals ("690000.00", "-12.5", "6000").
Checked<Rational> money_from_text(std::string_view text);

// The plain-digit spelling of a number written with an exponent ("1e3" -> "1000",
// "2.5E-2" -> "0.025"), or nullopt when `text` is not such a number or the exponent is huge.
std::optional<std::string> without_exponent(std::string_view text);

}  // namespace rw

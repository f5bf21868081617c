#pragma once
// The one reader of literal text: what an amount, a number, a date or a duration written as text
// means. Rule files (the text of a literal the grammar found), data files (a JSON number's literal or
// a JSON string), --set values and test files all read their values here, so `7.000` is refused as
// ambiguous wherever it is written. Every refusal says which spellings are accepted.
#include <optional>
#include <string>
#include <string_view>

#include "lang/checked.h"
#include "values/date.h"
#include "values/rational.h"

namespace rw {

// An amount of euros: [-][€ or EUR][ ]digits[_digits]...[.dd], e.g. 7000, 7_000, €7000, €7000.00,
// -€50.00. A '.' is only the decimal point and is followed by exactly two digits (cents); ',' is never
// used. "7.000", "7.5" and "6,500" are ambiguous and refused. Its cents fit in 64 bits.
Checked<Rational> read_amount(std::string_view text);
// True when the amount text is written with a euro sign (€7000, -EUR 50): as rule files require.
bool has_euro_sign(std::string_view text);

// A number: [-]digits[_digits]...[.digits][%], e.g. 0.025, -3, 6_000, 2.5% (= 0.025). No ',' or exponent.
Checked<Rational> read_number(std::string_view text);
// A whole number: [-]digits[_digits]..., e.g. 12, -3, 6_000.
Checked<Rational> read_whole_number(std::string_view text);

// A calendar date written YYYY-MM-DD. A date is never negative: "-2027-01-01" is refused.
Checked<Date> read_date(std::string_view text);
// A duration: [-]count unit, e.g. 30 days, 1 day, 12 months, 1 year, -12 months (a count of at most
// 1000000; spaces between count and unit are optional). A leading '-' negates it, as in the language.
Checked<Duration> read_duration(std::string_view text);

// How text in a data file writes numbers and dates: declared (--data-dialect), never guessed.
// Standard: '.' is the decimal point and dates are YYYY-MM-DD, exactly as above. Dutch: ',' is the
// decimal comma, '.' groups thousands (1.500.000,00), and dates may also be DD-MM-YYYY; text that a
// reader of English would read as another number ("15.900", "6,000") is refused as ambiguous.
enum class LiteralDialect { Standard, Dutch };

// read_amount in `dialect`: under Dutch, e.g. 6000, 6000,50, 1.500.000,00, €1.500,00 (at most two decimals).
Checked<Rational> read_amount_in(std::string_view text, LiteralDialect dialect);
// read_number in `dialect`: under Dutch, e.g. 0,025, 1.234,5, 2,5%.
Checked<Rational> read_number_in(std::string_view text, LiteralDialect dialect);
// read_whole_number in `dialect`: under Dutch, e.g. 12, 1.500.000.
Checked<Rational> read_whole_number_in(std::string_view text, LiteralDialect dialect);
// read_date in `dialect`: under Dutch, DD-MM-YYYY (one or two digits of day and month) as well as YYYY-MM-DD.
Checked<Date> read_date_in(std::string_view text, LiteralDialect dialect);

// `text` cut to at most 40 characters (ending in "..." when cut), for quoting what a user wrote.
std::string excerpt(std::string_view text);

// The plain-digit spelling of a number written with an exponent ("1e3" -> "1000",
// "2.5E-2" -> "0.025"), or nullopt when `text` is not such a number or its plain spelling would have
// more than 40 digits.
std::optional<std::string> without_exponent(std::string_view text);

}  // namespace rw

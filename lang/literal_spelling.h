#pragma once
// A literal's text in the other spelling of the language (lang/language.h), exactly and reversibly:
//   numbers   English 1_500_000.25   Dutch 1.500.000,25   ('_' groups ↔ '.' groups, '.' ↔ ',')
//   amounts   €6_000, € 6_000.50     €6.000, € 6.000,50   (the euro sign and any space as written)
//   dates     2024-12-31             31-12-2024
//   durations 12 months, 1 day       12 maanden, 1 dag
// The AST builder reads a Dutch literal by turning it into English first, so both spellings share the
// literal reader (lang/literal_text.h); `regelwerk fmt --taal` writes literals with the same functions.
#include <string>
#include <string_view>

#include "lang/checked.h"
#include "lang/language.h"

namespace rw {

// A number or amount literal (digits with separators, optionally after € or EUR and before %) in `to`.
// In Dutch the groups after the first have three digits; a text that breaks that, or an English number
// whose groups could not be written so, fails with a message saying how to write it.
Checked<std::string> number_spelled(std::string_view text, Language from, Language to);

// A date literal in `to` (YYYY-MM-DD ↔ DD-MM-YYYY). Fails when `text` has the other spelling's order.
Checked<std::string> date_spelled(std::string_view text, Language from, Language to);

// A duration literal in `to`: its count as a number, its unit as a word of lang/keywords.h.
Checked<std::string> duration_spelled(std::string_view text, Language from, Language to);

}  // namespace rw

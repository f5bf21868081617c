#pragma once
// The ledger as JSON for tools: model, years, accounts, entries, notes, reports and balances. Amounts are strings
// with two decimals ("648000.00"), never JSON numbers.
#include <string>

#include "runtime/ledger/ledger.h"

namespace rw {

// What a rendering leaves out.
enum class JsonReports { Included, LeftOut };

// Pretty-printed JSON with keys in a fixed order, ending in a newline; with JsonReports::LeftOut the list
// of reports is empty (for a screen that shows none: the rest is unchanged).
std::string render_json(const Ledger& ledger, JsonReports reports = JsonReports::Included);

}  // namespace rw

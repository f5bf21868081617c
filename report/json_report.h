#pragma once
// The ledger as JSON for tools: model, years, accounts, entries, notes, reports and balances. Amounts are strings
// with two decimals ("648000.00"), never JSON numbers.
#include <string>

#include "runtime/ledger/ledger.h"

namespace rw {

// Pretty-printed JSON with keys in a fixed order, ending in a newline.
std::string render_json(const Ledger& ledger);

}  // namespace rw

#pragma once
// A ledger as canonical, diff-friendly text: the opening balances, one line per posting, then each year's balances
// (flows), closing balances, notes and reports (a second header line describes reports when there are any), in a
// fixed order, amounts in plain cents notation. Equal ledgers give equal bytes.
#include <string>
#include <vector>

#include "runtime/ledger/ledger.h"

namespace rw::testing {

// The snapshot text of `ledger`.
std::string snapshot_text(const Ledger& ledger);

// What changed between two snapshot texts: lines only in `old_text` ("- line") and lines only in
// `new_text` ("+ line"), in the order of the new text (removed lines first).
std::vector<std::string> snapshot_changes(const std::string& old_text, const std::string& new_text);

}  // namespace rw::testing

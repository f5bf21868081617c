#pragma once
// The ledger as a table for people: per year, one row per account and one column per rule, each
// cell the net amount (received minus paid), with totals that show the money is conserved; then the
// year's closing balances (report/closing_table.h).
#include <string>

#include "runtime/ledger/ledger.h"

namespace rw {

// Aligned plain text with thousands separators; one block per year.
std::string render_table(const Ledger& ledger);

}  // namespace rw

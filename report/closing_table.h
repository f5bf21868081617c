#pragma once
// The closing balances of one year as a block of the text table (report/table_report.h): per account
// what was brought forward (its opening balance plus every earlier year), the year's flow, and the
// closing balance.
#include <cstddef>
#include <string>

#include "report/balances.h"

namespace rw {

// The block for year number `y` of `table` (made from `ledger`): a heading, one row per account whose
// flow or closing balance is not zero, a total row, and what the total is when there are opening
// balances. "" when nothing is brought forward into the year: then every closing balance is the year's
// total, which the year's matrix shows.
std::string render_closing_balances(const Ledger& ledger, const BalanceTable& table, std::size_t y);

}  // namespace rw

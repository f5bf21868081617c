#pragma once
// Balances per account and year, and closing balances, as every output that shows them reads them
// (table, JSON, CSV, XLSX). A year's balance is the year's flow: received minus paid in that year. A
// closing balance is the account's declared opening balance plus every flow from the model's first year
// up to and including that year (also of years evaluated but not shown: Ledger::closing_balances).
#include <cstdint>
#include <vector>

#include "runtime/ledger/ledger.h"

namespace rw {

struct AccountBalances {
  const AccountInfo* account = nullptr;
  std::int64_t opening = 0;           // the declared opening balance, before the model's first year, in cents
  std::vector<std::int64_t> balance;  // per year of the run (received minus paid), in cents
  std::vector<std::int64_t> closing;  // per year: opening + every flow up to and including that year
};

struct BalanceTable {
  std::vector<int> years;                // the years of the run, ascending
  std::vector<AccountBalances> accounts; // in display order (report/account_order.h)
  std::int64_t total_opening = 0;        // the sum of the openings: they have no counterpart in the ledger
  std::vector<std::int64_t> total;       // per year: the sum over the accounts (zero: every posting has two sides)
  std::vector<std::int64_t> total_closing;  // per year: equal to total_opening, for the same reason
};

// The balances of every account of `ledger` per year of the run, with closing balances and totals
// (the rows point into `ledger`, which must outlive the table).
BalanceTable balance_table(const Ledger& ledger);

}  // namespace rw

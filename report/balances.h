#pragma once
// Balances per account and year, and closing balances, as every output that shows them reads them
// (XLSX, CSV). A closing balance is cumulative over the years of the run, starting at zero: declared
// opening balances are not taken into account (yet).
#include <cstdint>
#include <vector>

#include "runtime/ledger/ledger.h"

namespace rw {

struct AccountBalances {
  const AccountDecl* account = nullptr;
  std::vector<std::int64_t> balance;  // per year of the run (received minus paid), in cents
  std::vector<std::int64_t> closing;  // per year: the sum of `balance` up to and including that year
};

struct BalanceTable {
  std::vector<int> years;                // the years of the run, ascending
  std::vector<AccountBalances> accounts; // in display order (report/account_order.h)
  std::vector<std::int64_t> total;       // per year: the sum over the accounts (zero: every posting has two sides)
  std::vector<std::int64_t> total_closing;
};

// The balances of every account of `ledger` per year of the run, with closing balances and totals
// (the rows point into `ledger`, which must outlive the table).
BalanceTable balance_table(const Ledger& ledger);

}  // namespace rw

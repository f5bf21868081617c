#include "report/balances.h"

#include "report/account_order.h"

namespace rw {

BalanceTable balance_table(const Ledger& ledger) {
  BalanceTable table;
  table.years = ledger.years;
  std::vector<const AccountInfo*> accounts;
  for (const AccountInfo& account : ledger.accounts) accounts.push_back(&account);
  std::vector<std::size_t> order = display_order(accounts);
  std::vector<std::vector<std::int64_t>> flows, closings;  // [year][account index in the ledger]
  for (int year : ledger.years) {
    flows.push_back(ledger.balances(year));
    closings.push_back(ledger.closing_balances(year));
  }
  for (std::size_t index : order) {
    AccountBalances row{accounts[index], index < ledger.opening.size() ? ledger.opening[index] : 0, {}, {}};
    for (std::size_t y = 0; y < ledger.years.size(); ++y) {
      row.balance.push_back(flows[y][index]);
      row.closing.push_back(closings[y][index]);
    }
    table.accounts.push_back(std::move(row));
  }
  table.total.assign(table.years.size(), 0);
  table.total_closing.assign(table.years.size(), 0);
  for (const AccountBalances& row : table.accounts) {
    table.total_opening += row.opening;
    for (std::size_t y = 0; y < table.years.size(); ++y) {
      table.total[y] += row.balance[y];
      table.total_closing[y] += row.closing[y];
    }
  }
  return table;
}

}  // namespace rw

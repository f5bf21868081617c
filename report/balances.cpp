#include "report/balances.h"

#include "report/account_order.h"

namespace rw {

BalanceTable balance_table(const Ledger& ledger) {
  BalanceTable table;
  table.years = ledger.years;
  std::vector<const AccountDecl*> accounts;
  for (const AccountDecl& account : ledger.accounts) accounts.push_back(&account);
  std::vector<std::size_t> order = display_order(accounts);
  std::vector<std::vector<std::int64_t>> per_year;  // [year][account index in the ledger]
  for (int year : ledger.years) per_year.push_back(ledger.balances(year));
  for (std::size_t index : order) {
    AccountBalances row{accounts[index], {}, {}};
    std::int64_t running = 0;
    for (const auto& balances : per_year) {
      running += balances[index];
      row.balance.push_back(balances[index]);
      row.closing.push_back(running);
    }
    table.accounts.push_back(std::move(row));
  }
  table.total.assign(table.years.size(), 0);
  table.total_closing.assign(table.years.size(), 0);
  for (const AccountBalances& row : table.accounts) {
    for (std::size_t y = 0; y < table.years.size(); ++y) {
      table.total[y] += row.balance[y];
      table.total_closing[y] += row.closing[y];
    }
  }
  return table;
}

}  // namespace rw

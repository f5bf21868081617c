#include "report/closing_table.h"

#include <fmt/format.h>

#include "messages/say.h"

#include "report/money_format.h"
#include "report/text_table.h"

namespace rw {

namespace {

// "(brought forward: the opening balance plus every year from 2021 to 2023)"
std::string brought_forward_means(const Ledger& ledger, int year) {
  int first = ledger.first_counted_year();
  if (first >= year) return say("brought forward: the opening balance");
  if (first == year - 1) return say("brought forward: the opening balance plus {}", first);
  return say("brought forward: the opening balance plus every year from {} to {}", first, year - 1);
}

}  // namespace

std::string render_closing_balances(const Ledger& ledger, const BalanceTable& table, std::size_t y) {
  int year = table.years.at(y);
  TextTable text;
  text.add_row({say("account"), say("brought forward"), std::to_string(year), say("closing")});
  std::int64_t forward_total = 0;
  bool brought = false;
  for (const AccountBalances& row : table.accounts) {
    std::int64_t flow = row.balance[y], closing = row.closing[y], forward = closing - flow;
    forward_total += forward;
    brought = brought || forward != 0;
    if (flow == 0 && closing == 0) continue;
    text.add_row({row.account->name, grouped_amount(forward), grouped_amount(flow), grouped_amount(closing)});
  }
  if (!brought) return "";  // each closing balance is the year's total: the matrix shows it already
  std::string out = "\n" + say("Closing balances at the end of {} ({}):", year, brought_forward_means(ledger, year)) + "\n";
  text.add_rule();
  text.add_row({say("Total"), grouped_amount(forward_total), grouped_amount(table.total[y]), grouped_amount(table.total_closing[y])});
  out += text.render();
  if (table.total_opening != 0) {
    out += say("The totals are the opening balances ({}): they have no counterpart in the ledger; every year's flows "
               "sum to zero.", grouped_amount(table.total_opening)) + "\n";
  }
  return out;
}

}  // namespace rw

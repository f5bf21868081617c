#include "report/table_report.h"

#include <algorithm>
#include <map>
#include <set>

#include "report/account_order.h"
#include "report/closing_table.h"
#include "report/money_format.h"
#include "report/report_values.h"
#include "report/text_table.h"
#include "messages/say.h"

namespace rw {

namespace {

// Rows: declared accounts (such as the centre) first, as in a regional agreement's appendix, then members.
std::vector<int> row_order(const Ledger& ledger) {
  std::vector<const AccountInfo*> accounts;
  for (const AccountInfo& a : ledger.accounts) accounts.push_back(&a);
  std::vector<int> order;
  for (std::size_t i : display_order(accounts)) order.push_back(static_cast<int>(i));
  return order;
}

// "Model — settlement 2022", or for a what-if a heading that says so and what was changed.
std::string heading(const Ledger& ledger, int year) {
  if (ledger.computed_under.agreed()) return say("{} — settlement {}", ledger.model_name, year) + "\n\n";
  return say("{} — what-if {}, not the agreed settlement", ledger.model_name, year) + "\n" +
         say("Computed under: {}", ledger.computed_under.describe()) + "\n\n";
}

// The year's notes (every one, €0.00 too), after a blank line; "" when the year has none.
std::string notes_of(const Ledger& ledger, int year) {
  std::string notes;
  for (const Note& n : ledger.notes) {
    if (n.year != year) continue;
    notes += say("rule {}: {}, {}: {}", n.rule_id, n.label, ledger.accounts[n.account].name, grouped_amount(n.cents)) + "\n";
  }
  return notes.empty() ? "" : "\n" + say("Notes (no money moves):") + "\n" + notes;
}

// The year's reports (every one, €0.00, false and 0 too), after a blank line; "" when the year has none.
std::string reports_of(const Ledger& ledger, int year) {
  std::string reports;
  for (const Report& r : ledger.reports) {
    if (r.year == year) reports += report_line(r) + "\n";
  }
  return reports.empty() ? "" : "\n" + say("Reports:") + "\n" + reports;
}

// One year's block: matrix, totals, legend, notes, reports.
std::string render_year(const Ledger& ledger, int year) {
  std::vector<std::string> rules;                         // in order of first appearance
  std::map<std::string, std::string> titles;
  std::map<std::string, std::set<Date>> due_dates;
  std::map<std::pair<int, std::string>, std::int64_t> cells;  // (account, rule) -> net cents
  std::set<int> active;
  for (const Posting& p : ledger.postings) {
    if (p.year != year) continue;
    if (std::find(rules.begin(), rules.end(), p.rule_id) == rules.end()) rules.push_back(p.rule_id);
    titles[p.rule_id] = p.title;
    if (p.due) due_dates[p.rule_id].insert(*p.due);
    cells[{p.to, p.rule_id}] += p.cents;
    cells[{p.from, p.rule_id}] -= p.cents;
    active.insert(p.from);
    active.insert(p.to);
  }
  std::string out = heading(ledger, year);
  if (rules.empty()) return out + say("No payments.") + "\n" + notes_of(ledger, year) + reports_of(ledger, year);

  TextTable table;
  std::vector<std::string> header = {say("account")};
  for (const std::string& rule : rules) header.push_back(say("rule {}", rule));
  header.push_back(say("total"));
  table.add_row(header);
  std::vector<std::int64_t> column_totals(rules.size() + 1, 0);
  for (int account : row_order(ledger)) {
    if (!active.count(account)) continue;
    std::vector<std::string> row = {ledger.accounts[account].name};
    std::int64_t balance = 0;
    for (std::size_t r = 0; r < rules.size(); ++r) {
      auto it = cells.find({account, rules[r]});
      if (it == cells.end()) {
        row.push_back("");
        continue;
      }
      row.push_back(grouped_amount(it->second));
      balance += it->second;
      column_totals[r] += it->second;
    }
    column_totals.back() += balance;
    row.push_back(grouped_amount(balance));
    table.add_row(row);
  }
  std::vector<std::string> total_row = {say("Total")};
  for (std::int64_t total : column_totals) total_row.push_back(grouped_amount(total));
  table.add_rule();
  table.add_row(total_row);
  out += table.render();
  out += "\n";
  for (const std::string& rule : rules) {
    if (due_dates[rule].empty()) {
      out += say("rule {}: {}", rule, titles[rule]) + "\n";
      continue;
    }
    std::string dates;
    for (const Date& d : due_dates[rule]) dates += (dates.empty() ? "" : ", ") + people_date(d);
    out += say("rule {}: {} (due {})", rule, titles[rule], dates) + "\n";
  }
  return out + notes_of(ledger, year) + reports_of(ledger, year);
}

}  // namespace

std::string render_table(const Ledger& ledger) {
  std::string out;
  BalanceTable balances = balance_table(ledger);
  for (std::size_t i = 0; i < ledger.years.size(); ++i) {
    if (i > 0) out += "\n";
    out += render_year(ledger, ledger.years[i]);
    out += render_closing_balances(ledger, balances, i);
  }
  return out;
}

}  // namespace rw

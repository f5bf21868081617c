#include "report/csv_report.h"

#include <string_view>

#include "report/balances.h"
#include "report/computed_under.h"
#include "report/report_values.h"

namespace rw {

namespace {

// An account's id, and its name beside it when the dialect asks for names.
void account(CsvWriter& csv, const AccountInfo& account) {
  csv.text(account.id);
  if (csv.dialect().account_names) csv.text(account.name);
}

// The report columns of a line that is no report: empty.
void no_report(CsvWriter& csv) {
  for (int i = 0; i < 5; ++i) csv.empty();
}

// An empty account column (and its name column).
void no_account(CsvWriter& csv) {
  csv.empty();
  if (csv.dialect().account_names) csv.empty();
}

}  // namespace

std::string render_csv(const Ledger& ledger, const CsvOutputDialect& dialect) {
  CsvWriter csv(dialect);
  std::string under = computed_under_cell(ledger.computed_under);
  bool reports = !ledger.reports.empty();
  for (std::string_view name : {"year", "id", "rule", "title", "from"}) csv.text(name);
  if (dialect.account_names) csv.text("from_name");
  csv.text("to");
  if (dialect.account_names) csv.text("to_name");
  for (std::string_view name : {"amount", "due", "source", "note", "computed_under"}) csv.text(name);
  if (reports) {
    for (std::string_view name : {"report", "subject_kind", "subject", "type", "value"}) csv.text(name);
  }
  csv.end_line();
  for (const Posting& p : ledger.postings) {
    csv.number(std::to_string(p.year)).text(p.id).text(p.rule_id).text(p.title);
    account(csv, ledger.accounts[p.from]);
    account(csv, ledger.accounts[p.to]);
    csv.amount(p.cents);
    if (p.due) csv.date(*p.due);
    else csv.empty();
    csv.text(p.provenance->location).empty().text(under);
    if (reports) no_report(csv);
    csv.end_line();
  }
  // A note moves no money: no id, no payer; `to` is the account it is reported for, `note` its label.
  for (const Note& n : ledger.notes) {
    csv.number(std::to_string(n.year)).empty().text(n.rule_id).text(n.title);
    no_account(csv);
    account(csv, ledger.accounts[n.account]);
    csv.amount(n.cents).empty().text(n.location).text(n.label).text(under);
    if (reports) no_report(csv);
    csv.end_line();
  }
  // A report: no id, payer, receiver, amount or due date; its name, subject, type and value in columns of its own.
  for (const Report& r : ledger.reports) {
    csv.number(std::to_string(r.year)).empty().text(r.rule_id()).text(r.title());
    no_account(csv);
    no_account(csv);
    csv.empty().empty().text(r.location()).empty().text(under);
    csv.text(r.name()).text(subject_kind_name(r.subject_kind)).text(r.subject).text(r.value().type);
    report_value_cell(csv, r.value());
    csv.end_line();
  }
  return csv.result();
}

std::string render_balances_csv(const Ledger& ledger, const CsvOutputDialect& dialect) {
  CsvWriter csv(dialect);
  std::string under = computed_under_cell(ledger.computed_under);
  csv.header({"year", "account", "account_name", "balance", "closing_balance", "computed_under"});
  BalanceTable table = balance_table(ledger);
  for (std::size_t y = 0; y < table.years.size(); ++y) {
    for (const AccountBalances& row : table.accounts) {
      csv.number(std::to_string(table.years[y])).text(row.account->id).text(row.account->name);
      csv.amount(row.balance[y]).amount(row.closing[y]).text(under).end_line();
    }
  }
  return csv.result();
}

}  // namespace rw

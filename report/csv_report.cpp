#include "report/csv_report.h"

#include "report/computed_under.h"
#include "report/csv_field.h"
#include "report/money_format.h"

namespace rw {

std::string render_csv(const Ledger& ledger) {
  std::string under = csv_field(computed_under_cell(ledger.computed_under));
  std::string out = "year,id,rule,title,from,to,amount,due,source,note,computed_under\n";
  for (const Posting& p : ledger.postings) {
    out += std::to_string(p.year) + "," + csv_field(p.id) + "," + csv_field(p.rule_id) + "," + csv_field(p.title) + "," +
           csv_field(ledger.accounts[p.from].id) + "," + csv_field(ledger.accounts[p.to].id) + "," + plain_amount(p.cents) + "," +
           (p.due ? p.due->to_string() : "") + "," + csv_field(p.provenance.location) + ",," + under + "\n";
  }
  // A note moves no money: no id, no payer; `to` is the account it is reported for, `note` its label.
  for (const Note& n : ledger.notes) {
    out += std::to_string(n.year) + ",," + csv_field(n.rule_id) + "," + csv_field(n.title) + ",," + csv_field(ledger.accounts[n.account].id) +
           "," + plain_amount(n.cents) + ",," + csv_field(n.location) + "," + csv_field(n.label) + "," + under + "\n";
  }
  return out;
}

}  // namespace rw

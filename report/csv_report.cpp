#include "report/csv_report.h"

#include "report/csv_field.h"
#include "report/money_format.h"

namespace rw {

std::string render_csv(const Ledger& ledger) {
  std::string out = "year,id,rule,title,from,to,amount,due,source\n";
  for (const Posting& p : ledger.postings) {
    out += std::to_string(p.year) + "," + csv_field(p.id) + "," + csv_field(p.rule_id) + "," + csv_field(p.title) + "," +
           csv_field(ledger.accounts[p.from].id) + "," + csv_field(ledger.accounts[p.to].id) + "," + plain_amount(p.cents) + "," +
           (p.due ? p.due->to_string() : "") + "," + csv_field(p.provenance.location) + "\n";
  }
  return out;
}

}  // namespace rw

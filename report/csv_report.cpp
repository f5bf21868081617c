#include "report/csv_report.h"

#include "report/money_format.h"

namespace rw {

namespace {

// A CSV field, quoted when it contains a comma, a quote or a line break.
std::string field(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

}  // namespace

std::string render_csv(const Ledger& ledger) {
  std::string out = "year,id,rule,title,from,to,amount,due,source\n";
  for (const Posting& p : ledger.postings) {
    out += std::to_string(p.year) + "," + field(p.id) + "," + field(p.rule_id) + "," + field(p.title) + "," +
           field(ledger.accounts[p.from].id) + "," + field(ledger.accounts[p.to].id) + "," + plain_amount(p.cents) + "," +
           (p.due ? p.due->to_string() : "") + "," + field(p.provenance.location) + "\n";
  }
  return out;
}

}  // namespace rw

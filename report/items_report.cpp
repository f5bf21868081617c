#include "report/items_report.h"

#include <algorithm>
#include <tuple>

#include "report/computed_under.h"

namespace rw {

std::string render_items(const Ledger& ledger, const CsvOutputDialect& dialect) {
  struct Line {
    int year;
    std::string item;
    std::size_t posting;  // index into ledger.postings: keeps the ledger's order within an item
  };
  std::vector<Line> lines;
  for (std::size_t i = 0; i < ledger.postings.size(); ++i) {
    for (const std::string& item : ledger.postings[i].provenance->item_ids()) lines.push_back({ledger.postings[i].year, item, i});
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
    return std::tie(a.year, a.item, a.posting) < std::tie(b.year, b.item, b.posting);
  });
  std::string under = computed_under_cell(ledger.computed_under);
  CsvWriter csv(dialect);
  if (dialect.account_names) {
    csv.header({"year", "item", "rule", "title", "payer", "payer_name", "receiver", "receiver_name", "computed_under"});
  } else {
    csv.header({"year", "item", "rule", "title", "payer", "receiver", "computed_under"});
  }
  for (const Line& line : lines) {
    const Posting& p = ledger.postings[line.posting];
    csv.number(std::to_string(line.year)).text(line.item).text(p.rule_id).text(p.title);
    for (int side : {p.from, p.to}) {
      csv.text(ledger.accounts[side].id);
      if (dialect.account_names) csv.text(ledger.accounts[side].name);
    }
    csv.text(under).end_line();
  }
  return csv.result();
}

}  // namespace rw

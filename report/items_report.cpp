#include "report/items_report.h"

#include <algorithm>
#include <tuple>

#include "report/computed_under.h"
#include "report/csv_field.h"

namespace rw {

std::string render_items(const Ledger& ledger) {
  struct Line {
    int year;
    std::string item;
    std::size_t posting;  // index into ledger.postings: keeps the ledger's order within an item
  };
  std::vector<Line> lines;
  for (std::size_t i = 0; i < ledger.postings.size(); ++i) {
    for (const std::string& item : ledger.postings[i].provenance.item_ids()) lines.push_back({ledger.postings[i].year, item, i});
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
    return std::tie(a.year, a.item, a.posting) < std::tie(b.year, b.item, b.posting);
  });
  std::string under = csv_field(computed_under_cell(ledger.computed_under));
  std::string out = "year,item,rule,title,payer,receiver,computed_under\n";
  for (const Line& line : lines) {
    const Posting& p = ledger.postings[line.posting];
    out += std::to_string(line.year) + "," + csv_field(line.item) + "," + csv_field(p.rule_id) + "," + csv_field(p.title) +
           "," + csv_field(ledger.accounts[p.from].id) + "," + csv_field(ledger.accounts[p.to].id) + "," + under + "\n";
  }
  return out;
}

}  // namespace rw

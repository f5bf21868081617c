#include "testing/snapshot.h"

#include <algorithm>
#include <map>
#include <sstream>
#include <tuple>

#include <fmt/format.h>

#include "report/money_format.h"

namespace rw::testing {

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

std::string snapshot_text(const Ledger& ledger) {
  std::string years = ledger.years.empty() ? "none"
                      : ledger.years.front() == ledger.years.back()
                          ? std::to_string(ledger.years.front())
                          : fmt::format("{}..{}", ledger.years.front(), ledger.years.back());
  std::string out = fmt::format("# regelwerk snapshot of {}, years {}\n", ledger.model_name, years);
  if (!ledger.computed_under.agreed()) {
    out += fmt::format("# a what-if, not the agreed settlement: computed under {}\n", ledger.computed_under.describe());
  }
  out += "# posting: year rule payer -> receiver amount due; balance: year account net; note: year rule account amount label\n";
  out += "# opening: account amount; closing: year account opening + every flow up to and including the year\n";
  for (std::size_t a = 0; a < ledger.opening.size(); ++a) {
    if (ledger.opening[a] != 0) out += fmt::format("opening {} {}\n", ledger.accounts[a].id, plain_amount(ledger.opening[a]));
  }
  if (!ledger.reports.empty()) out += "# report: year rule name subject-kind subject type = value (subject - for the rule's own)\n";
  // Within a year, rules keep the order of the rule file (the ledger's order); then payer, receiver, due.
  std::map<std::pair<int, std::string>, std::size_t> rule_rank;
  for (const Posting& p : ledger.postings) rule_rank.try_emplace({p.year, p.rule_id}, rule_rank.size());
  std::vector<const Posting*> postings;
  for (const Posting& p : ledger.postings) postings.push_back(&p);
  auto id = [&](int account) -> const std::string& { return ledger.accounts[account].id; };
  std::stable_sort(postings.begin(), postings.end(), [&](const Posting* a, const Posting* b) {
    auto key = [&](const Posting* p) {
      return std::tuple(p->year, rule_rank[{p->year, p->rule_id}], id(p->from), id(p->to), p->due ? p->due->to_string() : "");
    };
    return key(a) < key(b);
  });
  for (int year : ledger.years) {
    for (const Posting* p : postings) {
      if (p->year != year) continue;
      out += fmt::format("posting {} {} {} -> {} {} due {}\n", p->year, p->rule_id, id(p->from), id(p->to), plain_amount(p->cents),
                         p->due ? p->due->to_string() : "-");
    }
    std::vector<std::int64_t> balances = ledger.balances(year);
    for (std::size_t a = 0; a < balances.size(); ++a) {
      if (balances[a] != 0) out += fmt::format("balance {} {} {}\n", year, ledger.accounts[a].id, plain_amount(balances[a]));
    }
    std::vector<std::int64_t> closing = ledger.closing_balances(year);
    for (std::size_t a = 0; a < closing.size(); ++a) {
      if (closing[a] != 0) out += fmt::format("closing {} {} {}\n", year, ledger.accounts[a].id, plain_amount(closing[a]));
    }
    for (const Note& n : ledger.notes) {
      if (n.year == year) out += fmt::format("note {} {} {} {} \"{}\"\n", n.year, n.rule_id, id(n.account), plain_amount(n.cents), n.label);
    }
    for (const Report& r : ledger.reports) {
      if (r.year != year) continue;
      std::string subject = r.subject_kind == ReportSubjectKind::Rule ? "-" : "\"" + r.subject + "\"";
      std::string value = r.value().absent ? "(none)" : r.value().kind == ReportValueKind::Text ? "\"" + r.value().text + "\"" : r.value().text;
      out += fmt::format("report {} {} {} {} {} {} = {}\n", r.year, r.rule_id(), r.name(), subject_kind_name(r.subject_kind), subject,
                         r.value().type, value);
    }
  }
  return out;
}

std::vector<std::string> snapshot_changes(const std::string& old_text, const std::string& new_text) {
  std::vector<std::string> old_lines = lines_of(old_text), new_lines = lines_of(new_text);
  std::map<std::string, int> count;  // lines of the old text not (yet) matched in the new one
  for (const std::string& line : old_lines) ++count[line];
  std::vector<std::string> added;
  for (const std::string& line : new_lines) {
    if (count[line] > 0) {
      --count[line];
    } else {
      added.push_back("+ " + line);
    }
  }
  std::vector<std::string> changes;
  for (const std::string& line : old_lines) {
    if (count[line] > 0) {
      --count[line];
      changes.push_back("- " + line);
    }
  }
  changes.insert(changes.end(), added.begin(), added.end());
  return changes;
}

}  // namespace rw::testing

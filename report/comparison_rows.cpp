#include "report/comparison_rows.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "messages/say.h"
#include "report/account_order.h"

namespace rw {

bool YearComparison::account_changes(const std::string& account) const {
  return std::any_of(cells.begin(), cells.end(), [&](const auto& c) { return c.first.first == account && c.second.difference() != 0; });
}

bool YearComparison::rule_changes(const std::string& rule) const {
  return std::any_of(cells.begin(), cells.end(), [&](const auto& c) { return c.first.second == rule && c.second.difference() != 0; });
}

std::size_t YearComparison::closing_changes() const {
  return static_cast<std::size_t>(std::count_if(closing.begin(), closing.end(), [](const auto& c) { return c.second.difference() != 0; }));
}

bool ReportComparison::changed() const {
  if (!baseline || !scenario) return true;
  const ReportValue &a = baseline->value(), &b = scenario->value();
  return a.type != b.type || a.absent != b.absent || a.text != b.text;
}

namespace {

// A report's identity within a year: its subject's kind, its subject and its name (viewing the ledger's strings).
struct ReportKey {
  ReportSubjectKind kind;
  std::string_view subject, name;
  bool operator==(const ReportKey&) const = default;
};

struct ReportKeyHash {
  std::size_t operator()(const ReportKey& key) const {
    std::size_t h = std::hash<std::string_view>{}(key.subject);
    h = h * 31 + std::hash<std::string_view>{}(key.name);
    return h * 31 + static_cast<std::size_t>(key.kind);
  }
};

using ReportIndex = std::unordered_map<ReportKey, std::size_t, ReportKeyHash>;

// Adds the year's reports of one side to the comparison; `index` finds a report there by its key.
void add_reports(std::vector<ReportComparison>& reports, ReportIndex& index, const Ledger& ledger, int year,
                 const Report* ReportComparison::*side) {
  for (const Report& r : ledger.reports) {
    if (r.year != year) continue;
    auto [found, added] = index.try_emplace(ReportKey{r.subject_kind, r.subject, r.name()}, reports.size());
    if (added) reports.push_back({r.rule_id(), r.name(), subject_kind_name(r.subject_kind), r.subject, nullptr, nullptr});
    reports[found->second].*side = &r;
  }
}

}  // namespace

YearComparison compare_year(const Comparison& c, int year) {
  YearComparison result;
  ReportIndex index;
  add_reports(result.reports, index, c.baseline, year, &ReportComparison::baseline);
  add_reports(result.reports, index, c.scenario, year, &ReportComparison::scenario);
  auto add = [&](const Ledger& ledger, std::int64_t Amounts::*side) {
    for (const Posting& p : ledger.postings) {
      if (p.year != year) continue;
      if (std::find(result.rules.begin(), result.rules.end(), p.rule_id) == result.rules.end()) result.rules.push_back(p.rule_id);
      const std::string& to = ledger.accounts[p.to].id;
      const std::string& from = ledger.accounts[p.from].id;
      result.cells[{to, p.rule_id}].*side += p.cents;
      result.cells[{from, p.rule_id}].*side -= p.cents;
      result.balances[to].*side += p.cents;
      result.balances[from].*side -= p.cents;
    }
    std::vector<std::int64_t> flows = ledger.balances(year), closing = ledger.closing_balances(year);
    for (std::size_t a = 0; a < ledger.accounts.size(); ++a) {
      result.closing[ledger.accounts[a].id].*side = closing[a];
      result.brought_forward = result.brought_forward || closing[a] != flows[a];
    }
    for (const Note& n : ledger.notes) {
      if (n.year != year) continue;
      const AccountInfo& account = ledger.accounts[n.account];
      auto same = [&](const NoteComparison& m) { return m.rule == n.rule_id && m.label == n.label && m.account == account.id; };
      auto it = std::find_if(result.notes.begin(), result.notes.end(), same);
      if (it == result.notes.end()) it = result.notes.insert(result.notes.end(), {n.rule_id, n.label, account.id, account.name, {}});
      it->amounts.*side += n.cents;
    }
  };
  add(c.baseline, &Amounts::baseline);
  add(c.scenario, &Amounts::scenario);
  return result;
}

// The accounts of both ledgers (matched by id) in report order, those `keep` accepts.
template <typename Keep>
std::vector<const AccountInfo*> accounts_in_order(const Comparison& c, Keep keep) {
  std::vector<const AccountInfo*> all, order;
  for (const Ledger* ledger : {&c.baseline, &c.scenario}) {
    for (const AccountInfo& account : ledger->accounts) {
      bool known = std::any_of(all.begin(), all.end(), [&](const AccountInfo* a) { return a->id == account.id; });
      if (!known) all.push_back(&account);
    }
  }
  for (std::size_t i : display_order(all)) {
    if (keep(all[i]->id)) order.push_back(all[i]);
  }
  return order;
}

std::vector<const AccountInfo*> accounts_shown(const Comparison& c, const YearComparison& y) {
  return accounts_in_order(c, [&](const std::string& id) { return y.balances.count(id) && (!c.changed_only || y.account_changes(id)); });
}

std::vector<const AccountInfo*> closing_shown(const Comparison& c, const YearComparison& y) {
  return accounts_in_order(c, [&](const std::string& id) {
    const Amounts& closing = y.closing.at(id);
    return c.changed_only ? closing.difference() != 0 : closing.baseline != 0 || closing.scenario != 0;
  });
}

std::vector<std::string> rules_shown(const Comparison& c, const YearComparison& y) {
  std::vector<std::string> rules;
  for (const std::string& rule : y.rules) {
    if (!c.changed_only || y.rule_changes(rule)) rules.push_back(rule);
  }
  return rules;
}

std::vector<const NoteComparison*> notes_shown(const Comparison& c, const YearComparison& y) {
  std::vector<const NoteComparison*> notes;
  for (const NoteComparison& n : y.notes) {
    if (!c.changed_only || n.amounts.difference() != 0) notes.push_back(&n);
  }
  return notes;
}

std::vector<const ReportComparison*> reports_shown(const Comparison& c, const YearComparison& y) {
  std::vector<const ReportComparison*> reports;
  for (const ReportComparison& r : y.reports) {
    if (!c.changed_only || r.changed()) reports.push_back(&r);
  }
  return reports;
}

std::string report_side_text(const Report* side) { return side ? side->value().display : say("(not reported)"); }

const std::vector<int>& years_of(const Comparison& c) { return c.baseline.years; }

}  // namespace rw

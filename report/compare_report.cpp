#include "report/compare_report.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "report/csv_field.h"
#include "report/account_order.h"
#include "report/computed_under.h"
#include "report/money_format.h"
#include "report/text_table.h"

namespace rw {

namespace {

struct Amounts {
  std::int64_t baseline = 0, scenario = 0;
  std::int64_t difference() const { return scenario - baseline; }
};

// A note in both ledgers, matched by rule, label and account id (0 on a side that lacks it).
struct NoteComparison {
  std::string rule, label, account, account_name;
  Amounts amounts;
};

// Net amounts received per (account id, rule) for one year in both ledgers, with the rule order, and
// the notes. Accounts are matched by id, so the two ledgers may come from two versions of a model.
struct YearComparison {
  std::vector<std::string> rules;                     // in order of first appearance
  std::map<std::pair<std::string, std::string>, Amounts> cells;
  std::map<std::string, Amounts> balances;            // per account id
  std::vector<NoteComparison> notes;                  // the baseline's in its order, then new ones

  // Whether anything of the account changes: its balance, or its amount under any rule.
  bool account_changes(const std::string& account) const {
    return std::any_of(cells.begin(), cells.end(), [&](const auto& c) { return c.first.first == account && c.second.difference() != 0; });
  }
  bool rule_changes(const std::string& rule) const {
    return std::any_of(cells.begin(), cells.end(), [&](const auto& c) { return c.first.second == rule && c.second.difference() != 0; });
  }
};

YearComparison compare_year(const Comparison& c, int year) {
  YearComparison result;
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
    for (const Note& n : ledger.notes) {
      if (n.year != year) continue;
      const AccountDecl& account = ledger.accounts[n.account];
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

// Accounts in report order (declared accounts first, then members; the baseline's, then any the
// scenario adds), those with postings in either ledger.
std::vector<const AccountDecl*> accounts_shown(const Comparison& c, const YearComparison& y) {
  std::vector<const AccountDecl*> all, order;
  for (const Ledger* ledger : {&c.baseline, &c.scenario}) {
    for (const AccountDecl& account : ledger->accounts) {
      bool known = std::any_of(all.begin(), all.end(), [&](const AccountDecl* a) { return a->id == account.id; });
      if (!known) all.push_back(&account);
    }
  }
  for (std::size_t i : display_order(all)) {
    const AccountDecl* account = all[i];
    if (!y.balances.count(account->id)) continue;
    if (c.changed_only && !y.account_changes(account->id)) continue;
    order.push_back(account);
  }
  return order;
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

// The table's notes section: "rule S: label, Account: baseline → scenario (difference d)"; "" for none.
std::string notes_text(const std::vector<const NoteComparison*>& notes) {
  std::string out;
  for (const NoteComparison* n : notes) {
    out += "rule " + n->rule + ": " + n->label + ", " + n->account_name + ": " + grouped_amount(n->amounts.baseline) + " → " +
           grouped_amount(n->amounts.scenario) + " (difference " + grouped_amount(n->amounts.difference()) + ")\n";
  }
  return out.empty() ? "" : "\nNotes (no money moves), baseline → scenario:\n" + out;
}

// The years of both ledgers (they are evaluated for the same years).
const std::vector<int>& years_of(const Comparison& c) { return c.baseline.years; }

}  // namespace

std::string render_comparison_table(const Comparison& c) {
  std::string out;
  for (int year : years_of(c)) {
    YearComparison y = compare_year(c, year);
    if (!out.empty()) out += "\n";
    out += c.baseline.model_name + " — " + std::to_string(year) + ": " + c.scenario_name + " compared with " + c.baseline_name + "\n";
    out += "Cells are differences in the net amount received (" + c.difference + ").\n\n";
    std::vector<const AccountDecl*> accounts = accounts_shown(c, y);
    std::vector<std::string> rules = rules_shown(c, y);
    std::vector<const NoteComparison*> notes = notes_shown(c, y);
    if (accounts.empty()) {
      out += (notes.empty() ? "Nothing changes.\n" : "No payment changes.\n") + notes_text(notes);
      continue;
    }
    TextTable table;
    std::vector<std::string> header = {"account"};
    for (const std::string& rule : rules) header.push_back("rule " + rule);
    for (const char* column : {"baseline", "scenario", "difference"}) header.push_back(column);
    table.add_row(header);
    std::vector<std::int64_t> totals(rules.size() + 3, 0);
    for (const AccountDecl* account : accounts) {
      std::vector<std::string> row = {account->name};
      for (std::size_t r = 0; r < rules.size(); ++r) {
        auto it = y.cells.find({account->id, rules[r]});
        std::int64_t difference = it == y.cells.end() ? 0 : it->second.difference();
        row.push_back(difference == 0 ? "" : grouped_amount(difference));
        totals[r] += difference;
      }
      const Amounts& balance = y.balances.at(account->id);
      std::int64_t sides[] = {balance.baseline, balance.scenario, balance.difference()};
      for (int k = 0; k < 3; ++k) {
        row.push_back(grouped_amount(sides[k]));
        totals[rules.size() + k] += sides[k];
      }
      table.add_row(row);
    }
    std::vector<std::string> total_row = {"Total"};
    for (std::int64_t total : totals) total_row.push_back(grouped_amount(total));
    table.add_rule();
    table.add_row(total_row);
    out += table.render() + notes_text(notes);
  }
  return out;
}

std::string render_comparison_json(const Comparison& c) {
  using Json = nlohmann::ordered_json;
  Json out;
  out["model"] = c.baseline.model_name;
  out["baseline"] = c.baseline_name;
  out["scenario"] = c.scenario_name;
  out["computed_under"] = {{"baseline", computed_under_json(c.baseline.computed_under)},
                           {"scenario", computed_under_json(c.scenario.computed_under)}};
  out["years"] = years_of(c);
  Json rows = Json::array(), notes = Json::array();
  for (int year : years_of(c)) {
    YearComparison y = compare_year(c, year);
    for (const NoteComparison* n : notes_shown(c, y)) {
      notes.push_back({{"year", year}, {"rule", n->rule}, {"label", n->label}, {"account", n->account},
                       {"baseline", plain_amount(n->amounts.baseline)}, {"scenario", plain_amount(n->amounts.scenario)},
                       {"difference", plain_amount(n->amounts.difference())}});
    }
    for (const AccountDecl* account : accounts_shown(c, y)) {
      const Amounts& balance = y.balances.at(account->id);
      Json by_rule = Json::object();
      for (const std::string& rule : rules_shown(c, y)) {
        auto it = y.cells.find({account->id, rule});
        if (it == y.cells.end()) continue;
        by_rule[rule] = {{"baseline", plain_amount(it->second.baseline)}, {"scenario", plain_amount(it->second.scenario)},
                         {"difference", plain_amount(it->second.difference())}};
      }
      rows.push_back({{"year", year}, {"account", account->id},
                      {"baseline", plain_amount(balance.baseline)}, {"scenario", plain_amount(balance.scenario)},
                      {"difference", plain_amount(balance.difference())}, {"rules", by_rule}});
    }
  }
  out["accounts"] = rows;
  out["notes"] = notes;
  return out.dump(2) + "\n";
}

bool comparison_differs(const Comparison& c) {
  for (int year : years_of(c)) {
    YearComparison y = compare_year(c, year);
    for (const auto& [key, amounts] : y.cells) {
      if (amounts.difference() != 0) return true;
    }
    for (const NoteComparison& n : y.notes) {
      if (n.amounts.difference() != 0) return true;
    }
  }
  return false;
}

std::string render_comparison_csv(const Comparison& c) {
  std::string out = "year,account,rule,baseline,scenario,difference,note,baseline_computed_under,scenario_computed_under\n";
  std::string under = csv_field(computed_under_cell(c.baseline.computed_under)) + "," + csv_field(computed_under_cell(c.scenario.computed_under));
  auto line = [&](int year, const std::string& account, const std::string& rule, const Amounts& a, const std::string& note = "") {
    out += std::to_string(year) + "," + csv_field(account) + "," + csv_field(rule) + "," + plain_amount(a.baseline) + "," +
           plain_amount(a.scenario) + "," + plain_amount(a.difference()) + "," + csv_field(note) + "," + under + "\n";
  };
  for (int year : years_of(c)) {
    YearComparison y = compare_year(c, year);
    for (const AccountDecl* account : accounts_shown(c, y)) {
      for (const std::string& rule : rules_shown(c, y)) {
        auto it = y.cells.find({account->id, rule});
        if (it != y.cells.end()) line(year, account->id, rule, it->second);
      }
      line(year, account->id, "total", y.balances.at(account->id));
    }
    for (const NoteComparison* n : notes_shown(c, y)) line(year, n->account, n->rule, n->amounts, n->label);
  }
  return out;
}

}  // namespace rw

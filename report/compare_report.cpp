#include "report/compare_report.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "report/csv_field.h"
#include "report/money_format.h"
#include "report/text_table.h"

namespace rw {

namespace {

struct Amounts {
  std::int64_t baseline = 0, scenario = 0;
  std::int64_t difference() const { return scenario - baseline; }
};

// Net amounts received per (account, rule) for one year in both ledgers, with the rule order.
struct YearComparison {
  std::vector<std::string> rules;                     // in order of first appearance
  std::map<std::pair<int, std::string>, Amounts> cells;
  std::map<int, Amounts> balances;                    // per account

  // Whether anything of the account changes: its balance, or its amount under any rule.
  bool account_changes(int account) const {
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
      result.cells[{p.to, p.rule_id}].*side += p.cents;
      result.cells[{p.from, p.rule_id}].*side -= p.cents;
      result.balances[p.to].*side += p.cents;
      result.balances[p.from].*side -= p.cents;
    }
  };
  add(c.baseline, &Amounts::baseline);
  add(c.scenario, &Amounts::scenario);
  return result;
}

// Accounts in report order (declared accounts first, then members), those with postings in either ledger.
std::vector<int> accounts_shown(const Comparison& c, const YearComparison& y) {
  std::vector<int> order;
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t i = 0; i < c.baseline.accounts.size(); ++i) {
      bool member = c.baseline.accounts[i].kind == AccountKind::Member;
      if (member != (pass == 1) || !y.balances.count(static_cast<int>(i))) continue;
      if (c.changed_only && !y.account_changes(static_cast<int>(i))) continue;
      order.push_back(static_cast<int>(i));
    }
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

// The years of both ledgers (they are evaluated for the same years).
const std::vector<int>& years_of(const Comparison& c) { return c.baseline.years; }

}  // namespace

std::string render_comparison_table(const Comparison& c) {
  std::string out;
  for (int year : years_of(c)) {
    YearComparison y = compare_year(c, year);
    if (!out.empty()) out += "\n";
    out += c.baseline.model_name + " — " + std::to_string(year) + ": " + c.scenario_name + " compared with " + c.baseline_name + "\n";
    out += "Cells are differences in the net amount received (scenario − baseline).\n\n";
    std::vector<int> accounts = accounts_shown(c, y);
    std::vector<std::string> rules = rules_shown(c, y);
    if (accounts.empty()) {
      out += "Nothing changes.\n";
      continue;
    }
    TextTable table;
    std::vector<std::string> header = {"account"};
    for (const std::string& rule : rules) header.push_back("rule " + rule);
    for (const char* column : {"baseline", "scenario", "difference"}) header.push_back(column);
    table.add_row(header);
    std::vector<std::int64_t> totals(rules.size() + 3, 0);
    for (int account : accounts) {
      std::vector<std::string> row = {c.baseline.accounts[account].name};
      for (std::size_t r = 0; r < rules.size(); ++r) {
        auto it = y.cells.find({account, rules[r]});
        std::int64_t difference = it == y.cells.end() ? 0 : it->second.difference();
        row.push_back(difference == 0 ? "" : grouped_amount(difference));
        totals[r] += difference;
      }
      const Amounts& balance = y.balances.at(account);
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
    out += table.render();
  }
  return out;
}

std::string render_comparison_json(const Comparison& c) {
  using Json = nlohmann::ordered_json;
  Json out;
  out["model"] = c.baseline.model_name;
  out["baseline"] = c.baseline_name;
  out["scenario"] = c.scenario_name;
  out["years"] = years_of(c);
  Json rows = Json::array();
  for (int year : years_of(c)) {
    YearComparison y = compare_year(c, year);
    for (int account : accounts_shown(c, y)) {
      const Amounts& balance = y.balances.at(account);
      Json by_rule = Json::object();
      for (const std::string& rule : rules_shown(c, y)) {
        auto it = y.cells.find({account, rule});
        if (it == y.cells.end()) continue;
        by_rule[rule] = {{"baseline", plain_amount(it->second.baseline)}, {"scenario", plain_amount(it->second.scenario)},
                         {"difference", plain_amount(it->second.difference())}};
      }
      rows.push_back({{"year", year}, {"account", c.baseline.accounts[account].id},
                      {"baseline", plain_amount(balance.baseline)}, {"scenario", plain_amount(balance.scenario)},
                      {"difference", plain_amount(balance.difference())}, {"rules", by_rule}});
    }
  }
  out["accounts"] = rows;
  return out.dump(2) + "\n";
}

std::string render_comparison_csv(const Comparison& c) {
  std::string out = "year,account,rule,baseline,scenario,difference\n";
  auto line = [&](int year, int account, const std::string& rule, const Amounts& a) {
    out += std::to_string(year) + "," + csv_field(c.baseline.accounts[account].id) + "," + csv_field(rule) + "," +
           plain_amount(a.baseline) + "," + plain_amount(a.scenario) + "," + plain_amount(a.difference()) + "\n";
  };
  for (int year : years_of(c)) {
    YearComparison y = compare_year(c, year);
    for (int account : accounts_shown(c, y)) {
      for (const std::string& rule : rules_shown(c, y)) {
        auto it = y.cells.find({account, rule});
        if (it != y.cells.end()) line(year, account, rule, it->second);
      }
      line(year, account, "total", y.balances.at(account));
    }
  }
  return out;
}

}  // namespace rw

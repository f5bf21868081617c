#include "report/compare_report.h"

#include <nlohmann/json.hpp>

#include "report/comparison_rows.h"
#include "report/computed_under.h"
#include "report/money_format.h"
#include "report/report_values.h"
#include "report/text_table.h"
#include "messages/say.h"

namespace rw {

namespace {

// The table's notes section: "rule S: label, Account: baseline → scenario (difference d)"; "" for none.
std::string notes_text(const std::vector<const NoteComparison*>& notes) {
  std::string out;
  for (const NoteComparison* n : notes) {
    out += say("rule {}: {}, {}: {} → {} (difference {})", n->rule, n->label, n->account_name, grouped_amount(n->amounts.baseline),
               grouped_amount(n->amounts.scenario), grouped_amount(n->amounts.difference())) + "\n";
  }
  return out.empty() ? "" : "\n" + say("Notes (no money moves), baseline → scenario:") + "\n" + out;
}

// The table's reports section: "rule 9: payer, c08: Arnhem → centre (changed)"; "" for none.
std::string reports_text(const std::vector<const ReportComparison*>& reports) {
  std::string out;
  for (const ReportComparison* r : reports) {
    std::string baseline = report_side_text(r->baseline), scenario = report_side_text(r->scenario);
    out += (r->changed() ? say("rule {}: {}: {} → {} (changed)", r->any().rule_id(), report_label(r->any()), baseline, scenario)
                         : say("rule {}: {}: {} → {}", r->any().rule_id(), report_label(r->any()), baseline, scenario)) + "\n";
  }
  return out.empty() ? "" : "\n" + say("Reports, baseline → scenario:") + "\n" + out;
}

// The table's closing balances section: per account shown, both sides' closing balance at the end of the
// year and the difference, and a total row; "" when nothing is brought forward into the year on either
// side (then each closing balance is the year's balance, which the table above shows) or no account is shown.
std::string closing_text(const Comparison& c, const YearComparison& y, int year) {
  std::vector<const AccountInfo*> accounts = closing_shown(c, y);
  if (!y.brought_forward || accounts.empty()) return "";
  TextTable table;
  table.add_row({say("account"), say("baseline"), say("scenario"), say("difference")});
  Amounts total;
  for (const AccountInfo* account : accounts) {
    const Amounts& closing = y.closing.at(account->id);
    table.add_row({account->name, grouped_amount(closing.baseline), grouped_amount(closing.scenario), grouped_amount(closing.difference())});
    total.baseline += closing.baseline;
    total.scenario += closing.scenario;
  }
  table.add_rule();
  table.add_row({say("Total"), grouped_amount(total.baseline), grouped_amount(total.scenario), grouped_amount(total.difference())});
  return "\n" + say("Closing balances at the end of {}, baseline → scenario:", year) + "\n" + table.render();
}

// A report's side as JSON: its type and value, or null when that side does not report it.
nlohmann::ordered_json report_side_json(const Report* side) {
  if (!side) return nullptr;
  return {{"type", side->value().type}, {"value", report_value_json(side->value())}, {"display", side->value().display}};
}

}  // namespace

std::string render_comparison_table(const Comparison& c) {
  std::string out;
  for (int year : years_of(c)) {
    YearComparison y = compare_year(c, year);
    if (!out.empty()) out += "\n";
    out += say("{} — {}: {} compared with {}", c.baseline.model_name, year, tr(c.scenario_name), tr(c.baseline_name)) + "\n";
    out += say("Cells are differences in the net amount received ({}).", tr(c.difference)) + "\n\n";
    std::vector<const AccountInfo*> accounts = accounts_shown(c, y);
    std::vector<std::string> rules = rules_shown(c, y);
    std::vector<const NoteComparison*> notes = notes_shown(c, y);
    std::vector<const ReportComparison*> reports = reports_shown(c, y);
    std::string closing = closing_text(c, y, year);
    if (accounts.empty()) {
      bool shown = !notes.empty() || !reports.empty() || !closing.empty();
      out += (shown ? say("No payment changes.") : say("Nothing changes.")) + "\n" + notes_text(notes) + reports_text(reports) + closing;
      continue;
    }
    TextTable table;
    std::vector<std::string> header = {say("account")};
    for (const std::string& rule : rules) header.push_back(say("rule {}", rule));
    for (std::string column : {say("baseline"), say("scenario"), say("difference")}) header.push_back(column);
    table.add_row(header);
    std::vector<std::int64_t> totals(rules.size() + 3, 0);
    for (const AccountInfo* account : accounts) {
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
    std::vector<std::string> total_row = {say("Total")};
    for (std::int64_t total : totals) total_row.push_back(grouped_amount(total));
    table.add_rule();
    table.add_row(total_row);
    out += table.render() + notes_text(notes) + reports_text(reports) + closing;
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
  Json rows = Json::array(), notes = Json::array(), reports = Json::array(), closing = Json::array();
  for (int year : years_of(c)) {
    YearComparison y = compare_year(c, year);
    for (const NoteComparison* n : notes_shown(c, y)) {
      notes.push_back({{"year", year}, {"rule", n->rule}, {"label", n->label}, {"account", n->account},
                       {"baseline", plain_amount(n->amounts.baseline)}, {"scenario", plain_amount(n->amounts.scenario)},
                       {"difference", plain_amount(n->amounts.difference())}});
    }
    for (const ReportComparison* r : reports_shown(c, y)) {
      reports.push_back({{"year", year}, {"rule", r->any().rule_id()}, {"name", r->name}, {"subject_kind", r->subject_kind},
                         {"subject", r->subject_kind == "rule" ? Json(nullptr) : Json(r->subject)},
                         {"baseline", report_side_json(r->baseline)}, {"scenario", report_side_json(r->scenario)},
                         {"changed", r->changed()}});
    }
    for (const AccountInfo* account : accounts_shown(c, y)) {
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
    for (const AccountInfo* account : closing_shown(c, y)) {
      const Amounts& balance = y.closing.at(account->id);
      closing.push_back({{"year", year}, {"account", account->id}, {"baseline", plain_amount(balance.baseline)},
                         {"scenario", plain_amount(balance.scenario)}, {"difference", plain_amount(balance.difference())}});
    }
  }
  out["accounts"] = rows;
  out["notes"] = notes;
  out["reports"] = reports;
  out["closing_balances"] = closing;
  out["closing_balances_count_from"] = {{"baseline", c.baseline.first_counted_year()}, {"scenario", c.scenario.first_counted_year()}};
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
    for (const ReportComparison& r : y.reports) {
      if (r.changed()) return true;
    }
    if (y.closing_changes() != 0) return true;
  }
  return false;
}

std::string render_comparison_csv(const Comparison& c, const CsvOutputDialect& dialect) {
  CsvWriter csv(dialect);
  if (dialect.account_names) {
    csv.header({"year", "kind", "account", "account_name", "rule", "baseline", "scenario", "difference", "note",
                "baseline_computed_under", "scenario_computed_under"});
  } else {
    csv.header({"year", "kind", "account", "rule", "baseline", "scenario", "difference", "note", "baseline_computed_under",
                "scenario_computed_under"});
  }
  std::string baseline_under = computed_under_cell(c.baseline.computed_under), scenario_under = computed_under_cell(c.scenario.computed_under);
  auto line = [&](int year, std::string_view kind, const std::string& account, const std::string& name, const std::string& rule,
                  const Amounts& a, const std::string& note = "") {
    csv.number(std::to_string(year)).text(kind).text(account);
    if (dialect.account_names) csv.text(name);
    csv.text(rule).amount(a.baseline).amount(a.scenario).amount(a.difference()).text(note).text(baseline_under).text(scenario_under).end_line();
  };
  for (int year : years_of(c)) {
    YearComparison y = compare_year(c, year);
    for (const AccountInfo* account : accounts_shown(c, y)) {
      for (const std::string& rule : rules_shown(c, y)) {
        auto it = y.cells.find({account->id, rule});
        if (it != y.cells.end()) line(year, "rule", account->id, account->name, rule, it->second);
      }
      line(year, "total", account->id, account->name, "", y.balances.at(account->id));
    }
    for (const AccountInfo* account : closing_shown(c, y)) line(year, "closing", account->id, account->name, "", y.closing.at(account->id));
    for (const NoteComparison* n : notes_shown(c, y)) line(year, "note", n->account, n->account_name, n->rule, n->amounts, n->label);
    // A report: `account` is its subject, `note` its name, the sides its values, `difference` "changed" or "".
    for (const ReportComparison* r : reports_shown(c, y)) {
      csv.number(std::to_string(year)).text("report").text(r->subject);
      if (dialect.account_names) csv.empty();
      csv.text(r->any().rule_id());
      for (const Report* side : {r->baseline, r->scenario}) {
        if (side) report_value_cell(csv, side->value());
        else csv.empty();
      }
      csv.text(r->changed() ? "changed" : "").text(r->name).text(baseline_under).text(scenario_under).end_line();
    }
  }
  return csv.result();
}

}  // namespace rw

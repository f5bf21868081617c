#include "report/json_report.h"

#include <nlohmann/json.hpp>

#include "report/computed_under.h"
#include "report/money_format.h"
#include "report/report_values.h"

namespace rw {
namespace {

// Year → account id → amount, for each year of the run, with `amounts(year)` one amount per account.
template <typename Amounts>
nlohmann::ordered_json per_year(const Ledger& ledger, Amounts amounts) {
  nlohmann::ordered_json result = nlohmann::ordered_json::object();
  for (int year : ledger.years) {
    nlohmann::ordered_json per_account = nlohmann::ordered_json::object();
    std::vector<std::int64_t> cents = amounts(year);
    for (std::size_t i = 0; i < ledger.accounts.size(); ++i) per_account[ledger.accounts[i].id] = plain_amount(cents[i]);
    result[std::to_string(year)] = per_account;
  }
  return result;
}

}  // namespace

std::string render_json(const Ledger& ledger, JsonReports with_reports) {
  using Json = nlohmann::ordered_json;
  Json out;
  out["model"] = ledger.model_name;
  out["years"] = ledger.years;
  out["computed_under"] = computed_under_json(ledger.computed_under);
  Json accounts = Json::array();
  for (const AccountInfo& account : ledger.accounts) {
    accounts.push_back({{"id", account.id}, {"name", account.name},
                        {"kind", account.kind == AccountKind::Member ? "member" : "account"}});
  }
  out["accounts"] = accounts;
  Json entries = Json::array();
  for (const Posting& p : ledger.postings) {
    Json entry = {{"id", p.id},
                  {"year", p.year},
                  {"rule", p.rule_id},
                  {"title", p.title},
                  {"from", ledger.accounts[p.from].id},
                  {"to", ledger.accounts[p.to].id},
                  {"amount", plain_amount(p.cents)},
                  {"due", p.due ? Json(p.due->to_string()) : Json(nullptr)},
                  {"source", p.provenance->location},
                  {"contributions", p.provenance->contributions}};
    if (!p.provenance->item_ids().empty()) entry["items"] = p.provenance->item_ids();
    entries.push_back(std::move(entry));
  }
  out["entries"] = entries;
  Json notes = Json::array();
  for (const Note& n : ledger.notes) {
    notes.push_back({{"year", n.year}, {"rule", n.rule_id}, {"title", n.title}, {"label", n.label},
                     {"account", ledger.accounts[n.account].id}, {"amount", plain_amount(n.cents)}, {"source", n.location}});
  }
  out["notes"] = notes;
  Json reports = Json::array();
  for (const Report& r : ledger.reports) {
    if (with_reports == JsonReports::LeftOut) break;
    Json parameters = Json::array();
    for (const ParameterUse& use : r.parameters()) parameters.push_back({{"name", use.name}, {"value", use.value}, {"source", use.source}});
    reports.push_back({{"year", r.year}, {"rule", r.rule_id()}, {"title", r.title()}, {"name", r.name()},
                       {"subject_kind", subject_kind_name(r.subject_kind)},
                       {"subject", r.subject_kind == ReportSubjectKind::Rule ? Json(nullptr) : Json(r.subject)},
                       {"type", r.value().type}, {"value", report_value_json(r.value())}, {"display", r.value().display},
                       {"source", r.location()}, {"parameters", parameters}});
  }
  out["reports"] = reports;
  out["balances"] = per_year(ledger, [&](int year) { return ledger.balances(year); });
  // Closing balances: per account its opening balance, and per year opening + every flow up to that year.
  Json opening = Json::object();
  for (std::size_t i = 0; i < ledger.accounts.size(); ++i) {
    opening[ledger.accounts[i].id] = plain_amount(i < ledger.opening.size() ? ledger.opening[i] : 0);
  }
  out["opening_balances"] = opening;
  out["closing_balances"] = per_year(ledger, [&](int year) { return ledger.closing_balances(year); });
  out["closing_balances_count_from"] = ledger.first_counted_year();
  return out.dump(2) + "\n";
}

}  // namespace rw

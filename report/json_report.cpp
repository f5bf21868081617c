#include "report/json_report.h"

#include "report/computed_under.h"
#include "report/json_writer.h"
#include "report/money_format.h"
#include "report/report_values.h"

namespace rw {
namespace {

// An object of account id → amount, with `cents` one amount per account of the ledger.
void amounts_by_account(JsonWriter& out, const Ledger& ledger, const std::vector<std::int64_t>& cents) {
  out.begin_object();
  for (std::size_t i = 0; i < ledger.accounts.size(); ++i) {
    out.key(ledger.accounts[i].id);
    out.string(plain_amount(i < cents.size() ? cents[i] : 0));
  }
  out.end();
}

// Year → account id → amount, for each year of the run, with `amounts(year)` one amount per account.
template <typename Amounts>
void per_year(JsonWriter& out, const Ledger& ledger, Amounts amounts) {
  out.begin_object();
  for (int year : ledger.years) {
    out.key(std::to_string(year));
    amounts_by_account(out, ledger, amounts(year));
  }
  out.end();
}

// A text that is absent (null) where `present` is false.
void string_or_null(JsonWriter& out, bool present, std::string_view text) {
  if (present) out.string(text);
  else out.null();
}

// One posting of the ledger as an object.
void entry(JsonWriter& out, const Ledger& ledger, const Posting& p) {
  out.begin_object();
  out.member("id", p.id);
  out.member("year", p.year);
  out.member("rule", p.rule_id);
  out.member("title", p.title);
  out.member("from", ledger.accounts[p.from].id);
  out.member("to", ledger.accounts[p.to].id);
  out.member("amount", plain_amount(p.cents));
  out.key("due");
  string_or_null(out, p.due.has_value(), p.due ? p.due->to_string() : "");
  out.member("source", p.provenance->location);
  out.member("contributions", p.provenance->contributions);
  if (!p.provenance->item_ids().empty()) {
    out.key("items");
    out.begin_array();
    for (const std::string& id : p.provenance->item_ids()) out.string(id);
    out.end();
  }
  out.end();
}

// One note as an object.
void note(JsonWriter& out, const Ledger& ledger, const Note& n) {
  out.begin_object();
  out.member("year", n.year);
  out.member("rule", n.rule_id);
  out.member("title", n.title);
  out.member("label", n.label);
  out.member("account", ledger.accounts[n.account].id);
  out.member("amount", plain_amount(n.cents));
  out.member("source", n.location);
  out.end();
}

// One report as an object, with the parameters its value read.
void report(JsonWriter& out, const Report& r) {
  out.begin_object();
  out.member("year", r.year);
  out.member("rule", r.rule_id());
  out.member("title", r.title());
  out.member("name", r.name());
  out.member("subject_kind", subject_kind_name(r.subject_kind));
  out.key("subject");
  string_or_null(out, r.subject_kind != ReportSubjectKind::Rule, r.subject);
  out.member("type", r.value().type);
  out.key("value");
  out.value(report_value_json(r.value()));
  out.member("display", r.value().display);
  out.member("source", r.location());
  out.key("parameters");
  out.begin_array();
  for (const ParameterUse& use : r.parameters()) {
    out.begin_object();
    out.member("name", use.name);
    out.member("value", use.value);
    out.member("source", use.source);
    out.end();
  }
  out.end();
  out.end();
}

}  // namespace

std::string render_json(const Ledger& ledger, JsonReports with_reports) {
  JsonWriter out;
  out.begin_object();
  out.member("model", ledger.model_name);
  out.key("years");
  out.begin_array();
  for (int year : ledger.years) out.number(year);
  out.end();
  out.key("computed_under");
  out.value(computed_under_json(ledger.computed_under));
  out.key("accounts");
  out.begin_array();
  for (const AccountInfo& account : ledger.accounts) {
    out.begin_object();
    out.member("id", account.id);
    out.member("name", account.name);
    out.member("kind", account.kind == AccountKind::Member ? "member" : "account");
    out.end();
  }
  out.end();
  out.key("entries");
  out.begin_array();
  for (const Posting& p : ledger.postings) entry(out, ledger, p);
  out.end();
  out.key("notes");
  out.begin_array();
  for (const Note& n : ledger.notes) note(out, ledger, n);
  out.end();
  out.key("reports");
  out.begin_array();
  if (with_reports == JsonReports::Included) {
    for (const Report& r : ledger.reports) report(out, r);
  }
  out.end();
  out.key("balances");
  per_year(out, ledger, [&](int year) { return ledger.balances(year); });
  // Closing balances: per account its opening balance, and per year opening + every flow up to that year.
  out.key("opening_balances");
  amounts_by_account(out, ledger, ledger.opening);
  out.key("closing_balances");
  per_year(out, ledger, [&](int year) { return ledger.closing_balances(year); });
  out.member("closing_balances_count_from", ledger.first_counted_year());
  out.end();
  return out.finish();
}

}  // namespace rw

#pragma once
// Two settlements side by side (a baseline and a what-if, or two versions of a model), per year and
// account, and per rule: what moves, and by how much; and the notes (matched by rule, label and
// account). Accounts are matched by id. Differences are scenario minus baseline, in cents.
#include <string>

#include "messages/say.h"
#include "report/csv_dialect.h"
#include "runtime/ledger/ledger.h"

namespace rw {

struct Comparison {
  const Ledger& baseline;
  const Ledger& scenario;
  std::string baseline_name;  // "baseline", or "scenario late_reform"
  std::string scenario_name;  // "--set reform_date=2027-01-01"
  bool changed_only = false;  // leave out accounts (and rules) that do not change
  std::string difference = to_translate("scenario − baseline");  // how the difference column is read
  std::string baseline_header = to_translate("baseline");  // the columns of each side in XLSX ("before" in a diff)
  std::string scenario_header = to_translate("what-if");  // ("after" in a diff)
};

// For people: per year, accounts × rules of differences, then baseline, scenario and difference totals,
// then the notes and reports, then (when an opening balance or an earlier year is brought forward into
// the year on either side) each side's closing balances and the difference.
std::string render_comparison_table(const Comparison& comparison);
// For tools: per year, account and rule: baseline, scenario, difference (decimal strings); `notes`
// likewise per year, rule, label and account; `reports` per year, name and subject with each side's
// type and value (null where a side does not report it) and `changed`; `closing_balances` per year and
// account: each side's closing balance and the difference; `closing_balances_count_from` of each side
// (the first year its closing balances count); `computed_under` of each side (null for the model as
// written; see report/computed_under.h).
std::string render_comparison_json(const Comparison& comparison);
// CSV `year,kind,account,rule,baseline,scenario,difference,note,baseline_computed_under,scenario_computed_under`;
// kind `rule`: the account's net amount under that rule; kind `total`: the account's balance (rule
// empty); kind `closing`: the account's closing balance at the end of the year, its opening balance plus
// every flow up to and including the year (rule empty; after the year's accounts); kind `note`: a note
// with its label in `note` (after the closing balances); kind `report`: a
// report with its subject in `account`, its name in `note`, its values in `baseline` and `scenario`
// (empty where a side does not report it) and `changed` or "" in `difference`. The last two say on
// every line what each side was computed under ("" for the model as written, else e.g. "what-if:
// scenario late_reform, --set fee=7000"). With the dialect's account names, `account_name` follows `account`.
std::string render_comparison_csv(const Comparison& comparison, const CsvOutputDialect& dialect = standard_csv());
// Whether any amount, closing balance or note differs between the two settlements, or a report is added,
// removed or changed.
bool comparison_differs(const Comparison& comparison);

}  // namespace rw

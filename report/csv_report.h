#pragma once
// The ledger as CSV (RFC 4180): one line per posting and per note; and the balances per account and year.
#include <string>

#include "report/csv_dialect.h"
#include "runtime/ledger/ledger.h"

namespace rw {

// Header `year,id,rule,title,from,to,amount,due,source,note,computed_under`, then one line per posting
// in ledger order, then one per note (`note` holds its label, `to` its account; no id, payer or due
// date). `computed_under` is on every line: "" for the agreed settlement, else the what-if
// ("what-if: scenario late_reform, --set secondary_fee=7000"), so a line copied out of the file still says it.
// With the dialect's account names, `from_name` follows `from` and `to_name` follows `to`.
// When the settlement has reports, five columns follow: `report,subject_kind,subject,type,value`, empty
// on postings and notes; each report is a line of its own after the notes (no id, accounts, amount or
// due date; the value in the dialect's form).
std::string render_csv(const Ledger& ledger, const CsvOutputDialect& dialect = standard_csv());

// `--format csv-balances`: `year,account,account_name,balance,closing_balance,computed_under`, per year
// and account in display order; balance = received minus paid in that year; closing_balance =
// cumulative over the years of the run up to that year, starting at zero (report/balances.h).
std::string render_balances_csv(const Ledger& ledger, const CsvOutputDialect& dialect = standard_csv());

}  // namespace rw

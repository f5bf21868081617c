#pragma once
// Settlements and comparisons as Excel workbooks (libxlsxwriter): amounts are number cells with a euro
// format, headers frozen, autofilter on, widths set. Sheet names and columns: docs/outputs.md.
#include "report/compare_report.h"
#include "report/xlsx_book.h"
#include "runtime/ledger/ledger.h"

namespace rw {

// Sheets Summary (accounts × years, closing balance, totals), Postings, Items, Notes, Reports, Computed under.
XlsxBytes render_ledger_xlsx(const Ledger& ledger);
// Sheets Balances (per year and account), Closing balances (likewise), By rule, Notes, Reports, Computed
// under: each side and the difference.
XlsxBytes render_comparison_xlsx(const Comparison& comparison);

}  // namespace rw

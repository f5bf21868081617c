#pragma once
// Explanations as Excel workbooks (`explain --format xlsx`): the explanation as rows, amounts as
// number cells with a euro format. Sheets and columns: docs/outputs.md.
#include "report/xlsx_book.h"
#include "runtime/eval/explain.h"

namespace rw {

// Sheets Explanation (field, value), Contributions (count, each), Values used (name, value, source),
// Each contribution (id, data, amount, period, days, days in year: all with `with_items`, else the first
// few), the distribution's sheets, and with `with_items` Records (id, data): one posting.
XlsxBytes render_posting_xlsx(const PostingExplanation& explanation, bool with_items);
// Sheets Explanation (account, year, received, paid, balance, computed under), Postings (one row per
// posting received or paid) and Notes.
XlsxBytes render_account_xlsx(const AccountExplanation& explanation);

}  // namespace rw

#pragma once
// The ledger as CSV (RFC 4180): one line per posting and per note.
#include <string>

#include "runtime/ledger/ledger.h"

namespace rw {

// Header `year,id,rule,title,from,to,amount,due,source,note,computed_under`, then one line per posting
// in ledger order, then one per note (`note` holds its label, `to` its account; no id, payer or due
// date). `computed_under` is on every line: "" for the agreed settlement, else the what-if
// ("what-if: scenario late_reform, --set secondary_fee=7000"), so a line copied out of the file still says it.
std::string render_csv(const Ledger& ledger);

}  // namespace rw

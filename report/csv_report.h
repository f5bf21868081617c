#pragma once
// The ledger as CSV (RFC 4180): one line per posting.
#include <string>

#include "runtime/ledger/ledger.h"

namespace rw {

// Header `year,id,rule,title,from,to,amount,due,source`, then one line per posting in ledger order.
std::string render_csv(const Ledger& ledger);

}  // namespace rw

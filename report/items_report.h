#pragma once
// The ledger turned around: per year, each record iterated over (a client, by pseudonym) with the rules
// that paid for it, who paid and who received. For questions such as "who pays for this client, and why?".
#include <string>

#include "report/csv_dialect.h"
#include "runtime/ledger/ledger.h"

namespace rw {

// CSV `year,item,rule,title,payer,receiver,computed_under`, sorted by year, item and ledger order;
// `computed_under` as in render_csv ("" for the agreed settlement). With the dialect's account names,
// `payer_name` and `receiver_name` follow the ids.
std::string render_items(const Ledger& ledger, const CsvOutputDialect& dialect = standard_csv());

}  // namespace rw

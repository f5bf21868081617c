#pragma once
// The explanation of a distribution a posting came from: the amount, each recipient's key, share, cap
// and part, each round of re-spreading, the rounding to cents and who got the left-over cents, the
// remainder; for a two-key distribution both sides and the rounding of the table.
#include <string>

#include <nlohmann/json.hpp>

#include "report/xlsx_book.h"
#include "runtime/ledger/ledger.h"

namespace rw {

// For people: a section of `explain`'s text.
std::string distribution_text(const DistributionShare& share);
// For tools: the same content as JSON.
nlohmann::ordered_json distribution_json(const DistributionShare& share);
// For spreadsheets: sheets "Distribution", "Rounds" and (two keys) "Table".
void distribution_sheets(XlsxBook& book, const DistributionShare& share);

}  // namespace rw

#pragma once
// How every report says what a settlement was computed under (the agreed model, or a what-if).
#include <string>

#include <nlohmann/json.hpp>

#include "runtime/ledger/ledger.h"

namespace rw {

// null for the agreed settlement; else {"scenario": NAME or null, "settings": ["NAME=VALUE", ...]}, and
// "data_changes": ["adds 10 clients (R-01 … R-10)", ...] and "data": PATH when there are any.
nlohmann::ordered_json computed_under_json(const ComputedUnder& computed_under);
// For a CSV column: "" for the agreed settlement; else "what-if: scenario late_reform, --set fee=7000"
// (the prefix also keeps the cell from starting with '-', which a spreadsheet reads as a formula); a side of a
// comparison of two data sets with no what-if: "data other/x".
std::string computed_under_cell(const ComputedUnder& computed_under);
// For people (a workbook's cell): "the model as written (agreed)", or "what-if: ..." as computed_under_cell
// says it, in the message language.
std::string computed_under_text(const ComputedUnder& computed_under);

}  // namespace rw

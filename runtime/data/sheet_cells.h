#pragma once
// One spreadsheet or CSV cell typed as the model declares its column (never guessed): the JSON node
// the shared validation (ValueConverter) then reads, or why the cell cannot hold such a value.
#include <string>
#include <variant>

#include "lang/literal_text.h"
#include "lang/model.h"
#include "runtime/data/json_tree.h"
#include "runtime/sheets/sheet.h"

namespace rw {

struct CellReading {
  LiteralDialect dialect = LiteralDialect::Standard;  // how text cells write numbers and dates
  bool date1904 = false;                              // the workbook's date system
};

// The node for the non-empty `cell` in a column of type `type` (Optional already unwrapped), or the
// message why it cannot be one. Number cells become plain decimals (15 significant digits) or, for
// dates, ISO dates; text cells of integers are read here, other text is left to the converter.
std::variant<JsonNode, std::string> cell_node(const Cell& cell, const Type& type, const ModelTables& model,
                                              const CellReading& reading);

}  // namespace rw

#pragma once
// Inputs given as sheets of workbooks or as CSV files (the layout is in runtime/data/sheet_layout.h
// and docs/data.md): each sheet is matched to the input it names, its cells typed as the model
// declares them, and the result validated by the same converter and key checks as JSON, with every
// error placed at its file, sheet, row and column.
#include <string>
#include <vector>

#include "lang/model.h"
#include "runtime/data/loader.h"
#include "runtime/sheets/sheet.h"

namespace rw {

// One sheet read from a data file.
struct SheetSource {
  std::string file;       // the data file, as given
  bool csv = false;       // a CSV file (its one sheet is named after the file; places name no sheet)
  bool date1904 = false;  // the workbook's date system
  Sheet sheet;
};

// Loads every input the sheets give into `out` (by input index), marking them in `seen`; inputs
// already seen (from JSON files) are reported as given twice. Sheets named `_...` are skipped.
void load_sheet_inputs(const ModelTables& model, const std::vector<SheetSource>& sheets, const DataOptions& options,
                       Dataset& out, std::vector<bool>& seen, std::vector<DataError>& errors);

}  // namespace rw

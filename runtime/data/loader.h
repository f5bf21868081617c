#pragma once
// Loads the data a model declares as inputs from JSON, CSV and XLSX files, validating every value
// against its declared type. A data path is one such file or a folder of them (*.json, *.csv, *.xlsx,
// read in name order); a JSON file is an object whose top-level keys are input names, a CSV file or a
// workbook's sheet gives the input it is named after (docs/data.md). Every problem is reported with the
// file and the JSON path ($.clients[17].decision.start) or the sheet, row and column, never silently repaired.
#include <filesystem>
#include <optional>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "lang/literal_text.h"
#include "lang/model.h"
#include "runtime/sheets/csv_reader.h"
#include "values/value.h"

namespace rw {

// A place in a sheet of a workbook or in a CSV file.
struct SheetPlace {
  std::string sheet;       // the sheet's name; empty for a CSV file
  int row = 0;             // 1-based, as a spreadsheet program shows it; 0 when not about one row
  std::string column;      // the column's header ("decision.start"); empty when not about one column
  int column_index = -1;   // 0-based (0 is column A); -1 when the column is not in the sheet
};

struct DataError {
  std::string file;  // as given (path of the data file, or the data path itself)
  // Where in the file: a JSON path ("$.clients[17].decision.start"; empty when not about one value),
  // or a place in a sheet.
  std::variant<std::string, SheetPlace> location;
  std::string message;  // what was expected, and the likely fix
};

// "file: $.path: error: message" or "file: sheet clients, row 3, column decision.start (C): error:
// message" (the parts that are known), ending in a newline.
std::string render(const DataError& error);
// The error's JSON path, or "" when it has none (or is about a place in a sheet).
std::string json_path(const DataError& error);

struct InputPlaces;  // where each record of an input read from a sheet is (runtime/data/sheet_places.h)

struct Dataset {
  std::vector<Value> inputs;            // one per ModelTables::inputs, same order
  std::vector<std::string> input_files; // the file each input came from
  // For inputs read from sheets (others: null): where their records and fields are, so that errors
  // found later (record `require` lines) name the sheet, row and column.
  std::vector<std::shared_ptr<const InputPlaces>> input_places;
};

// How data files other than JSON are read: declared on the command line, never guessed.
struct DataOptions {
  LiteralDialect dialect = LiteralDialect::Standard;  // --data-dialect: numbers and dates in CSV and sheet text
  TextEncoding encoding = TextEncoding::Utf8;         // --data-encoding: of CSV files
};

struct LoadResult {
  std::optional<Dataset> data;  // present only when errors is empty
  std::vector<DataError> errors;
};

// Loads and validates `path` (file or folder) against the model's inputs.
LoadResult load_data(const ModelTables& model, const std::filesystem::path& path, const DataOptions& options = {});

// Rewrites each error about a JSON path inside an input read from a sheet to the sheet place it is
// at (so later checks, which know JSON paths only, name sheet, row and column).
void place_errors(const Dataset& data, const ModelTables& model, std::vector<DataError>& errors);

// Keeps the first 100 errors and counts the rest in one final entry about `file`.
void cap_errors(std::vector<DataError>& errors, const std::string& file);

// Validates one JSON document's text as the object of inputs it should be; used by load_data and
// by tests. `file` is used in messages only. Inputs found are stored into `out` (by input index);
// `seen` records which inputs were already provided by earlier files.
void load_json_text(const ModelTables& model, const std::string& file, const std::string& text,
                    Dataset& out, std::vector<bool>& seen, std::vector<DataError>& errors);

}  // namespace rw

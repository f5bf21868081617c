#pragma once
// Loads the data a model declares as inputs from JSON, validating every value against its declared
// type. A data path is one JSON file or a folder of them (*.json, read in name order); each file is
// an object whose top-level keys are input names. Every problem is reported with the file and the
// JSON path ($.clients[17].decision.start), never silently repaired.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "lang/model.h"
#include "runtime/values/value.h"

namespace rw {

struct DataError {
  std::string file;       // as given (path of the JSON file, or the data path itself)
  std::string json_path;  // "$.clients[17].decision.start"; empty when not about one value
  std::string message;    // what was expected, and the likely fix
};

// "file: $.path: error: message" (without ": $.path" when there is no path), ending in a newline.
std::string render(const DataError& error);

struct Dataset {
  std::vector<Value> inputs;            // one per ModelTables::inputs, same order
  std::vector<std::string> input_files; // the file each input came from
};

struct LoadResult {
  std::optional<Dataset> data;  // present only when errors is empty
  std::vector<DataError> errors;
};

// Loads and validates `path` (file or folder) against the model's inputs.
LoadResult load_data(const ModelTables& model, const std::filesystem::path& path);

// Keeps the first 100 errors and counts the rest in one final entry about `file`.
void cap_errors(std::vector<DataError>& errors, const std::string& file);

// Validates one JSON document's text as the object of inputs it should be; used by load_data and
// by tests. `file` is used in messages only. Inputs found are stored into `out` (by input index);
// `seen` records which inputs were already provided by earlier files.
void load_json_text(const ModelTables& model, const std::string& file, const std::string& text,
                    Dataset& out, std::vector<bool>& seen, std::vector<DataError>& errors);

}  // namespace rw

#pragma once
// What-ifs on data: the changes a scenario makes to its inputs (`add to`, `change`, `remove from`; see
// docs/language.md, "Scenarios"), applied to a loaded dataset before the years are settled. Added records
// are read and checked as the data loader reads data (types, keys, the records' `require` lines); a
// change that names no record of the data is an error at its place in the rule file.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "lang/checked_model.h"
#include "lang/diagnostics.h"
#include "runtime/data/loader.h"
#include "runtime/eval/overrides.h"

namespace rw {

struct ChangedData {
  std::optional<Dataset> data;            // the data with every change applied; nullopt after an error
  std::vector<Diagnostic> diagnostics;    // why not, placed in the rule file
  // Each change, briefly, for ComputedUnder::data_changes: "adds 10 clients (R-01 … R-10)".
  std::vector<std::string> descriptions;
};

// Applies the data changes of `overrides`' scenarios to `data`, in order. The values in a change read the
// record's own fields and the parameters as they are (with the overrides) in the model's first year.
// Added records get as origin their file and JSON path (or the scenario and its place in the rule file);
// a changed record keeps its origin and adds "changed by scenario NAME (fields)".
// Where the records file of an `add to <input> from "<file>"` is: beside the rule file `source`.
std::filesystem::path records_file_path(const SourceFile& source, const ast::DataChange& change);

// The records files the data changes of `overrides` read (inputs of the run: never written over).
std::vector<std::filesystem::path> records_files(const SourceFile& source, const Overrides& overrides);

ChangedData apply_data_changes(const CheckedModel& model, const SourceFile& source, const Dataset& data,
                               const Overrides& overrides);

}  // namespace rw

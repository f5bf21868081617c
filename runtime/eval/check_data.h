#pragma once
// What a model states valid data is beyond the types of its inputs, checked on data that loaded: the
// keys of its inputs are checked by the loader itself; here, the `require` lines of its records, and
// that every year in the data lies within the years the model's rules cover.
#include <filesystem>
#include <vector>

#include "lang/checked_model.h"
#include "lang/program.h"
#include "runtime/data/json_path.h"
#include "runtime/data/loader.h"

namespace rw {

// Every record that breaks one of its record's `require` lines, and every record field `year` (an
// integer) outside the years of the model's rules, at its file and JSON path.
std::vector<DataError> check_data(const Program& program, const Dataset& data);

// The same for one value of type `type` (records a scenario adds or changes), read from `file` at `path`.
std::vector<DataError> check_value(const CheckedModel& model, const SourceFile& source, const Dataset& data, const Value& value,
                                   const Type& type, const std::string& file, const JsonPath& path);

// load_data, then check_data on what loaded: the data a run of `model` may use.
LoadResult load_model_data(const Program& program, const std::filesystem::path& path,
                           const DataOptions& options = {});

}  // namespace rw

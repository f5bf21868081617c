#pragma once
// Checks the declared keys of an input (`input clients: list of Client keyed by id`): no two records
// of the list may share the values of the key fields.
#include <optional>
#include <string>
#include <vector>

#include "lang/model.h"
#include "runtime/data/json_path.h"
#include "runtime/data/value_converter.h"

namespace rw {

// One key field's value, whole, as the data writes it: C0042, 2022, 2025-01-01, Noordstad, BW; nullopt when
// the field has no value of a key's type (it failed to load, and that is reported already).
std::optional<std::string> key_value(const ModelTables& model, const Value& value);

// Reports, at its JSON path (or, with `at_key_field`, at its first key field's path: a sheet's key
// column), every record of `list` (the value of `input`, read at `path`) whose key an earlier record
// already has, naming that record's place too. Records whose key fields were not read (already
// reported) are skipped.
void report_duplicate_keys(const ModelTables& model, const InputInfo& input, const Value& list, const JsonPath& path,
                           ValueConverter& converter, bool at_key_field = false);

}  // namespace rw

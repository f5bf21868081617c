#pragma once
// Converts JSON values to runtime values of the types the model declares, reporting every mismatch
// (with the JSON path) instead of stopping at the first. Scalars are in convert_scalars.cpp,
// records, lists and periods in convert_compounds.cpp.
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lang/model.h"
#include "runtime/data/json_path.h"
#include "runtime/data/json_tree.h"
#include "runtime/data/loader.h"
#include "values/value.h"

namespace rw {

class ValueConverter {
 public:
  // Errors are appended to `errors`, each naming `file`. JSON strings that hold numbers and dates
  // are read in `dialect` (Standard for JSON files; CSV and sheet text in the declared dialect).
  ValueConverter(const ModelTables& model, std::string file, std::vector<DataError>& errors,
                 LiteralDialect dialect = LiteralDialect::Standard)
      : model_(model), file_(std::move(file)), errors_(errors), dialect_(dialect) {}

  // Names places by `namer` (JSON path text -> "sheet clients, row 5") in record origins and messages
  // that point at another value; without one, places are named by their JSON path.
  void name_places_by(std::function<std::string(const std::string&)> namer) { namer_ = std::move(namer); }
  // How messages and origins name the place `path`.
  std::string place(const JsonPath& path) const;

  // The value of `node` as `type`; after reporting why it is not one, Absent.
  Value convert(const JsonNode& node, const Type& type, const JsonPath& path);
  // Reports an error at `path` and returns Absent.
  Value report(const JsonPath& path, std::string message);

 private:
  const ModelTables& model_;
  std::string file_;
  std::vector<DataError>& errors_;
  LiteralDialect dialect_;
  std::function<std::string(const std::string&)> namer_;

  // Reports "expected <what>, found <node>" and returns Absent.
  Value expected(const JsonNode& node, const JsonPath& path, std::string_view what);

  // Scalars (convert_scalars.cpp).
  Value boolean(const JsonNode& node, const JsonPath& path);
  Value integer(const JsonNode& node, const JsonPath& path);
  Value decimal(const JsonNode& node, const JsonPath& path);
  Value money(const JsonNode& node, const JsonPath& path);
  Value date(const JsonNode& node, const JsonPath& path);
  Value duration(const JsonNode& node, const JsonPath& path);
  Value text(const JsonNode& node, const JsonPath& path);
  Value member(const JsonNode& node, const JsonPath& path);
  Value account(const JsonNode& node, const JsonPath& path);
  Value enumeration(const JsonNode& node, int decl, const JsonPath& path);

  // Compounds (convert_compounds.cpp).
  Value record(const JsonNode& node, int decl, const JsonPath& path);
  Value list(const JsonNode& node, const Type& element, const JsonPath& path);
  Value period(const JsonNode& node, const JsonPath& path);
  // Reports keys of `object` that are not in `allowed` (with did-you-mean) and keys given twice.
  void check_keys(const JsonNode& object, const std::vector<std::string>& allowed, const JsonPath& path,
                  std::string_view owner);
};

}  // namespace rw

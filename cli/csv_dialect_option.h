#pragma once
// `--csv-dialect standard|nl` on every command that writes CSV.
#include <string>

#include <CLI/CLI.hpp>

#include "report/csv_dialect.h"

namespace rw {

// Declares --csv-dialect on `command`, stored in `dialect` ("standard" unless given).
void add_csv_dialect_option(CLI::App& command, std::string& dialect);
// The dialect called `name` (one the option accepts).
CsvOutputDialect csv_dialect_named(const std::string& name);

}  // namespace rw

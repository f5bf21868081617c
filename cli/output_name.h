#pragma once
// --out NAME: a name whose extension says a format (settlement.json, settlement.xlsx) must get that format.
#include <string>
#include <vector>

namespace rw {

// Why `path` does not fit output in `format` (one of `formats`, the ones the subcommand can write),
// with the --format or the name that does; "" when it fits or its extension names no format (.snap).
std::string output_name_problem(const std::string& path, const std::string& format, const std::vector<std::string>& formats);

}  // namespace rw

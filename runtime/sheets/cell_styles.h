#pragma once
// The cell styles of the styles part (xl/styles.xml), as far as the reader needs them: which show dates.
#include <string_view>
#include <vector>

#include "runtime/sheets/zip_parts.h"

namespace rw {

// For each cell style (cellXfs, the index a cell's s="N" names), whether its number format shows a date
// or a time; or why the part cannot be read.
Checked<std::vector<bool>> read_date_styles(const ZipParts& parts, std::string_view name);

}  // namespace rw

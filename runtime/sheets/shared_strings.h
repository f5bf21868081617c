#pragma once
// The shared strings part (xl/sharedStrings.xml): the strings that cells of type "s" refer to by index.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/sheets/zip_parts.h"

namespace rw {

// The strings of the part `name`, in order, or why they cannot be read.
Checked<std::vector<std::string>> read_shared_strings(const ZipParts& parts, std::string_view name);

}  // namespace rw

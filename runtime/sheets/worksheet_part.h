#pragma once
// A worksheet part (xl/worksheets/sheetN.xml): its rows and cells, streamed.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/sheets/sheet.h"
#include "runtime/sheets/zip_parts.h"

namespace rw {

// What the cells of every sheet of one workbook refer to, and what they may use up.
struct WorksheetContext {
  const std::vector<std::string>& shared_strings;
  const std::vector<bool>& date_styles;  // per cell style index (s="N"): whether it shows a date
  std::size_t& cells_left;               // cell slots the workbook may still fill (empty ones before a filled one count)
};

// Reads the rows of the worksheet part `part` into `sheet` (whose name is set), or says why it cannot:
// a damaged part, a cell beyond the last row or column, too many cells.
std::optional<std::string> read_worksheet_part(const ZipParts& parts, std::string_view part, const WorksheetContext& context,
                                               Sheet& sheet);

// Whether `text` is a number as a worksheet stores one: "6000", "-0.025", "1.5E-2", ".5", "1e+20".
bool is_stored_number(std::string_view text);

}  // namespace rw

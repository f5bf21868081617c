#pragma once
// The workbook part (xl/workbook.xml): the sheets in order, and the date system.
#include <string>
#include <string_view>
#include <vector>

#include "runtime/sheets/zip_parts.h"

namespace rw {

inline constexpr std::size_t max_workbook_sheets = 1000;

struct WorkbookPart {
  struct SheetEntry {
    std::string name;             // UTF-8, as the sheet's tab shows it
    std::string relationship_id;  // r:id, naming the sheet's part in the workbook's relationships
  };
  std::vector<SheetEntry> sheets;  // in the workbook's order, hidden ones included
  bool date1904 = false;
};

// The sheets and date system of the workbook part `name`, or why they cannot be read (also when it
// lists more than max_workbook_sheets sheets).
Checked<WorkbookPart> read_workbook_part(const ZipParts& parts, std::string_view name);

}  // namespace rw

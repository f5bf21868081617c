#pragma once
// Advice shared by the XLSX reader's messages.
#include <string_view>

namespace rw {

// What to do about a workbook whose parts contradict each other or the format.
inline constexpr std::string_view damaged_workbook_advice =
    "the file is damaged: open it in Excel or LibreOffice Calc and save it again as .xlsx (Excel Workbook)";

}  // namespace rw

#pragma once
// Advice shared by the XLSX reader's messages.
#include "messages/say.h"

namespace rw {

// What to do about a workbook whose parts contradict each other or the format (said with tr()).
inline constexpr const char* damaged_workbook_advice = to_translate(
    "the file is damaged: open it in Excel or LibreOffice Calc and save it again as .xlsx (Excel Workbook)");

}  // namespace rw

#pragma once
// Files the workbench gives to save: their names, and answers that carry them.
#include <string>

#include "lang/checked_model.h"
#include "report/compare_report.h"
#include "report/xlsx_book.h"
#include "server/workbench.h"

namespace rw {

// "afrekening-<model>.xlsx": what the file holds (a Dutch word), the model's name in plain lower-case
// letters and digits joined by '-', and the format.
std::string download_name(const CheckedModel& model, const std::string& what, const std::string& format);

// A workbook to save, or a 500 when libxlsxwriter could not make it.
Answer workbook_answer(const XlsxBytes& workbook, std::string file_name);
// A CSV file to save.
Answer csv_answer(std::string text, std::string file_name);

// A comparison to save as "xlsx" or "csv" (standard dialect) under `file_name`.
Answer comparison_file(const Comparison& comparison, const std::string& format, std::string file_name);

}  // namespace rw

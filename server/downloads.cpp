#include "server/downloads.h"

#include <fmt/format.h>

#include "messages/say.h"
#include "report/xlsx_report.h"

namespace rw {

std::string download_name(const CheckedModel& model, const std::string& what, const std::string& format) {
  std::string name;
  for (char c : model.tables.model_name) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (plain) name += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    else if (!name.empty() && name.back() != '-') name += '-';
  }
  while (!name.empty() && name.back() == '-') name.pop_back();
  return fmt::format("{}-{}.{}", what, name.empty() ? "regelwerk" : name, format);
}

Answer workbook_answer(const XlsxBytes& workbook, std::string file_name) {
  if (!workbook.error.empty()) return refused(500, say("the workbook could not be made: {}", workbook.error));
  return Answer{200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.bytes, std::move(file_name)};
}

Answer csv_answer(std::string text, std::string file_name) {
  return Answer{200, "text/csv; charset=utf-8", std::move(text), std::move(file_name)};
}

Answer comparison_file(const Comparison& comparison, const std::string& format, std::string file_name) {
  if (format == "xlsx") return workbook_answer(render_comparison_xlsx(comparison), std::move(file_name));
  return csv_answer(render_comparison_csv(comparison), std::move(file_name));
}

}  // namespace rw

// libFuzzer target: any bytes as an .xlsx file: read_xlsx gives a workbook or a message, never crashes,
// hangs or throws; a workbook it gives keeps the shape sheet.h promises.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "runtime/sheets/xlsx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  rw::Checked<rw::Workbook> workbook = rw::read_xlsx(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!workbook.value) {
    if (workbook.error.empty()) std::abort();  // a refusal always says why
    return 0;
  }
  for (const rw::Sheet& sheet : workbook.value->sheets) {
    int previous = 0;
    for (const rw::SheetRow& row : sheet.rows) {
      if (row.number <= previous || row.cells.empty()) std::abort();  // rows ascend and hold a filled cell
      previous = row.number;
    }
  }
  return 0;
}

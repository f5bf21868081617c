#pragma once
// Test results as an Excel workbook (`regelwerk test --format xlsx`): sheet Tests, one row per test
// (file, test, location, result, message), and sheet Problems for what is outside single tests.
#include "report/xlsx_book.h"
#include "testing/runner.h"

namespace rw::testing {

// The workbook of `report`: result is passed, failed or error; message holds every failure and error, one per line.
XlsxBytes results_xlsx(const RunReport& report);

}  // namespace rw::testing

// Micro-benchmark: the XLSX reader on a client list as large as the national benchmark's (40,000 clients ×
// 8 columns), written once by libxlsxwriter as Excel writes one (shared strings, styled dates).
#include <benchmark/benchmark.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "runtime/sheets/xlsx_reader.h"

namespace {

constexpr int clients = 40'000;

// The bytes of a workbook with a header row and `clients` rows: id, product, municipality, start and
// end dates (dd-mm-yyyy), a yearly amount, a share and a flag.
std::string client_workbook() {
  char path[] = "/tmp/regelwerk-bench-XXXXXX.xlsx";
  int fd = mkstemps(path, 5);
  if (fd < 0) return {};
  close(fd);
  lxw_workbook* workbook = workbook_new(path);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Cliënten");
  lxw_format* date = workbook_add_format(workbook);
  format_set_num_format(date, "dd-mm-yyyy");
  const char* headers[] = {"id", "product", "municipality", "decision.start", "decision.end", "amount", "share", "existing"};
  for (lxw_col_t c = 0; c < 8; ++c) worksheet_write_string(sheet, 0, c, headers[c], nullptr);
  const char* municipalities[] = {"Arnhem", "Doesburg", "Duiven", "Renkum", "Rheden", "Rozendaal", "Westervoort", "Zevenaar"};
  for (lxw_row_t r = 1; r <= clients; ++r) {
    worksheet_write_string(sheet, r, 0, fmt::format("c{:05}", r).c_str(), nullptr);
    worksheet_write_string(sheet, r, 1, r % 3 ? "BW" : "BT", nullptr);
    worksheet_write_string(sheet, r, 2, municipalities[r % 8], nullptr);
    worksheet_write_number(sheet, r, 3, 44562 + r % 1000, date);  // from 2022-01-01 on
    worksheet_write_number(sheet, r, 4, 45658 + r % 700, date);   // from 2025-01-01 on
    worksheet_write_number(sheet, r, 5, 6000 + r % 250, nullptr);
    worksheet_write_number(sheet, r, 6, 0.025, nullptr);
    worksheet_write_boolean(sheet, r, 7, r % 2, nullptr);
  }
  std::string bytes;
  if (workbook_close(workbook) == LXW_NO_ERROR) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    bytes = text.str();
  }
  std::remove(path);
  return bytes;
}

void BM_ReadXlsx40000Clients(benchmark::State& state) {
  static const std::string bytes = client_workbook();
  for (auto _ : state) {
    rw::Checked<rw::Workbook> workbook = rw::read_xlsx(bytes);
    if (!workbook.value || workbook.value->sheets.at(0).rows.size() != clients + 1) state.SkipWithError("the workbook does not read");
    benchmark::DoNotOptimize(workbook);
  }
  state.SetItemsProcessed(state.iterations() * clients);
  state.counters["bytes"] = static_cast<double>(bytes.size());
}
BENCHMARK(BM_ReadXlsx40000Clients)->Unit(benchmark::kMillisecond);

}  // namespace

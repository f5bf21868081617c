#pragma once
// What the workbench answers from (one checked model, its data, the years and the settlement of the model
// as written), and its answers to the API's requests: each the same JSON the CLI prints for that question.
#include <string>
#include <vector>

#include "lang/program.h"
#include "runtime/data/loader.h"
#include "runtime/ledger/ledger.h"

namespace rw {

// Shared read-only by every request: nothing here changes after start-up.
struct Workbench {
  const Program& program;  // the rule file, checked
  const Dataset& data;
  std::string data_path;   // as given on the command line (--data)
  DataOptions data_options;  // how its CSV files and sheet text are read (--data-dialect, --data-encoding); uploads too
  std::vector<int> years;  // the years every answer settles
  Ledger agreed;           // the settlement of the model as written, reused by every what-if
  std::vector<std::string> test_files;  // the model's test files (*.regeltest), which a draft of the rules is tested with
};

// An HTTP answer: status, media type and body; a download's file name.
struct Answer {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::string file_name;  // "" unless the answer is a file to save (Content-Disposition: attachment)
};

// A JSON answer with `status`.
Answer json_answer(std::string body, int status = 200);
// A 4xx answer {"error": message} for a request the workbench cannot answer as asked.
Answer refused(int status, const std::string& message);

// GET /api/model: what the screens need to show the model (members, accounts, parameters with their
// declared values and comments, scenarios, rules, years) and the data it runs on.
Answer answer_model(const Workbench& workbench);
// POST /api/run {what-if, "reports"?}: `regelwerk run --format json` under that what-if; with
// "reports": false its list of reports is left empty (the rest is unchanged).
Answer answer_run(const Workbench& workbench, const std::string& request);
// POST /api/compare {what-if, "against"?, "changed_only"?}: `regelwerk compare --format json`; "against"
// is a scenario's name or a what-if {"scenario", "sets"} (one kept to compare with).
Answer answer_compare(const Workbench& workbench, const std::string& request);
// POST /api/explain {what-if, "posting" | "account" + "year" (+ "rule"), "items"?}: `regelwerk explain --format json`.
Answer answer_explain(const Workbench& workbench, const std::string& request);
// POST /api/download {what-if, "view": "settlement" | "differences" | "explanation", "format": "xlsx" | "csv",
// "csv_dialect"?, for differences "against"? and "changed_only"?, for an explanation its question}: the file
// `regelwerk run`, `compare` or `explain` (as xlsx only) writes in that format.
Answer answer_download(const Workbench& workbench, const std::string& request);

// GET /api/data: the data the workbench runs on, input by input, with the file each came from and its size.
Answer answer_data(const Workbench& workbench);
// POST /api/data (the body is the file, `file_name` its name: .xlsx, .csv or .json): the file checked
// as the data of the model, in a private temporary folder removed afterwards; its errors by sheet, row
// and column (or JSON path); or, when it has none, what settling on it changes against the loaded data
// (`compare --against-data`), as JSON or, with `download` "xlsx" or "csv", as that file.
Answer answer_upload(const Workbench& workbench, const std::string& file_name, const std::string& bytes, const std::string& download = "");

// GET /api/rules: the rule file's text and its warnings.
Answer answer_rules(const Workbench& workbench);
// POST /api/draft {"text": a draft of the rule file, "download"?}: its diagnostics; when it checks, the
// model's tests run against it (`regelwerk test --model`) and what it changes on the loaded data
// (`regelwerk diff`); with "download": "xlsx" or "csv" only that change, as the file diff writes.
Answer answer_draft(const Workbench& workbench, const std::string& request);
// POST /api/check {"text"}: the draft's diagnostics only, as /api/draft gives them, for checking while typing.
Answer answer_check(const Workbench& workbench, const std::string& request);
// POST /api/hover {"text", "line", "character"}: the language server's hover at that place of the text
// (0-based line, UTF-16 character, as LSP counts), {"hover": "<markdown>"} or {"hover": null} (server/hover_answer.cpp).
Answer answer_hover(const Workbench& workbench, const std::string& request);

// The uploads the workbench takes: at most this many bytes (a workbook of some thousands of clients).
inline constexpr std::size_t max_upload_bytes = 8 * 1024 * 1024;

}  // namespace rw

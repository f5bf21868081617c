#pragma once
// What the workbench answers from (one checked model, its data, the years and the settlement of the model
// as written), and its answers to the API's requests: each the same JSON the CLI prints for that question.
#include <string>
#include <vector>

#include "lang/checked_model.h"
#include "lang/source.h"
#include "runtime/data/loader.h"
#include "runtime/ledger/ledger.h"

namespace rw {

// Shared read-only by every request: nothing here changes after start-up.
struct Workbench {
  const SourceFile& source;
  const CheckedModel& model;
  const Dataset& data;
  std::string data_path;   // as given on the command line (--data)
  std::vector<int> years;  // the years every answer settles
  Ledger agreed;           // the settlement of the model as written, reused by every what-if
};

// An HTTP answer: status, media type and body.
struct Answer {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

// A 4xx answer {"error": message} for a request the workbench cannot answer as asked.
Answer refused(int status, const std::string& message);

// GET /api/model: what the screens need to show the model (members, accounts, parameters with their
// declared values and comments, scenarios, rules, years) and the data it runs on.
Answer answer_model(const Workbench& workbench);
// POST /api/run {what-if, "reports"?}: `regelwerk run --format json` under that what-if; with
// "reports": false its list of reports is left empty (the rest is unchanged).
Answer answer_run(const Workbench& workbench, const std::string& request);
// POST /api/compare {what-if, "against"?, "changed_only"?}: `regelwerk compare --format json`.
Answer answer_compare(const Workbench& workbench, const std::string& request);
// POST /api/explain {what-if, "posting" | "account" + "year" (+ "rule"), "items"?}: `regelwerk explain --format json`.
Answer answer_explain(const Workbench& workbench, const std::string& request);

}  // namespace rw

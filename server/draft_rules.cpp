// GET /api/rules and POST /api/draft: the rule file as the Regels screen shows it, and a draft of it
// checked, tested with the model's test files and compared with the rules as loaded.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lang/checker.h"
#include "messages/say.h"
#include "report/compare_report.h"
#include "report/private_folder.h"
#include "runtime/eval/check_data.h"
#include "runtime/eval/interpreter.h"
#include "server/downloads.h"
#include "server/request_fields.h"
#include "server/workbench.h"
#include "stdlib/builtins.h"
#include "testing/runner.h"

namespace rw {

namespace {

using Json = nlohmann::ordered_json;

// A diagnostic with where it starts and ends (1-based lines and columns), its message and its rendering.
Json diagnostic_json(const Diagnostic& diagnostic, const SourceFile& file) {
  LineColumn from = file.position(diagnostic.range.begin), to = file.position(diagnostic.range.end);
  return {{"severity", diagnostic.severity == Severity::Error ? "error" : "warning"},
          {"line", from.line}, {"column", from.column}, {"end_line", to.line}, {"end_column", to.column},
          {"message", diagnostic.message}, {"text", render(diagnostic, file)}};
}

Json diagnostics_json(const std::vector<Diagnostic>& diagnostics, const SourceFile& file) {
  Json out = Json::array();
  for (const Diagnostic& diagnostic : diagnostics) out.push_back(diagnostic_json(diagnostic, file));
  return out;
}

// `text` with every mention of the draft's private path written as the name people know it by.
std::string named(std::string text, const std::string& private_path, const std::string& name) {
  for (std::size_t at = text.find(private_path); at != std::string::npos; at = text.find(private_path, at + name.size())) {
    text.replace(at, private_path.size(), name);
  }
  return text;
}

// The model's tests run against the draft at `draft_path`: each test's name, place, and failures.
Json tests_json(const Workbench& workbench, const std::string& draft_path, const std::string& draft_name) {
  testing::RunOptions options;
  options.model = draft_path;
  options.jobs = 2;
  testing::RunReport report = testing::run_tests(workbench.test_files, options);
  Json results = Json::array();
  std::size_t failed = 0;
  for (const testing::TestResult& result : report.results) {
    Json failures = Json::array();
    for (const std::string& line : result.failures) failures.push_back(named(line, draft_path, draft_name));
    for (const std::string& line : result.errors) failures.push_back(named(line, draft_path, draft_name));
    failed += result.passed() ? 0 : 1;
    results.push_back({{"name", result.name}, {"location", result.location}, {"passed", result.passed()}, {"failures", failures}});
  }
  Json errors = Json::array();
  for (const std::string& error : report.errors) errors.push_back(named(error, draft_path, draft_name));
  return {{"files", workbench.test_files}, {"passed", report.results.size() - failed}, {"failed", failed},
          {"errors", errors}, {"results", results}};
}

}  // namespace

Answer answer_rules(const Workbench& workbench) {
  CheckResult checked = parse_and_check(*workbench.program.source, builtin_signatures());
  Json out = {{"file", workbench.program.source->path()}, {"text", workbench.program.source->text()},
              {"diagnostics", diagnostics_json(checked.diagnostics, *workbench.program.source)}, {"tests", workbench.test_files}};
  return json_answer(out.dump(2) + "\n");
}

Answer answer_check(const Workbench& workbench, const std::string& request) {
  auto body = parse_request_body(request);
  if (auto* problem = std::get_if<std::string>(&body)) return refused(400, *problem);
  auto text_read = text_field(std::get<nlohmann::json>(body), "text");
  if (auto* problem = std::get_if<std::string>(&text_read)) return refused(400, *problem);
  const std::optional<std::string>& text = std::get<0>(text_read);
  if (!text) return refused(400, std::string(tr("/text: send the draft of the rule file as {\"text\": \"…\"}")));
  CompileResult compiled = compile(say("{} (draft)", workbench.program.source->path()), *text, builtin_signatures());
  Json out = {{"diagnostics", diagnostics_json(compiled.diagnostics, *compiled.source)}, {"checks", compiled.program.has_value()}};
  return json_answer(out.dump(2) + "\n");
}

Answer answer_draft(const Workbench& workbench, const std::string& request) {
  auto body = parse_request_body(request);
  if (auto* problem = std::get_if<std::string>(&body)) return refused(400, *problem);
  auto text_read = text_field(std::get<nlohmann::json>(body), "text"), download_read = text_field(std::get<nlohmann::json>(body), "download");
  std::string problem;
  first_problem(problem, text_read, download_read);
  if (!problem.empty()) return refused(400, problem);
  const std::optional<std::string>& text = std::get<0>(text_read);
  if (!text) return refused(400, std::string(tr("/text: send the draft of the rule file as {\"text\": \"…\"}")));
  std::string download = std::get<0>(download_read).value_or("");
  if (!download.empty() && download != "xlsx" && download != "csv") return refused(400, say("/download: expected \"xlsx\" or \"csv\""));

  std::string draft_name = say("{} (draft)", workbench.program.source->path());
  CompileResult compiled = compile(draft_name, *text, builtin_signatures());
  const SourceFile& draft = *compiled.source;
  Json out = {{"diagnostics", diagnostics_json(compiled.diagnostics, draft)}, {"checks", compiled.program.has_value()},
              {"tests", nullptr}, {"data_errors", Json::array()}, {"comparison", nullptr}};
  auto no_change = [&](const std::string& why) { return refused(422, say("there is no change to download: {}", why)); };
  if (!compiled.program) return download.empty() ? json_answer(out.dump(2) + "\n") : no_change(say("the draft has errors"));

  if (download.empty()) {  // the test runner reads the draft from a file: one in a private folder, gone afterwards
    auto folder = PrivateFolder::make(problem);
    if (!folder) return refused(500, problem);
    std::filesystem::path draft_path = folder->write(std::filesystem::path(workbench.program.source->path()).filename().string(), *text, problem);
    if (draft_path.empty()) return refused(500, problem);
    out["tests"] = tests_json(workbench, draft_path.string(), draft_name);
  }

  // As `regelwerk diff`: the data is loaded again for the draft, which validates it against its own declarations.
  LoadResult data = load_model_data(*compiled.program, workbench.data_path, workbench.data_options);
  for (const DataError& error : data.errors) out["data_errors"].push_back(render(error));
  if (!data.data) return download.empty() ? json_answer(out.dump(2) + "\n") : no_change(say("the data does not fit the draft"));
  EvalResult settled = evaluate(*compiled.program, *data.data, workbench.years);
  if (!settled.ledger) {
    if (!download.empty()) return no_change(say("the draft cannot be settled"));
    out["evaluation_errors"] = render_all(settled.diagnostics, draft);
    return json_answer(out.dump(2) + "\n");
  }
  Comparison comparison{workbench.agreed,       *settled.ledger,        workbench.program.source->path(), draft_name, true,
                        to_translate("new − old"), to_translate("before"), to_translate("after")};
  if (!download.empty()) return comparison_file(comparison, download, download_name(workbench.program.model, "concept-verschillen", download));
  out["comparison"] = Json::parse(render_comparison_json(comparison));
  return json_answer(out.dump(2) + "\n");
}

}  // namespace rw

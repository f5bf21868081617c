#include "server/workbench.h"

#include <fmt/format.h>

#include "report/compare_report.h"
#include "report/explain_report.h"
#include "report/json_report.h"
#include "runtime/eval/explain.h"
#include "runtime/eval/interpreter.h"
#include "server/request_fields.h"

namespace rw {

Answer refused(int status, const std::string& message) {
  return Answer{status, "application/json", nlohmann::json{{"error", message}}.dump() + "\n"};
}

namespace {

// The settlement under `overrides`: the agreed one when there are none, else only what they reach
// settled again (equal to a full evaluation); or the evaluation's diagnostics as the problem.
std::variant<Ledger, std::string> settle(const Workbench& workbench, const Overrides& overrides) {
  if (overrides.empty()) return workbench.agreed;
  EvalResult result = reevaluate(workbench.model, workbench.source, workbench.data, workbench.agreed, overrides);
  if (!result.ledger) return render_all(result.diagnostics, workbench.source);
  return std::move(*result.ledger);
}

// The request's JSON object and what-if, each read for the answer `then` gives; a 400 on a problem.
template <typename Then>
Answer with_what_if(const Workbench& workbench, const std::string& body, Then then) {
  auto request = parse_request_body(body);
  if (auto* problem = std::get_if<std::string>(&request)) return refused(400, *problem);
  const nlohmann::json& fields = std::get<nlohmann::json>(request);
  auto overrides = read_what_if(workbench.model, fields);
  if (auto* problem = std::get_if<std::string>(&overrides)) return refused(400, *problem);
  return then(fields, std::get<Overrides>(overrides));
}

// Keeps in `problem` the first problem of the fields read, in order.
template <typename... Fields>
void first_problem(std::string& problem, const Fields&... fields) {
  auto note = [&](const auto& field) {
    if (const auto* found = std::get_if<std::string>(&field); found && problem.empty()) problem = *found;
  };
  (note(fields), ...);
}

// What an explain request asks: a posting, or an account in a year (and rule), with or without the items.
struct ExplainQuestion {
  std::optional<std::string> posting, account, rule;
  std::optional<int> year;
  bool items = false;
};

// The explain question of a request, or why it is none.
std::variant<ExplainQuestion, std::string> read_explain_question(const nlohmann::json& fields) {
  std::string problem;
  auto posting = text_field(fields, "posting"), account = text_field(fields, "account"), rule = text_field(fields, "rule");
  auto year = integer_field(fields, "year");
  auto items = flag_field(fields, "items");
  first_problem(problem, posting, account, rule, year, items);
  if (!problem.empty()) return problem;
  ExplainQuestion question{std::get<0>(posting), std::get<0>(account), std::get<0>(rule), std::get<0>(year), std::get<0>(items)};
  if (question.posting.has_value() == question.account.has_value()) {
    return std::string("explain needs \"posting\": ID, or \"account\": NAME with \"year\": YEAR");
  }
  if (question.account && !question.year) return std::string("/year: \"account\" needs \"year\": YEAR");
  return question;
}

}  // namespace

Answer answer_run(const Workbench& workbench, const std::string& request) {
  return with_what_if(workbench, request, [&](const nlohmann::json& fields, const Overrides& overrides) {
    auto reports = flag_field(fields, "reports", true);
    if (auto* problem = std::get_if<std::string>(&reports)) return refused(400, *problem);
    auto ledger = settle(workbench, overrides);
    if (auto* problem = std::get_if<std::string>(&ledger)) return refused(422, *problem);
    Ledger& settled = std::get<Ledger>(ledger);
    if (!std::get<bool>(reports)) settled.reports.clear();  // the screens that need no reports are spared megabytes
    return Answer{200, "application/json", render_json(settled)};
  });
}

Answer answer_compare(const Workbench& workbench, const std::string& request) {
  return with_what_if(workbench, request, [&](const nlohmann::json& fields, const Overrides& overrides) {
    auto against_field = text_field(fields, "against");
    auto changed_only_field = flag_field(fields, "changed_only");
    std::string problem;
    first_problem(problem, against_field, changed_only_field);
    if (!problem.empty()) return refused(400, problem);
    const std::optional<std::string>& against = std::get<0>(against_field);
    bool changed_only = std::get<bool>(changed_only_field);
    Overrides baseline_overrides;
    if (against && !against->empty()) {
      if (std::string problem = add_scenario(workbench.model, *against, baseline_overrides); !problem.empty()) {
        return refused(400, "/against: " + problem);
      }
    }
    // As the CLI does: against the model as written, the what-if settles only what it reaches again.
    auto baseline = settle(workbench, baseline_overrides);
    if (auto* problem = std::get_if<std::string>(&baseline)) return refused(422, *problem);
    auto scenario = settle(workbench, overrides);
    if (auto* problem = std::get_if<std::string>(&scenario)) return refused(422, *problem);
    const Ledger& what_if = std::get<Ledger>(scenario);
    std::string baseline_name = against && !against->empty() ? "scenario " + *against : "the model as written";
    Comparison comparison{std::get<Ledger>(baseline), what_if, baseline_name, what_if.computed_under.describe(), changed_only};
    return Answer{200, "application/json", render_comparison_json(comparison)};
  });
}

Answer answer_explain(const Workbench& workbench, const std::string& request) {
  return with_what_if(workbench, request, [&](const nlohmann::json& fields, const Overrides& overrides) {
    auto read = read_explain_question(fields);
    if (auto* problem = std::get_if<std::string>(&read)) return refused(400, *problem);
    const auto& [posting, account, rule, year, items] = std::get<ExplainQuestion>(read);
    auto settled = settle(workbench, overrides);
    if (auto* problem = std::get_if<std::string>(&settled)) return refused(422, *problem);
    const Ledger& ledger = std::get<Ledger>(settled);
    if (posting) {
      auto e = explain_posting(workbench.model, workbench.source, ledger, *posting);
      if (!e) {
        return refused(404, fmt::format("/posting: there is no posting {} (posting ids look like 2022/5/3: year/rule/number)", *posting));
      }
      return Answer{200, "application/json", render_posting_json(*e, items)};
    }
    auto e = explain_account(workbench.model, workbench.source, ledger, *account, *year);
    if (!e) {
      return refused(404, fmt::format("/account: the model has no account {}{}", *account, account_hint(workbench.model, *account)));
    }
    if (rule) keep_only_rule(*e, *rule);
    return Answer{200, "application/json", render_account_json(*e, items)};
  });
}

}  // namespace rw

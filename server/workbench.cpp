#include "server/workbench.h"

#include <memory>
#include <type_traits>

#include <fmt/format.h>

#include "report/compare_report.h"
#include "messages/say.h"
#include "report/csv_report.h"
#include "report/explain_report.h"
#include "report/explain_xlsx.h"
#include "report/json_report.h"
#include "report/xlsx_report.h"
#include "runtime/eval/explain.h"
#include "runtime/eval/interpreter.h"
#include "server/downloads.h"
#include "server/request_fields.h"

namespace rw {

Answer json_answer(std::string body, int status) { return Answer{status, "application/json", std::move(body), ""}; }

Answer refused(int status, const std::string& message) { return json_answer(nlohmann::json{{"error", message}}.dump() + "\n", status); }

namespace {

// A settlement a request reads: the agreed one (shared, never copied) or one settled for the request.
using Settlement = std::shared_ptr<const Ledger>;

// The settlement under `overrides`: the agreed one when there are none, else only what they reach
// settled again (equal to a full evaluation); or the evaluation's diagnostics as the problem.
std::variant<Settlement, std::string> settle(const Workbench& workbench, const Overrides& overrides) {
  if (overrides.empty()) return Settlement(Settlement(), &workbench.agreed);  // owns nothing: the workbench outlives requests
  EvalResult result = reevaluate(workbench.program, workbench.data, workbench.agreed, overrides);
  if (!result.ledger) return render_all(result.diagnostics, *workbench.program.source);
  return std::make_shared<const Ledger>(std::move(*result.ledger));
}

// The request's JSON object and what-if, each read for the answer `then` gives; a 400 on a problem.
template <typename Then>
Answer with_what_if(const Workbench& workbench, const std::string& body, Then then) {
  auto request = parse_request_body(body);
  if (auto* problem = std::get_if<std::string>(&request)) return refused(400, *problem);
  const nlohmann::json& fields = std::get<nlohmann::json>(request);
  auto overrides = read_what_if(workbench.program.model, fields);
  if (auto* problem = std::get_if<std::string>(&overrides)) return refused(400, *problem);
  return then(fields, std::get<Overrides>(overrides));
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
    return say("explain needs \"posting\": ID, or \"account\": NAME with \"year\": YEAR");
  }
  if (question.account && !question.year) return say("/year: \"account\" needs \"year\": YEAR");
  return question;
}

// The explanation a request asks for (a PostingExplanation or an AccountExplanation) with its "items"
// flag, given to `then`; or the refusal.
template <typename Then>
Answer with_explanation(const Workbench& workbench, const nlohmann::json& fields, const Overrides& overrides, Then then) {
  auto read = read_explain_question(fields);
  if (auto* problem = std::get_if<std::string>(&read)) return refused(400, *problem);
  const auto& [posting, account, rule, year, items] = std::get<ExplainQuestion>(read);
  auto settled = settle(workbench, overrides);
  if (auto* problem = std::get_if<std::string>(&settled)) return refused(422, *problem);
  const Ledger& ledger = *std::get<Settlement>(settled);
  if (posting) {
    auto e = explain_posting(workbench.program, ledger, *posting);
    if (!e) return refused(404, say("/posting: there is no posting {} (posting ids look like 2022/5/3: year/rule/number)", *posting));
    return then(*e, items);
  }
  auto e = explain_account(workbench.program, ledger, *account, *year);
  if (!e) return refused(404, say("/account: the model has no account {}{}", *account, account_hint(workbench.program.model, *account)));
  if (rule) keep_only_rule(*e, *rule);
  return then(*e, items);
}

// The baseline a compare request names: "against" a scenario's name, or a what-if {"scenario", "sets"}
// kept to compare with; absent (or ""), the model as written. Its overrides, or the problem.
std::variant<Overrides, std::string> read_against(const CheckedModel& model, const nlohmann::json& fields) {
  auto against = fields.find("against");
  if (against == fields.end() || against->is_null()) return Overrides{};
  if (against->is_object()) return read_what_if(model, *against, "/against");
  if (!against->is_string()) return std::string(tr("/against: expected a scenario's name, or a what-if {\"scenario\": …, \"sets\": […]}"));
  Overrides overrides;
  if (std::string name = against->get<std::string>(); !name.empty()) {
    if (std::string problem = add_scenario(model, name, overrides); !problem.empty()) return "/against: " + problem;
  }
  return overrides;
}

// The comparison a request asks for (its baseline, "changed_only" and the what-if), given to `then`; or the refusal.
template <typename Then>
Answer with_comparison(const Workbench& workbench, const nlohmann::json& fields, const Overrides& overrides, Then then) {
  auto baseline_overrides = read_against(workbench.program.model, fields);
  if (auto* problem = std::get_if<std::string>(&baseline_overrides)) return refused(400, *problem);
  auto changed_only = flag_field(fields, "changed_only");
  if (auto* problem = std::get_if<std::string>(&changed_only)) return refused(400, *problem);
  // As the CLI does: against the model as written, the what-if settles only what it reaches again.
  auto baseline = settle(workbench, std::get<Overrides>(baseline_overrides));
  if (auto* problem = std::get_if<std::string>(&baseline)) return refused(422, *problem);
  auto scenario = settle(workbench, overrides);
  if (auto* problem = std::get_if<std::string>(&scenario)) return refused(422, *problem);
  const Ledger &before = *std::get<Settlement>(baseline), &after = *std::get<Settlement>(scenario);
  std::string baseline_name = before.computed_under.agreed() ? to_translate("the model as written") : before.computed_under.describe();
  if (!before.computed_under.agreed() && before.computed_under.settings.empty()) baseline_name = "scenario " + before.computed_under.scenario;
  return then(Comparison{before, after, baseline_name, after.computed_under.describe(), std::get<bool>(changed_only)});
}

}  // namespace

Answer answer_run(const Workbench& workbench, const std::string& request) {
  return with_what_if(workbench, request, [&](const nlohmann::json& fields, const Overrides& overrides) {
    auto reports = flag_field(fields, "reports", true);
    if (auto* problem = std::get_if<std::string>(&reports)) return refused(400, *problem);
    auto ledger = settle(workbench, overrides);
    if (auto* problem = std::get_if<std::string>(&ledger)) return refused(422, *problem);
    // The screens that need no reports are spared megabytes.
    return json_answer(render_json(*std::get<Settlement>(ledger), std::get<bool>(reports) ? JsonReports::Included : JsonReports::LeftOut));
  });
}

Answer answer_compare(const Workbench& workbench, const std::string& request) {
  return with_what_if(workbench, request, [&](const nlohmann::json& fields, const Overrides& overrides) {
    return with_comparison(workbench, fields, overrides, [](const Comparison& comparison) {
      return json_answer(render_comparison_json(comparison));
    });
  });
}

Answer answer_explain(const Workbench& workbench, const std::string& request) {
  return with_what_if(workbench, request, [&](const nlohmann::json& fields, const Overrides& overrides) {
    return with_explanation(workbench, fields, overrides, [](const auto& explanation, bool items) {
      if constexpr (std::is_same_v<std::decay_t<decltype(explanation)>, PostingExplanation>) {
        return json_answer(render_posting_json(explanation, items));
      } else {
        return json_answer(render_account_json(explanation, items));
      }
    });
  });
}

Answer answer_download(const Workbench& workbench, const std::string& request) {
  return with_what_if(workbench, request, [&](const nlohmann::json& fields, const Overrides& overrides) {
    auto view_field = text_field(fields, "view"), format_field = text_field(fields, "format"), dialect_field = text_field(fields, "csv_dialect");
    std::string problem;
    first_problem(problem, view_field, format_field, dialect_field);
    if (!problem.empty()) return refused(400, problem);
    std::string view = std::get<0>(view_field).value_or(""), format = std::get<0>(format_field).value_or("");
    std::string dialect_name = std::get<0>(dialect_field).value_or("standard");
    if (view != "settlement" && view != "differences" && view != "explanation") {
      return refused(400, say("/view: expected \"settlement\", \"differences\" or \"explanation\""));
    }
    if (format != "xlsx" && format != "csv") return refused(400, say("/format: expected \"xlsx\" or \"csv\""));
    if (dialect_name != "standard" && dialect_name != "nl") return refused(400, say("/csv_dialect: expected \"standard\" or \"nl\""));
    CsvOutputDialect dialect = dialect_name == "nl" ? dutch_csv() : standard_csv();
    std::string file_name = download_name(workbench.program.model, view == "settlement" ? "afrekening" : view == "differences" ? "verschillen" : "uitleg", format);
    if (view == "explanation") {
      if (format != "xlsx") return refused(400, say("/format: an explanation downloads as \"xlsx\""));
      return with_explanation(workbench, fields, overrides, [&](const auto& explanation, bool items) {
        if constexpr (std::is_same_v<std::decay_t<decltype(explanation)>, PostingExplanation>) {
          return workbook_answer(render_posting_xlsx(explanation, items), file_name);
        } else {
          return workbook_answer(render_account_xlsx(explanation), file_name);
        }
      });
    }
    if (view == "differences") {
      return with_comparison(workbench, fields, overrides, [&](const Comparison& comparison) {
        if (format == "xlsx") return workbook_answer(render_comparison_xlsx(comparison), file_name);
        return csv_answer(render_comparison_csv(comparison, dialect), file_name);
      });
    }
    auto settled = settle(workbench, overrides);
    if (auto* problem = std::get_if<std::string>(&settled)) return refused(422, *problem);
    const Ledger& ledger = *std::get<Settlement>(settled);
    if (format == "xlsx") return workbook_answer(render_ledger_xlsx(ledger), file_name);
    return csv_answer(render_csv(ledger, dialect), file_name);
  });
}

}  // namespace rw

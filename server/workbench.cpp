#include "server/workbench.h"

#include <fmt/format.h>

#include "lang/diagnostics.h"
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

// The value of a field that was read, or the 400 answer saying why it could not be.
#define RW_FIELD_OR_REFUSE(variable, read) \
  auto variable##_read = (read);           \
  if (auto* problem = std::get_if<std::string>(&variable##_read)) return refused(400, *problem); \
  auto variable = std::get<0>(std::move(variable##_read))

}  // namespace

Answer answer_run(const Workbench& workbench, const std::string& request) {
  return with_what_if(workbench, request, [&](const nlohmann::json& fields, const Overrides& overrides) {
    auto reports = fields.contains("reports") ? flag_field(fields, "reports") : std::variant<bool, std::string>(true);
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
    RW_FIELD_OR_REFUSE(against, text_field(fields, "against"));
    RW_FIELD_OR_REFUSE(changed_only, flag_field(fields, "changed_only"));
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
    RW_FIELD_OR_REFUSE(posting, text_field(fields, "posting"));
    RW_FIELD_OR_REFUSE(account, text_field(fields, "account"));
    RW_FIELD_OR_REFUSE(year, integer_field(fields, "year"));
    RW_FIELD_OR_REFUSE(rule, text_field(fields, "rule"));
    RW_FIELD_OR_REFUSE(items, flag_field(fields, "items"));
    if (posting.has_value() == account.has_value()) {
      return refused(400, "explain needs \"posting\": ID, or \"account\": NAME with \"year\": YEAR");
    }
    if (account && !year) return refused(400, "/year: \"account\" needs \"year\": YEAR");
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
      std::vector<std::string> names;
      for (const AccountDecl& a : workbench.model.tables.accounts) names.push_back(a.id);
      std::string hint = closest_name(*account, names);
      return refused(404, fmt::format("/account: the model has no account {}{}", *account,
                                      hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
    }
    if (rule) {
      std::erase_if(e->received, [&](const PostingExplanation& p) { return p.posting->rule_id != *rule; });
      std::erase_if(e->paid, [&](const PostingExplanation& p) { return p.posting->rule_id != *rule; });
    }
    return Answer{200, "application/json", render_account_json(*e, items)};
  });
}

}  // namespace rw

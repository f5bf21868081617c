// `regelwerk explain FILE --data PATH (--posting ID | --account NAME --year Y [--rule R] | --report NAME --year Y [--for SUBJECT])
//                    [--items] [--format text|json|xlsx] [--out FILE] [--set ...] [--scenario ...]`.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/session.h"
#include "report/explain_report.h"
#include "report/explain_xlsx.h"
#include "report/report_explanation_text.h"
#include "runtime/eval/explain.h"
#include "runtime/eval/report_explanation.h"
#include "messages/say.h"

namespace rw {

namespace {

struct ExplainOptions {
  SessionOptions session;
  std::string posting;
  std::string account;
  int year = 0;
  std::string rule;  // with --account: only this rule's postings
  bool items = false;
  std::string report;                  // --report NAME
  std::optional<std::string> subject;  // --for SUBJECT: a record's key, a member or an account
  std::string format = "text";
  std::string out;
};

const std::vector<std::string> explain_formats{"text", "json", "xlsx"};

// `explain --report NAME --year Y [--for SUBJECT]` on a settled ledger.
int explain_one_report(const ExplainOptions& options, const Session& session, const Ledger& ledger, const Output& output) {
  const CheckedModel& model = session.loaded.model;
  if (!model.report_types.count(options.report)) {
    std::string names;
    for (const auto& [name, type] : model.report_types) names += (names.empty() ? "" : ", ") + name;
    std::cerr << (names.empty() ? say("regelwerk: error: --report {}: the model reports no such figure (it has no report statements)",
                                      options.report)
                                : say("regelwerk: error: --report {}: the model reports no such figure; its reports: {}", options.report, names))
              << "\n";
    return exit_user_error;
  }
  auto e = explain_report(session.loaded, ledger, options.report, options.year, options.subject);
  if (!e) {
    std::vector<std::string> subjects = reported_subjects(ledger, options.report, options.year);
    std::string listed;
    for (std::size_t i = 0; i < subjects.size() && i < 8; ++i) {
      listed += (listed.empty() ? "" : ", ") + (subjects[i].empty() ? say("the rule's own (no --for)") : subjects[i]);
    }
    if (subjects.size() > 8) listed += ", ...";
    std::cerr << (options.subject ? say("regelwerk: error: {} is not reported for {} in {}", options.report, *options.subject, options.year)
                                  : say("regelwerk: error: {} is not reported as a rule's own figure (without --for) in {}", options.report,
                                        options.year))
              << (listed.empty() ? "" : say("; it is reported for: {}", listed)) << "\n";
    return exit_user_error;
  }
  if (options.format == "xlsx") {
    std::cerr << say("regelwerk: error: explain --report writes text or json") << "\n";
    return exit_user_error;
  }
  return emit(options.format == "json" ? render_report_explanation_json(*e) : render_report_explanation_text(*e), output);
}

int explain(ExplainOptions options) {
  int asked = !options.posting.empty() + !options.account.empty() + !options.report.empty();
  if (asked != 1) {
    std::cerr << say("regelwerk: error: explain needs --posting ID, --account NAME with --year YEAR, or --report NAME with --year YEAR")
              << "\n";
    return exit_user_error;
  }
  if (!options.report.empty() && options.year == 0) {
    std::cerr << say("regelwerk: error: --report needs --year YEAR") << "\n";
    return exit_user_error;
  }
  if (options.subject && options.report.empty()) {
    std::cerr << say("regelwerk: error: --for goes with --report NAME") << "\n";
    return exit_user_error;
  }
  if (!options.account.empty() && options.year == 0) {
    std::cerr << say("regelwerk: error: --account needs --year YEAR") << "\n";
    return exit_user_error;
  }
  // Only the year that is explained needs to be evaluated.
  if (!options.session.years) {
    options.session.years = options.posting.empty() ? std::to_string(options.year) : options.posting.substr(0, options.posting.find('/'));
  }
  auto session = open_session(options.session);
  if (!session) return exit_user_error;
  auto ledger = settle(*session, session->overrides);
  if (!ledger) return exit_user_error;
  const CheckedModel& model = session->loaded.model;
  bool json = options.format == "json", xlsx = options.format == "xlsx";
  Output output{options.out, options.format, explain_formats, session->inputs};
  if (!options.report.empty()) return explain_one_report(options, *session, *ledger, output);
  if (!options.posting.empty()) {
    auto e = explain_posting(session->loaded, *ledger, options.posting);
    if (!e) {
      std::cerr << say("regelwerk: error: there is no posting {} (posting ids look like 2022/5/3: year/rule/number; "
                       "`run --format csv` lists them)", options.posting)
                << "\n";
      return exit_user_error;
    }
    if (xlsx) return emit_workbook(render_posting_xlsx(*e, options.items), output);
    return emit(json ? render_posting_json(*e, options.items) : render_posting_text(*e, options.items), output);
  }
  auto e = explain_account(session->loaded, *ledger, options.account, options.year);
  if (!e) {
    std::cerr << say("regelwerk: error: --account {}: the model has no such account{}", options.account, account_hint(model, options.account))
              << "\n";
    return exit_user_error;
  }
  if (!options.rule.empty()) {
    keep_only_rule(*e, options.rule);
    // With one rule the reader wants the derivations, not a list.
    if (!json && e->received.size() + e->paid.size() == 1) {
      const PostingExplanation& only = e->received.empty() ? e->paid.front() : e->received.front();
      if (xlsx) return emit_workbook(render_posting_xlsx(only, options.items), output);
      return emit(render_posting_text(only, options.items), output);
    }
  }
  if (xlsx) return emit_workbook(render_account_xlsx(*e), output);
  return emit(json ? render_account_json(*e, options.items) : render_account_text(*e), output);
}

}  // namespace

void add_explain_command(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("explain", say("Explain a posting, or what an account received and paid in a year"));
  auto options = std::make_shared<ExplainOptions>();
  add_session_options(*command, options->session);
  command->add_option("--posting", options->posting, say("A posting id as printed by run (json, csv): YEAR/RULE/NUMBER"));
  command->add_option("--account", options->account, say("An account (a member, or e.g. centre)"));
  command->add_option("--year", options->year, say("The year, with --account or --report"));
  command->add_option("--rule", options->rule, say("With --account: only this rule (one posting is explained in full)"));
  command->add_option("--report", options->report, say("A report's name (a `report` statement): explain its value"));
  command->add_option_function<std::string>(
      "--for", [options](const std::string& subject) { options->subject = subject; },
      say("With --report: its subject (a record's key such as c08, a member or an account); without it, the rule's own figure"));
  command->add_flag("--items", options->items, say("List the pseudonymous ids with the data file and JSON path of each record"));
  command->add_option("--format", options->format, say("Output format (xlsx: an Excel workbook; needs --out)"))->check(CLI::IsMember(explain_formats))->capture_default_str();
  command->add_option("--out", options->out, say("Write to this file (atomically) instead of standard output"));
  command->callback([options, &exit_code] { exit_code = explain(*options); });
}

}  // namespace rw

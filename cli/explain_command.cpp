// `regelwerk explain FILE --data PATH (--posting ID | --account NAME --year Y [--rule R])
//                    [--items] [--format text|json|xlsx] [--out FILE] [--set ...] [--scenario ...]`.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/session.h"
#include "report/explain_report.h"
#include "report/explain_xlsx.h"
#include "runtime/eval/explain.h"

namespace rw {

namespace {

struct ExplainOptions {
  SessionOptions session;
  std::string posting;
  std::string account;
  int year = 0;
  std::string rule;  // with --account: only this rule's postings
  bool items = false;
  std::string format = "text";
  std::string out;
};

const std::vector<std::string> explain_formats{"text", "json", "xlsx"};

int explain(ExplainOptions options) {
  if (options.posting.empty() == options.account.empty()) {
    std::cerr << "regelwerk: error: explain needs --posting ID, or --account NAME with --year YEAR\n";
    return exit_user_error;
  }
  if (!options.account.empty() && options.year == 0) {
    std::cerr << "regelwerk: error: --account needs --year YEAR\n";
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
  const SourceFile& source = *session->loaded.source;
  bool json = options.format == "json", xlsx = options.format == "xlsx";
  Output output{options.out, options.format, explain_formats, session->inputs};
  if (!options.posting.empty()) {
    auto e = explain_posting(model, source, *ledger, options.posting);
    if (!e) {
      std::cerr << fmt::format("regelwerk: error: there is no posting {} (posting ids look like 2022/5/3: year/rule/number; "
                               "`run --format csv` lists them)\n", options.posting);
      return exit_user_error;
    }
    if (xlsx) return emit_workbook(render_posting_xlsx(*e, options.items), output);
    return emit(json ? render_posting_json(*e, options.items) : render_posting_text(*e, options.items), output);
  }
  auto e = explain_account(model, source, *ledger, options.account, options.year);
  if (!e) {
    std::vector<std::string> names;
    for (const AccountDecl& a : model.tables.accounts) names.push_back(a.id);
    std::string hint = closest_name(options.account, names);
    std::cerr << fmt::format("regelwerk: error: --account {}: the model has no such account{}\n", options.account,
                             hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint));
    return exit_user_error;
  }
  if (!options.rule.empty()) {
    std::erase_if(e->received, [&](const PostingExplanation& p) { return p.posting->rule_id != options.rule; });
    std::erase_if(e->paid, [&](const PostingExplanation& p) { return p.posting->rule_id != options.rule; });
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
  auto* command = app.add_subcommand("explain", "Explain a posting, or what an account received and paid in a year");
  auto options = std::make_shared<ExplainOptions>();
  add_session_options(*command, options->session);
  command->add_option("--posting", options->posting, "A posting id as printed by run (json, csv): YEAR/RULE/NUMBER");
  command->add_option("--account", options->account, "An account (a member, or e.g. centre)");
  command->add_option("--year", options->year, "The year, with --account");
  command->add_option("--rule", options->rule, "With --account: only this rule (one posting is explained in full)");
  command->add_flag("--items", options->items, "List the pseudonymous ids with the data file and JSON path of each record");
  command->add_option("--format", options->format, "Output format (xlsx: an Excel workbook; needs --out)")->check(CLI::IsMember(explain_formats))->capture_default_str();
  command->add_option("--out", options->out, "Write to this file (atomically) instead of standard output");
  command->callback([options, &exit_code] { exit_code = explain(*options); });
}

}  // namespace rw

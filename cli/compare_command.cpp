// `regelwerk compare FILE --data PATH (--scenario A | --set NAME=VALUE ...) [--against B] [--years ...]
//                    [--changed-only] [--format table|json|csv|xlsx] [--csv-dialect standard|nl] [--out FILE]`.
#include <iostream>

#include "cli/commands.h"
#include "cli/csv_dialect_option.h"
#include "cli/output.h"
#include "cli/session.h"
#include "report/compare_report.h"
#include "report/xlsx_report.h"

namespace rw {

namespace {

struct CompareOptions {
  SessionOptions session;
  std::string against;  // a scenario as the baseline instead of the model as written
  bool changed_only = false;
  std::string format = "table";
  std::string csv_dialect = "standard";
  std::string out;
};

const std::vector<std::string> compare_formats{"table", "json", "csv", "xlsx"};

int compare(const CompareOptions& options) {
  if (options.session.scenario.empty() && options.session.sets.empty()) {
    std::cerr << "regelwerk: error: compare needs a what-if: --scenario NAME or --set NAME=VALUE\n";
    return exit_user_error;
  }
  auto session = open_session(options.session);
  if (!session) return exit_user_error;
  auto baseline_overrides = read_overrides(session->loaded.model, options.against, {});
  if (!baseline_overrides) return exit_user_error;
  auto baseline = settle(*session, *baseline_overrides);
  if (!baseline) return exit_user_error;
  // Against the model as written, only the rules the what-if reaches are evaluated again.
  auto scenario = options.against.empty() ? settle_again(*session, *baseline, session->overrides) : settle(*session, session->overrides);
  if (!scenario) return exit_user_error;
  Comparison comparison{*baseline, *scenario,
                        options.against.empty() ? "the model as written" : "scenario " + options.against,
                        scenario->computed_under.describe(), options.changed_only};
  Output output{options.out, options.format, compare_formats, session->inputs};
  if (options.format == "xlsx") return emit_workbook(render_comparison_xlsx(comparison), output);
  std::string text = options.format == "json"  ? render_comparison_json(comparison)
                     : options.format == "csv" ? render_comparison_csv(comparison, csv_dialect_named(options.csv_dialect))
                                               : render_comparison_table(comparison);
  return emit(text, output);
}

}  // namespace

void add_compare_command(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("compare", "Compare a what-if with the model as written: per year, account and rule");
  auto options = std::make_shared<CompareOptions>();
  add_session_options(*command, options->session);
  command->add_option("--against", options->against, "Compare with this scenario instead of the model as written");
  command->add_flag("--changed-only", options->changed_only, "Show only the accounts and rules whose amounts change");
  command->add_option("--format", options->format, "Output format (xlsx: an Excel workbook; needs --out)")
      ->check(CLI::IsMember(compare_formats))
      ->capture_default_str();
  add_csv_dialect_option(*command, options->csv_dialect);
  command->add_option("--out", options->out, "Write to this file (atomically) instead of standard output");
  command->callback([options, &exit_code] { exit_code = compare(*options); });
}

}  // namespace rw

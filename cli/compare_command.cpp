// `regelwerk compare FILE --data PATH (--scenario A | --set NAME=VALUE ... | --against-data OTHER) [--against B] [--years ...]
//                    [--changed-only] [--format table|json|csv|xlsx] [--csv-dialect standard|nl] [--out FILE]`.
#include <iostream>

#include "cli/commands.h"
#include "cli/csv_dialect_option.h"
#include "cli/output.h"
#include "cli/session.h"
#include "report/compare_report.h"
#include "report/xlsx_report.h"
#include "messages/say.h"

namespace rw {

namespace {

struct CompareOptions {
  SessionOptions session;
  std::string against;  // a scenario as the baseline instead of the model as written
  std::string against_data;  // other data as the baseline, under the same rules (and --against scenario)
  bool changed_only = false;
  std::string format = "table";
  std::string csv_dialect = "standard";
  std::string out;
};

const std::vector<std::string> compare_formats{"table", "json", "csv", "xlsx"};

int compare(const CompareOptions& options) {
  bool two_data_sets = !options.against_data.empty();
  if (options.session.scenario.empty() && options.session.sets.empty() && !two_data_sets) {
    std::cerr << say("regelwerk: error: compare needs a what-if: --scenario NAME, --set NAME=VALUE or --against-data PATH") << "\n";
    return exit_user_error;
  }
  auto session = open_session(options.session);
  if (!session) return exit_user_error;
  std::optional<Dataset> other_data;
  if (two_data_sets) {
    other_data = load_checked_data(session->loaded, options.against_data, options.session.data_options);
    if (!other_data) return exit_user_error;
  }
  auto baseline_overrides = read_overrides(session->loaded.model, options.against, {});
  if (!baseline_overrides) return exit_user_error;
  auto baseline = two_data_sets ? settle_on(*session, *other_data, *baseline_overrides) : settle(*session, *baseline_overrides);
  if (!baseline) return exit_user_error;
  // Against the model as written on the same data, only the rules the what-if reaches are evaluated again.
  bool reuse = options.against.empty() && !two_data_sets;
  auto scenario = reuse ? settle_again(*session, *baseline, session->overrides) : settle(*session, session->overrides);
  if (!scenario) return exit_user_error;
  if (two_data_sets) {  // each side says which data it read, in every format (computed_under)
    baseline->computed_under.data = options.against_data;
    scenario->computed_under.data = options.session.data;
  }
  // The names stay English in JSON; the table and the workbook say them with tr().
  std::string baseline_name = options.against.empty() ? to_translate("the model as written") : "scenario " + options.against;
  if (two_data_sets) baseline_name = baseline->computed_under.describe();
  Comparison comparison{*baseline, *scenario, baseline_name, scenario->computed_under.describe(), options.changed_only};
  std::vector<RunInput> inputs = session->inputs;
  if (two_data_sets) {
    for (const RunInput& input : inputs_of({}, options.against_data)) inputs.push_back(input);
  }
  Output output{options.out, options.format, compare_formats, inputs};
  if (options.format == "xlsx") return emit_workbook(render_comparison_xlsx(comparison), output);
  std::string text = options.format == "json"  ? render_comparison_json(comparison)
                     : options.format == "csv" ? render_comparison_csv(comparison, csv_dialect_named(options.csv_dialect))
                                               : render_comparison_table(comparison);
  return emit(text, output);
}

}  // namespace

void add_compare_command(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("compare", say("Compare a what-if with the model as written: per year, account and rule"));
  auto options = std::make_shared<CompareOptions>();
  add_session_options(*command, options->session);
  command->add_option("--against", options->against, say("Compare with this scenario instead of the model as written"));
  command->add_option("--against-data", options->against_data,
                      say("Compare with the same rules on other data (a file or folder, as --data): the baseline reads it"));
  command->add_flag("--changed-only", options->changed_only, say("Show only the accounts and rules whose amounts change"));
  command->add_option("--format", options->format, say("Output format (xlsx: an Excel workbook; needs --out)"))
      ->check(CLI::IsMember(compare_formats))
      ->capture_default_str();
  add_csv_dialect_option(*command, options->csv_dialect);
  command->add_option("--out", options->out, say("Write to this file (atomically) instead of standard output"));
  command->callback([options, &exit_code] { exit_code = compare(*options); });
}

}  // namespace rw

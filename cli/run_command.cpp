// `regelwerk run FILE --data PATH [--years Y|Y..Y] [--set NAME=VALUE]... [--scenario NAME]
//                [--format table|json|csv|items] [--out FILE]`.
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/session.h"
#include "report/csv_report.h"
#include "report/items_report.h"
#include "report/json_report.h"
#include "report/table_report.h"

namespace rw {

namespace {

struct RunOptions {
  SessionOptions session;
  std::string format = "table";
  std::string out;
};

const std::vector<std::string> run_formats{"table", "json", "csv", "items"};

std::string render(const Ledger& ledger, const std::string& format) {
  if (format == "json") return render_json(ledger);
  if (format == "csv") return render_csv(ledger);
  if (format == "items") return render_items(ledger);
  return render_table(ledger);
}

int run(const RunOptions& options) {
  auto session = open_session(options.session);
  if (!session) return exit_user_error;
  auto ledger = settle(*session, session->overrides);
  if (!ledger) return exit_user_error;
  return emit(render(*ledger, options.format), {options.out, options.format, run_formats, session->inputs});
}

}  // namespace

void add_run_command(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("run", "Evaluate a model on data and print the settlement");
  auto options = std::make_shared<RunOptions>();
  add_session_options(*command, options->session);
  command->add_option("--format", options->format,
                      "Output format: table (for people), json, csv (one line per posting), items (per client: who paid, under which rule)")
      ->check(CLI::IsMember(run_formats))
      ->capture_default_str();
  command->add_option("--out", options->out, "Write to this file (atomically) instead of standard output");
  command->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace rw

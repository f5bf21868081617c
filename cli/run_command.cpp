// `regelwerk run FILE --data PATH [--years Y|Y..Y] [--set NAME=VALUE]... [--scenario NAME]
//                [--format table|json|csv|csv-balances|items|xlsx] [--csv-dialect standard|nl] [--out FILE]`.
#include "cli/commands.h"
#include "cli/csv_dialect_option.h"
#include "cli/output.h"
#include "cli/session.h"
#include "report/csv_report.h"
#include "report/items_report.h"
#include "report/json_report.h"
#include "report/table_report.h"
#include "report/xlsx_report.h"
#include "messages/say.h"

namespace rw {

namespace {

struct RunOptions {
  SessionOptions session;
  std::string format = "table";
  std::string csv_dialect = "standard";
  std::string out;
};

const std::vector<std::string> run_formats{"table", "json", "csv", "csv-balances", "items", "xlsx"};

std::string render(const Ledger& ledger, const std::string& format, const CsvOutputDialect& dialect) {
  if (format == "json") return render_json(ledger);
  if (format == "csv") return render_csv(ledger, dialect);
  if (format == "csv-balances") return render_balances_csv(ledger, dialect);
  if (format == "items") return render_items(ledger, dialect);
  return render_table(ledger);
}

int run(const RunOptions& options) {
  auto session = open_session(options.session);
  if (!session) return exit_user_error;
  auto ledger = settle(*session, session->overrides);
  if (!ledger) return exit_user_error;
  Output output{options.out, options.format, run_formats, session->inputs};
  if (options.format == "xlsx") return emit_workbook(render_ledger_xlsx(*ledger), output);
  return emit(render(*ledger, options.format, csv_dialect_named(options.csv_dialect)), output);
}

}  // namespace

void add_run_command(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("run", say("Evaluate a model on data and print the settlement"));
  auto options = std::make_shared<RunOptions>();
  add_session_options(*command, options->session);
  command->add_option("--format", options->format,
                      say("Output format: table (for people), json, csv (one line per posting), csv-balances (per account and year), "
                      "items (per client: who paid, under which rule), xlsx (an Excel workbook; needs --out)"))
      ->check(CLI::IsMember(run_formats))
      ->capture_default_str();
  add_csv_dialect_option(*command, options->csv_dialect);
  command->add_option("--out", options->out, say("Write to this file (atomically) instead of standard output"));
  command->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace rw

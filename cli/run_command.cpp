// `regelwerk run FILE --data PATH [--years Y|Y..Y] [--format table|json|csv] [--out FILE]`.
#include <fmt/format.h>

#include <iostream>

#include "cli/atomic_write.h"
#include "cli/commands.h"
#include "cli/load_model.h"
#include "cli/years.h"
#include "report/csv_report.h"
#include "report/items_report.h"
#include "report/json_report.h"
#include "report/table_report.h"
#include "runtime/data/loader.h"
#include "runtime/eval/interpreter.h"

namespace rw {

namespace {

struct RunOptions {
  std::string file;
  std::string data;
  std::string years;
  std::string format = "table";
  std::string out;
};

// The years to evaluate: as asked, or every year the rules cover. Reports a bad request.
std::optional<std::vector<int>> years_to_run(const RunOptions& options, const CheckedModel& model) {
  auto [first, last] = model.year_span();
  if (options.years.empty()) {
    std::vector<int> all;
    for (int year = first; year <= last && first != 0; ++year) all.push_back(year);
    return all;
  }
  auto years = parse_years(options.years);
  if (!years) {
    std::cerr << fmt::format("regelwerk: error: --years {}: expected a year (2022) or a range (2022..2024)\n", options.years);
    return std::nullopt;
  }
  if (years->back() < first || years->front() > last) {
    std::cerr << fmt::format("regelwerk: error: --years {}: no rule of this model applies then (its rules cover {}..{})\n",
                             options.years, first, last);
    return std::nullopt;
  }
  return years;
}

std::string render(const Ledger& ledger, const std::string& format) {
  if (format == "json") return render_json(ledger);
  if (format == "csv") return render_csv(ledger);
  if (format == "items") return render_items(ledger);
  return render_table(ledger);
}

int run(const RunOptions& options) {
  auto loaded = load_model(options.file, false);
  if (!loaded) return exit_user_error;
  auto years = years_to_run(options, loaded->model);
  if (!years) return exit_user_error;

  LoadResult data = load_data(loaded->model.tables, options.data);
  if (!data.data) {
    for (const DataError& error : data.errors) std::cerr << render(error);
    return exit_user_error;
  }
  EvalResult result = evaluate(loaded->model, *loaded->source, *data.data, *years);
  if (!result.ledger) {
    std::cerr << render_all(result.diagnostics, *loaded->source);
    return exit_user_error;
  }
  std::string output = render(*result.ledger, options.format);
  if (options.out.empty()) {
    std::cout << output;
    return exit_ok;
  }
  if (std::string error = write_file_atomically(options.out, output); !error.empty()) {
    std::cerr << "regelwerk: error: " << error << "\n";
    return exit_user_error;
  }
  return exit_ok;
}

}  // namespace

void add_run_command(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("run", "Evaluate a model on data and print the settlement");
  auto options = std::make_shared<RunOptions>();
  command->add_option("FILE", options->file, "The rule file (*.regels)")->required();
  command->add_option("--data", options->data, "A JSON data file, or a folder of them")->required();
  command->add_option("--years", options->years, "A year (2022) or a range (2022..2024); default: every year the rules cover");
  command->add_option("--format", options->format,
                      "Output format: table (for people), json, csv (one line per posting), items (per client: who paid, under which rule)")
      ->check(CLI::IsMember({"table", "json", "csv", "items"}))
      ->capture_default_str();
  command->add_option("--out", options->out, "Write to this file (atomically) instead of standard output");
  command->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace rw

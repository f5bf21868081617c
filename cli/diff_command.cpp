// `regelwerk diff OLD.regels NEW.regels --data PATH [--years ...] [--format table|json|csv|xlsx] [--csv-dialect standard|nl] [--out FILE]`
// `regelwerk diff FILE --revision GIT_REV --data PATH ...`: the file as it was at that revision vs now.
// Lists every amount and balance that changes, per year, account and rule. Exit 0: nothing changes;
// 1: something does; 2: an error.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/csv_dialect_option.h"
#include "cli/load_model.h"
#include "cli/output.h"
#include "cli/session.h"
#include "cli/years.h"
#include "report/compare_report.h"
#include "report/xlsx_report.h"
#include "runtime/eval/interpreter.h"
#include "vcs/file_at_revision.h"
#include "messages/say.h"

namespace rw {

namespace {

struct DiffOptions {
  std::vector<std::string> files;
  std::string revision;  // a git revision (--revision)
  std::string data;
  std::optional<std::string> years;  // nullopt when --years is not given
  std::string format = "table";
  std::string csv_dialect = "standard";
  std::string out;
  DataOptions data_options;  // --data-dialect, --data-encoding
};

const std::vector<std::string> diff_formats{"table", "json", "csv", "xlsx"};

// The text of `path` at git revision `revision`, or nullopt after printing why not.
std::optional<std::string> file_at_revision(const std::string& path, const std::string& revision) {
  FileAtRevision file = read_file_at_revision(path, revision);
  if (!file.error.empty()) {
    std::cerr << say("regelwerk: error: --revision {}: {}", revision, file.error) << "\n";
    return std::nullopt;
  }
  return std::move(file.text);
}

// Settles one version of the model on the data; nullopt after printing why not.
// (The data is loaded for each version: each validates it against its own declarations.)
std::optional<Ledger> settle_version(const Program& model, const std::string& data, const DataOptions& options,
                                     const std::vector<int>& years) {
  auto loaded = load_checked_data(model, data, options);
  if (!loaded) return std::nullopt;
  return ledger_or_print(model, evaluate(model, *loaded, years));
}

int diff(const DiffOptions& options) {
  if (options.files.size() != (options.revision.empty() ? 2u : 1u)) {
    std::cerr << say("regelwerk: error: diff needs two rule files (OLD NEW), or one file and --revision GIT_REVISION") << "\n";
    return exit_user_error;
  }
  std::optional<Program> old_model, new_model;
  if (options.revision.empty()) {
    old_model = load_model(options.files[0], false);
  } else if (auto text = file_at_revision(options.files[0], options.revision)) {
    old_model = load_model_text(options.files[0] + "@" + options.revision, std::move(*text), false);
  }
  new_model = load_model(options.files.back(), false);
  if (!old_model || !new_model) return exit_user_error;
  auto [old_first, old_last] = old_model->model.year_span();
  auto [new_first, new_last] = new_model->model.year_span();
  auto years = years_to_evaluate(options.years, std::min(old_first, new_first), std::max(old_last, new_last));
  if (!years) return exit_user_error;
  auto before = settle_version(*old_model, options.data, options.data_options, *years);
  auto after = settle_version(*new_model, options.data, options.data_options, *years);
  if (!before || !after) return exit_user_error;
  Comparison comparison{*before, *after, old_model->source->path(), new_model->source->path(), true, to_translate("new − old"),
                        to_translate("before"), to_translate("after")};
  Output output{options.out, options.format, diff_formats, inputs_of(options.files, options.data)};
  int written = options.format == "xlsx" ? emit_workbook(render_comparison_xlsx(comparison), output)
                                         : emit(options.format == "json"  ? render_comparison_json(comparison)
                                                : options.format == "csv" ? render_comparison_csv(comparison, csv_dialect_named(options.csv_dialect))
                                                                          : render_comparison_table(comparison),
                                                output);
  if (written != exit_ok) return written;
  return comparison_differs(comparison) ? 1 : exit_ok;
}

}  // namespace

void add_diff_command(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("diff", say("What a change to the rules changes: every amount and balance that differs"));
  auto options = std::make_shared<DiffOptions>();
  command->add_option("FILES", options->files, say("OLD.regels NEW.regels, or one file with --revision"))->required();
  command->add_option("--revision", options->revision, say("Compare the file with its version at this git revision"));
  command->add_option("--data", options->data, say("A data file (.json, .csv, .xlsx), or a folder of them (not needed when the model declares no inputs)"));
  add_data_options(*command, options->data_options);
  command->add_option_function<std::string>(
      "--years", [options](const std::string& years) { options->years = years; },
      say("A year or a range; default: every year either version covers"));
  command->add_option("--format", options->format, say("Output format (xlsx: an Excel workbook; needs --out)"))
      ->check(CLI::IsMember(diff_formats))
      ->capture_default_str();
  add_csv_dialect_option(*command, options->csv_dialect);
  command->add_option("--out", options->out, say("Write to this file (atomically) instead of standard output"));
  command->callback([options, &exit_code] { exit_code = diff(*options); });
}

}  // namespace rw

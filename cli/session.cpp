#include "cli/session.h"
#include "messages/say.h"

#include <filesystem>
#include <iostream>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/years.h"
#include "runtime/data/data_files.h"
#include "runtime/eval/check_data.h"
#include "runtime/eval/data_changes.h"

namespace rw {

void add_session_options(CLI::App& command, SessionOptions& options) {
  add_model_and_data_options(command, options);
  command.add_option("--set", options.sets, say("What-if: give a parameter another value, NAME=VALUE (all years) or NAME@YEAR=VALUE (from that year); repeatable"));
  command.add_option("--scenario", options.scenario, say("What-if: apply a scenario declared in the model"));
}

void add_model_and_data_options(CLI::App& command, SessionOptions& options) {
  command.add_option("FILE", options.file, say("The rule file (*.regels)"))->required();
  command.add_option("--data", options.data, say("A data file (.json, .csv, .xlsx), or a folder of them (not needed when the model declares no inputs)"));
  add_data_options(command, options.data_options);
  command.add_option_function<std::string>(
      "--years", [&options](const std::string& years) { options.years = years; },
      say("A year (2022) or a range (2022..2024); default: every year the rules cover"));
}

void add_data_options(CLI::App& command, DataOptions& options) {
  const std::map<std::string, LiteralDialect> dialects{{"standard", LiteralDialect::Standard}, {"nl", LiteralDialect::Dutch}};
  const std::map<std::string, TextEncoding> encodings{{"utf-8", TextEncoding::Utf8}, {"windows-1252", TextEncoding::Windows1252}};
  command.add_option("--data-dialect", options.dialect,
                     say("How CSV files and sheet text write numbers and dates: standard (',' separator, 6000.50, 2024-12-31) "
                     "or nl (';' separator, 6.000,50, 31-12-2024)"))
      ->transform(CLI::CheckedTransformer(dialects))
      ->default_str("standard");
  command.add_option("--data-encoding", options.encoding, say("The encoding of CSV files: utf-8 or windows-1252"))
      ->transform(CLI::CheckedTransformer(encodings))
      ->default_str("utf-8");
}

std::optional<Overrides> read_overrides(const CheckedModel& model, const std::string& scenario,
                                        const std::vector<std::string>& sets) {
  Overrides overrides;
  std::vector<std::string> problems;
  if (!scenario.empty()) {
    if (std::string problem = add_scenario(model, scenario, overrides); !problem.empty()) problems.push_back(problem);
  }
  for (const std::string& set : sets) {
    if (std::string problem = add_setting(model, set, overrides); !problem.empty()) problems.push_back(problem);
  }
  for (const std::string& problem : problems) std::cerr << say("regelwerk: error: {}", problem) << "\n";
  if (!problems.empty()) return std::nullopt;
  return overrides;
}

namespace {

// Says "did you swap FILE and --data?" when the rule file is plainly data or the data a rule file; true then.
bool report_swapped_arguments(const SessionOptions& options) {
  std::vector<std::string> wrong;
  if (std::string other = what_else_than_rules(options.file); !other.empty()) {
    wrong.push_back(say("{} is {}, not a rule file", options.file, other));
  }
  if (std::filesystem::path(options.data).extension() == ".regels") {
    wrong.push_back(say("--data {} is a rule file, not data", options.data));
  }
  if (wrong.empty()) return false;
  std::cerr << say("regelwerk: error: {}: did you swap FILE and --data? The rule file comes first: "
                   "RULES.regels --data DATA (a .json, .csv or .xlsx file, or a folder of them)",
                   fmt::to_string(fmt::join(wrong, "; ")))
            << "\n";
  return true;
}

}  // namespace

std::optional<Session> open_session(const SessionOptions& options) {
  if (report_swapped_arguments(options)) return std::nullopt;
  auto loaded = load_model(options.file, false);
  if (!loaded) return std::nullopt;
  auto [first, last] = loaded->model.year_span();
  auto years = years_to_evaluate(options.years, first, last);
  if (!years) return std::nullopt;
  auto overrides = read_overrides(loaded->model, options.scenario, options.sets);
  if (!overrides) return std::nullopt;
  auto data = load_checked_data(*loaded, options.data, options.data_options);
  if (!data) return std::nullopt;
  std::vector<RunInput> inputs = inputs_of({options.file}, options.data);
  for (const auto& file : records_files(*loaded->source, *overrides)) inputs.push_back({file, to_translate("a scenario's records file")});
  return Session{std::move(*loaded), std::move(*data), std::move(*years), std::move(*overrides), std::move(inputs)};
}

namespace {

// Without --data: the empty dataset of a model that declares no inputs, or nullopt after saying which inputs it needs.
std::optional<Dataset> no_data(const Program& model) {
  const auto& inputs = model.model.tables.inputs;
  if (inputs.empty()) return Dataset{};
  std::string names;
  for (const InputInfo& input : inputs) names += (names.empty() ? "" : ", ") + input.name;
  std::cerr << say("regelwerk: error: the model declares inputs ({}): give their data with --data FILE (a .json, .csv "
                   "or .xlsx file, or a folder of them)", names)
            << "\n";
  return std::nullopt;
}

}  // namespace

std::vector<RunInput> inputs_of(const std::vector<std::string>& rule_files, const std::string& data) {
  std::vector<RunInput> inputs;
  for (const std::string& file : rule_files) inputs.push_back({file, to_translate("the rule file")});
  if (data.empty()) return inputs;  // a model without inputs, run without --data
  for (const auto& file : find_data_files(data).files) inputs.push_back({file, to_translate("a data file")});
  return inputs;
}

std::optional<Dataset> load_checked_data(const Program& model, const std::string& path, const DataOptions& options) {
  if (path.empty()) return no_data(model);
  LoadResult data = load_model_data(model, path, options);
  for (const DataError& error : data.errors) std::cerr << render(error);
  return std::move(data.data);
}

std::optional<Ledger> ledger_or_print(const Program& model, EvalResult result) {
  if (!result.ledger) {
    std::cerr << render_all(result.diagnostics, *model.source);
    return std::nullopt;
  }
  return std::move(*result.ledger);
}

std::optional<Ledger> settle(const Session& session, const Overrides& overrides) { return settle_on(session, session.data, overrides); }

std::optional<Ledger> settle_on(const Session& session, const Dataset& data, const Overrides& overrides) {
  return ledger_or_print(session.loaded, evaluate(session.loaded, data, session.years, overrides));
}

std::optional<Ledger> settle_again(const Session& session, const Ledger& previous, const Overrides& overrides) {
  return ledger_or_print(session.loaded, reevaluate(session.loaded, session.data, previous, overrides));
}

}  // namespace rw

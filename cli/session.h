#pragma once
// What run, compare and explain share: the rule file, the data, the years, and what-if overrides,
// read from the command line and loaded, with every problem printed to stderr.
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/load_model.h"
#include "report/output_target.h"
#include "runtime/data/loader.h"
#include "runtime/eval/interpreter.h"
#include "runtime/eval/overrides.h"

namespace rw {

struct SessionOptions {
  std::string file;
  std::string data;
  std::optional<std::string> years;  // --years; nullopt when not given (given empty is an error)
  std::vector<std::string> sets;  // --set NAME=VALUE, in order
  std::string scenario;           // --scenario NAME
  DataOptions data_options;       // --data-dialect, --data-encoding
};

// Declares FILE, --data, --data-dialect, --data-encoding, --years, --set and --scenario on a subcommand.
void add_session_options(CLI::App& command, SessionOptions& options);
// The same without the what-if options (--set, --scenario): for a subcommand that takes what-ifs otherwise.
void add_model_and_data_options(CLI::App& command, SessionOptions& options);
// Declares --data-dialect and --data-encoding (how CSV and sheet text is read) on a subcommand.
void add_data_options(CLI::App& command, DataOptions& options);

struct Session {
  Program loaded;
  Dataset data;
  std::vector<int> years;
  Overrides overrides;  // from --scenario, then --set
  std::vector<RunInput> inputs;  // the rule file and every data file read: never written over
};

// Loads everything the options name; nullopt after printing why not.
std::optional<Session> open_session(const SessionOptions& options);

// The rule files and every data file `data` names (a file, or each .json file of a folder).
std::vector<RunInput> inputs_of(const std::vector<std::string>& rule_files, const std::string& data);

// Builds overrides from a scenario name (may be empty) and settings; nullopt after printing why not.
std::optional<Overrides> read_overrides(const CheckedModel& model, const std::string& scenario,
                                        const std::vector<std::string>& sets);

// The data at `path`, validated against the model; nullopt after printing every problem.
std::optional<Dataset> load_checked_data(const Program& model, const std::string& path, const DataOptions& options);

// The ledger of an evaluation of `model`, or nullopt after printing why there is none.
std::optional<Ledger> ledger_or_print(const Program& model, EvalResult result);

// Evaluates with the given overrides; nullopt after printing the diagnostics.
std::optional<Ledger> settle(const Session& session, const Overrides& overrides);
// Evaluates `data` (not the session's) with the given overrides; nullopt after printing the diagnostics.
std::optional<Ledger> settle_on(const Session& session, const Dataset& data, const Overrides& overrides);
// The same after a settlement without overrides (`previous`): only the rules the overrides reach run again.
std::optional<Ledger> settle_again(const Session& session, const Ledger& previous, const Overrides& overrides);

}  // namespace rw

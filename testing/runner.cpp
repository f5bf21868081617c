#include "testing/runner.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "lang/program.h"
#include "messages/language.h"
#include "messages/say.h"
#include "report/atomic_write.h"
#include "runtime/data/data_files.h"
#include "runtime/eval/check_data.h"
#include "runtime/eval/interpreter.h"
#include "stdlib/builtins.h"
#include "testing/expectations.h"
#include "testing/snapshot.h"
#include "testing/test_parser.h"

namespace rw::testing {

namespace fs = std::filesystem;

namespace {

// The whole text of a file, or nullopt if it cannot be read.
std::optional<std::string> read_text(const fs::path& path) {
  std::error_code error;
  if (fs::is_directory(path, error)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A path written in a test file: relative to the test file's folder.
std::string beside(const std::string& test_file, const std::string& path) {
  if (fs::path(path).is_absolute()) return path;
  return (fs::path(test_file).parent_path() / path).lexically_normal().string();
}

struct ParsedFile {
  std::string path;
  std::unique_ptr<SourceFile> source;
  TestFile file;
};

struct LoadedData {
  std::optional<Dataset> data;
  std::vector<std::string> errors;
};

// Models and data folders shared by the tests: each loaded once, before the tests run.
class Fixtures {
 public:
  explicit Fixtures(RunReport& report) : report_(report) {}

  // The model at `path` (null if it cannot be read); a model that does not check is kept without its program.
  TestedModel* model(const std::string& path) {
    auto known = models_.find(path);
    if (known != models_.end()) return known->second;
    TestedModel* tested = nullptr;
    report_.inputs.push_back({path, to_translate("the rule file")});
    if (auto text = read_text(path)) {
      auto model = std::make_unique<TestedModel>();
      CompileResult compiled = compile(path, std::move(*text), builtin_signatures());
      model->program = std::move(compiled.program);
      if (!model->program) report_.errors.push_back(render_all(compiled.diagnostics, *compiled.source));
      tested = model.get();
      report_.models.push_back(std::move(model));
    } else {
      report_.errors.push_back(say("{}: error: cannot read the rule file (does it exist?)", path) + "\n");
    }
    models_[path] = tested;
    return tested;
  }

  // The data at `path` for `model`.
  const LoadedData& data(const TestedModel& model, const std::string& path) {
    auto [it, added] = data_.try_emplace({&model, path});
    if (added) {
      for (const auto& file : find_data_files(path).files) report_.inputs.push_back({file, to_translate("a data file")});
      LoadResult loaded = load_model_data(*model.program, path);
      it->second.data = std::move(loaded.data);
      for (const DataError& e : loaded.errors) it->second.errors.push_back(render(e));
    }
    return it->second;
  }

 private:
  RunReport& report_;
  std::map<std::string, TestedModel*> models_;
  std::map<std::pair<const TestedModel*, std::string>, LoadedData> data_;
};

// Data written in a test: inputs it leaves out that are lists are empty.
LoadedData inline_data(const Program& program, const std::string& file, const std::string& json) {
  const CheckedModel& model = program.model;
  LoadedData loaded;
  Dataset data;
  data.inputs.assign(model.tables.inputs.size(), Absent{});
  data.input_files.assign(model.tables.inputs.size(), file);
  std::vector<bool> seen(model.tables.inputs.size());
  std::vector<DataError> errors;
  load_json_text(model.tables, file, json, data, seen, errors);
  for (std::size_t i = 0; i < seen.size(); ++i) {
    if (!seen[i] && model.tables.inputs[i].type.is(TypeKind::List)) data.inputs[i] = ListPtr(std::make_shared<ListValue>());
    else if (!seen[i] && !model.tables.inputs[i].type.is(TypeKind::Optional)) {
      errors.push_back({file, "", say("the inline data lacks input '{}'", model.tables.inputs[i].name)});
    }
  }
  if (errors.empty()) errors = check_data(program, data);
  for (const DataError& e : errors) loaded.errors.push_back(render(e));
  if (errors.empty()) loaded.data = std::move(data);
  return loaded;
}

// The data a test uses: its own, or the file's; null when there is none.
const DataSource* data_source(const ParsedFile& file, const Test& test) {
  return test.data ? &*test.data : file.file.data ? &*file.file.data : nullptr;
}

// One test for one row of its table.
struct Job {
  const ParsedFile* file;
  const Test* test;
  Row row;
  TestedModel* model;
  const LoadedData* data;  // null for inline data
};

struct JobOutcome {
  TestResult result;
  std::vector<std::string> notices;
  std::vector<std::string> snapshots;  // the snapshot files compared with
  Coverage coverage;
};

// The years a test settles: as stated, else the years its expectations name, else every year of the model.
// Whether a test reads closing balances (a `closing balance of` expectation, or a snapshot, which shows
// them): then the years before its first are evaluated too, else only its years (earlier years that
// would fail do not matter to it).
ClosingBalances closing_balances_needed(const Test& test) {
  for (const Expectation& e : test.expectations) {
    if (std::holds_alternative<SnapshotExpectation>(e.what)) return ClosingBalances::Complete;
    const auto* dated = std::get_if<DatedExpectation>(&e.what);
    const auto* balance = dated ? std::get_if<BalanceClaim>(&dated->claim) : nullptr;
    if (balance && balance->closing) return ClosingBalances::Complete;
  }
  return ClosingBalances::AskedYearsOnly;
}

std::vector<int> test_years(const Job& job, SlotReader& read) {
  int first = 0, last = 0;
  if (job.test->years) {
    first = read.year(job.test->years->first).value_or(0);
    last = read.year(job.test->years->second).value_or(0);
  } else {
    for (const Expectation& e : job.test->expectations) {
      const auto* dated = std::get_if<DatedExpectation>(&e.what);
      if (!dated) continue;
      Slot slot = job.row(dated->year);
      if (slot.text.size() != 4 || slot.text.find_first_not_of("0123456789") != std::string::npos) continue;
      int year = std::stoi(slot.text);
      first = first ? std::min(first, year) : year;
      last = std::max(last, year);
    }
    if (!first) std::tie(first, last) = job.model->program->model.year_span();
  }
  std::vector<int> years;
  for (int y = first; y <= last && first; ++y) years.push_back(y);
  return years;
}

// The overrides a test sets: its scenario, then its settings.
Overrides test_overrides(const Job& job, SlotReader& read) {
  Overrides overrides;
  const CheckedModel& model = job.model->program->model;
  if (job.test->scenario) {
    Slot scenario = job.row(*job.test->scenario);
    if (std::string problem = add_scenario(model, scenario.text, overrides); !problem.empty()) read.error(scenario.range, problem);
  }
  for (const Setting& setting : job.test->settings) {
    std::string text = job.row(setting.parameter).text;
    // The value as --set takes it: in a Dutch test file written as in a Dutch rule file, and respelled.
    int parameter = model.find_parameter(text);
    Slot value = job.row(setting.value);
    std::optional<std::string> value_text = parameter >= 0 ? read.english(value, model.parameters[parameter].type.unwrapped().kind) : value.text;
    if (!value_text) continue;
    // Appended piece by piece: `"@" + std::string` gets a false -Wrestrict from GCC 12 at -O3 (Release).
    if (setting.from_year) text.append("@").append(job.row(*setting.from_year).text);
    text.append("=").append(*value_text);
    if (std::string problem = add_setting(model, text, overrides); !problem.empty()) read.error(setting.range, problem);
  }
  return overrides;
}

// Compares the ledger with a snapshot file, or (with --update) rewrites the file unless it is one of `inputs`.
std::string check_snapshot(const SnapshotExpectation& e, const Job& job, const Ledger& ledger, const RunOptions& options,
                           const std::vector<RunInput>& inputs, SlotReader& read, JobOutcome& outcome) {
  std::vector<std::string>& notices = outcome.notices;
  Slot slot = job.row(e.path);
  std::string path = beside(job.file->path, slot.text);
  outcome.snapshots.push_back(path);
  std::string actual = snapshot_text(ledger);
  std::optional<std::string> expected = read_text(path);
  if (expected == actual) return "";
  if (options.update) {
    if (std::string problem = write_file_atomically(path, actual, inputs); !problem.empty()) {
      read.error(slot.range, problem);
      return "";
    }
    std::vector<std::string> changes = snapshot_changes(expected.value_or(""), actual);
    bool one = changes.size() == 1;
    notices.push_back(expected ? (one ? say("updated snapshot {} ({} line changed)", path, changes.size())
                                      : say("updated snapshot {} ({} lines changed)", path, changes.size()))
                               : (one ? say("wrote snapshot {} ({} line changed)", path, changes.size())
                                      : say("wrote snapshot {} ({} lines changed)", path, changes.size())));
    for (std::size_t i = 0; i < changes.size() && i < 20; ++i) notices.push_back("  " + changes[i]);
    if (changes.size() > 20) notices.push_back("  " + say("... and {} more", changes.size() - 20));
    return "";
  }
  if (!expected) return say("snapshot {} does not exist yet; `regelwerk test --update` writes it", path);
  std::vector<std::string> changes = snapshot_changes(*expected, actual);
  std::string text = changes.size() == 1
                         ? say("the ledger differs from snapshot {} in {} line (`regelwerk test --update` accepts it):", path, changes.size())
                         : say("the ledger differs from snapshot {} in {} lines (`regelwerk test --update` accepts it):", path, changes.size());
  for (std::size_t i = 0; i < changes.size() && i < 10; ++i) text += " [" + changes[i] + "]";
  if (changes.size() > 10) text += " " + say("... and {} more", changes.size() - 10);
  return text;
}

// Whether a failure's messages contain the expected text.
bool mentions(const std::vector<std::string>& messages, const std::string& text) {
  return std::any_of(messages.begin(), messages.end(), [&](const std::string& m) { return m.find(text) != std::string::npos; });
}

JobOutcome run_job(const Job& job, const RunOptions& options, const std::vector<RunInput>& inputs) {
  auto started = std::chrono::steady_clock::now();
  JobOutcome outcome;
  TestResult& result = outcome.result;
  const SourceFile& source = *job.file->source;
  result.file = job.file->path;
  std::string row = job.row.describe();
  result.name = row.empty() ? job.test->name : fmt::format("{} [{}]", job.test->name, row);
  result.location = source.location(job.test->range);
  if (!job.model || !job.model->program) {
    result.errors.push_back(say("{}: error: the model cannot be tested until it reads and checks (see above)", result.location));
    return outcome;
  }
  const CheckedModel& model = job.model->program->model;
  SlotReader read(source, model, result.errors, job.file->file.language);
  const ErrorExpectation* expected_error = nullptr;
  for (const Expectation& e : job.test->expectations) {
    if (auto* error = std::get_if<ErrorExpectation>(&e.what)) expected_error = error;
  }
  auto fail = [&](const SourceRange& where, const std::string& message) {
    result.failures.push_back(fmt::format("{}: {}", source.location(where), message));
  };
  // Loading the data and settling may fail; a test can expect that.
  auto failed = [&](const std::vector<std::string>& messages) {
    if (expected_error) {
      Slot text = job.row(expected_error->text);
      if (!mentions(messages, text.text)) {
        fail(text.range, say("expected an error mentioning \"{}\", got: {}", text.text, messages.front()));
      }
    } else {
      fail(job.test->range, say("the settlement failed: {}", messages.front()));
    }
  };
  const DataSource* data_from = data_source(*job.file, *job.test);
  static const DataSource no_data{"", "{}", {}};  // a model without inputs needs no data
  if (!data_from && model.tables.inputs.empty()) data_from = &no_data;
  if (!data_from) {
    result.errors.push_back(say("{}: error: the test has no data: add `data \"<file or folder>\"` or `data {{ ... }}` "
                                "to the test or at the top of the file", result.location));
    return outcome;
  }
  LoadedData inline_loaded;
  const LoadedData* data = job.data;
  // An expected error is matched against the English message, so a test means the same in every message language.
  const Language matched_in = expected_error ? Language::English : message_language();
  if (!data) {
    ScopedMessageLanguage said_in(matched_in);
    inline_loaded = inline_data(*job.model->program, job.file->path, data_from->inline_json);
    data = &inline_loaded;
  }
  Overrides overrides = test_overrides(job, read);
  std::vector<int> years = test_years(job, read);
  if (!result.errors.empty()) return outcome;
  if (!data->data) {
    if (expected_error) {
      failed(data->errors);
    } else {
      for (const std::string& e : data->errors) result.errors.push_back(e.substr(0, e.find_last_not_of('\n') + 1));
    }
    return outcome;
  }
  EvalResult settled = [&] {
    ScopedMessageLanguage said_in(matched_in);
    return evaluate(*job.model->program, *data->data, years, overrides, options.coverage ? &outcome.coverage : nullptr,
                    closing_balances_needed(*job.test));
  }();
  if (!settled.ledger) {
    std::vector<std::string> messages;
    for (const Diagnostic& d : settled.diagnostics) {
      ScopedMessageLanguage said_in(matched_in);
      std::string text = render_all({d}, *job.model->program->source);
      messages.push_back(text.substr(0, text.find('\n')));
    }
    failed(messages);
  } else if (expected_error) {
    fail(expected_error->text.range, say("expected an error mentioning \"{}\", but the settlement succeeded", job.row(expected_error->text).text));
  } else {
    Settlement settlement{*job.model->program, *data->data, overrides, *settled.ledger};
    for (const Expectation& e : job.test->expectations) {
      std::string failure;
      if (const auto* dated = std::get_if<DatedExpectation>(&e.what)) {
        failure = check_expectation(*dated, job.row, settlement, read);
      } else if (const auto* snapshot = std::get_if<SnapshotExpectation>(&e.what)) {
        failure = check_snapshot(*snapshot, job, *settled.ledger, options, inputs, read, outcome);
      }
      if (!failure.empty()) fail(e.range, failure);
    }
  }
  result.microseconds =
      std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count();
  return outcome;
}

// The jobs of one file: its tests that pass the filter, once per row.
void plan(const ParsedFile& file, const RunOptions& options, Fixtures& fixtures, std::vector<Job>& jobs) {
  std::string model_path = options.model.empty() ? beside(file.path, file.file.model.text) : options.model;
  TestedModel* model = fixtures.model(model_path);
  for (const Test& test : file.file.tests) {
    if (!options.filter.empty() && test.name.find(options.filter) == std::string::npos) continue;
    const DataSource* source = data_source(file, test);
    const LoadedData* data = nullptr;  // null for data written in the test (loaded by the test itself)
    if (model && model->program && source && !source->path.empty()) data = &fixtures.data(*model, beside(file.path, source->path));
    if (!test.table) {
      jobs.push_back({&file, &test, {}, model, data});
      continue;
    }
    for (const auto& cells : test.table->rows) jobs.push_back({&file, &test, Row(&*test.table, &cells), model, data});
  }
}

}  // namespace

std::vector<std::string> find_test_files(const std::vector<std::string>& paths, std::vector<std::string>& errors) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<std::string> found;
      for (const auto& entry : fs::recursive_directory_iterator(path, error)) {
        if (entry.is_regular_file() && entry.path().extension() == ".regeltest") found.push_back(entry.path().string());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(path, error)) {
      files.push_back(path);
    } else {
      errors.push_back(say("{}: error: no such file or folder", path) + "\n");
    }
  }
  return files;
}

RunReport run_tests(const std::vector<std::string>& paths, const RunOptions& options) {
  RunReport report;
  std::vector<std::unique_ptr<ParsedFile>> files;
  for (const std::string& path : paths) {
    auto text = read_text(path);
    if (!text) {
      report.errors.push_back(say("{}: error: cannot read the test file", path) + "\n");
      continue;
    }
    auto parsed = std::make_unique<ParsedFile>();
    report.inputs.push_back({path, to_translate("a test file")});
    parsed->path = path;
    parsed->source = std::make_unique<SourceFile>(path, std::move(*text));
    TestParseResult result = parse_test_file(*parsed->source);
    if (!result.file) {
      report.errors.push_back(render_all(result.diagnostics, *parsed->source));
      continue;
    }
    parsed->file = std::move(*result.file);
    files.push_back(std::move(parsed));
  }
  Fixtures fixtures(report);
  std::vector<Job> jobs;
  for (const auto& file : files) plan(*file, options, fixtures, jobs);

  std::vector<JobOutcome> outcomes(jobs.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) outcomes[i] = run_job(jobs[i], options, report.inputs);
  };
  unsigned threads = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads && t < jobs.size(); ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();

  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (jobs[i].model) jobs[i].model->coverage.merge(outcomes[i].coverage);
    report.notices.insert(report.notices.end(), outcomes[i].notices.begin(), outcomes[i].notices.end());
    for (const std::string& snapshot : outcomes[i].snapshots) report.inputs.push_back({snapshot, to_translate("a snapshot")});
    report.results.push_back(std::move(outcomes[i].result));
  }
  return report;
}

}  // namespace rw::testing

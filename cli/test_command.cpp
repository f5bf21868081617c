// `regelwerk test [PATH...] [--filter TEXT] [--format text|junit|xlsx] [--out FILE] [--update] [--coverage]
//                 [--threshold N] [--model FILE] [--jobs N]`: run the tests in *.regeltest files.
#include <iostream>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/load_model.h"
#include "cli/output.h"
#include "testing/coverage_report.h"
#include "testing/junit.h"
#include "testing/results_xlsx.h"
#include "testing/runner.h"
#include "messages/say.h"

namespace rw {

namespace {

struct TestCommandOptions {
  std::vector<std::string> paths;
  testing::RunOptions run;
  std::string format = "text";
  std::string out;
  int threshold = -1;  // percent; -1: no threshold
};

// One line per failure and per mistake in a test, for people.
std::string failure_lines(const testing::RunReport& report) {
  std::string text;
  for (const testing::TestResult& r : report.results) {
    for (const std::string& e : r.errors) text += say("{} (in test \"{}\")", e, r.name) + "\n";
    for (const std::string& f : r.failures) {
      auto colon = f.find(": ");
      text += say("{}: FAILED \"{}\": {}", f.substr(0, colon), r.name, f.substr(colon + 2)) + "\n";
    }
  }
  return text;
}

const std::vector<std::string> test_formats{"text", "junit", "xlsx"};

int run_test_command(TestCommandOptions options) {
  if (options.run.update && !options.run.model.empty()) {
    std::cerr << say("regelwerk: error: --update cannot be combined with --model: the snapshots are agreed for the model the "
                     "test files name, and --update would fill them with the ledger of {}; run the tests with --model (without "
                     "--update) to see what the draft changes, and --update once the draft has replaced the model", options.run.model)
              << "\n";
    return exit_user_error;
  }
  if (options.paths.empty()) options.paths.push_back(".");
  std::vector<std::string> problems;
  std::vector<std::string> files = testing::find_test_files(options.paths, problems);
  for (const std::string& p : problems) std::cerr << p;
  if (!problems.empty()) return exit_user_error;
  if (files.empty()) {
    std::cerr << say("regelwerk: error: no test files (*.regeltest) found in the paths given") << "\n";
    return exit_user_error;
  }
  options.run.coverage = options.run.coverage || options.threshold >= 0;
  testing::RunReport report = testing::run_tests(files, options.run);
  for (const std::string& e : report.errors) std::cerr << e;
  int passed = 0, failed = 0, errors = 0;
  for (const testing::TestResult& r : report.results) {
    passed += r.passed() ? 1 : 0;
    failed += r.errors.empty() && !r.failures.empty() ? 1 : 0;
    errors += r.errors.empty() ? 0 : 1;
  }
  errors += static_cast<int>(report.errors.size());
  std::string summary = (errors ? say("{} passed, {} failed, {} with errors", passed, failed, errors) : say("{} passed, {} failed", passed, failed)) + "\n";
  bool below_threshold = false;
  std::string coverage;
  if (options.run.coverage) {
    testing::CoverageSummary c = testing::coverage_summary(report.models);
    coverage = c.text;
    if (options.threshold >= 0 && !c.meets(options.threshold)) {
      below_threshold = true;
      coverage += say("coverage {} is below the threshold of {}%", testing::percentage(c.covered, c.total), options.threshold) + "\n";
    }
  }
  Output output{options.out, options.format, test_formats, report.inputs};
  std::string text;
  for (const std::string& n : report.notices) text += n + "\n";
  if (options.format == "junit" || options.format == "xlsx") {
    int code = options.format == "junit" ? emit(testing::junit_xml(report), output) : emit_workbook(testing::results_xlsx(report), output);
    if (code != exit_ok) return code;
    std::cerr << failure_lines(report) << coverage << summary;
  } else {
    text += failure_lines(report) + coverage + summary;
    if (int code = emit(text, output); code != exit_ok) return code;
  }
  if (errors) return exit_user_error;
  return failed || below_threshold ? 1 : exit_ok;
}

}  // namespace

void add_test_command(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("test", say("Run the tests in test files (*.regeltest); exit 1 when one fails"));
  auto options = std::make_shared<TestCommandOptions>();
  command->add_option("PATH", options->paths, say("Test files, or folders searched for *.regeltest (default: the current folder)"));
  command->add_option("--filter", options->run.filter, say("Only the tests whose name contains this text"));
  command->add_option("--format", options->format, say("Output: text (for people), junit (JUnit XML, for CI systems) or xlsx (an Excel workbook; needs --out)"))
      ->check(CLI::IsMember(test_formats))
      ->capture_default_str();
  command->add_option("--out", options->out, say("Write the report to this file (atomically) instead of standard output"));
  command->add_flag("--update", options->run.update, say("Rewrite the snapshots that differ, and show what changed"));
  command->add_flag("--coverage", options->run.coverage, say("Report which rules and branches of conditions the tests exercised"));
  command->add_option("--threshold", options->threshold, say("With coverage: fail (exit 1) when less than this percentage is exercised"))
      ->check(CLI::Range(0, 100));
  command->add_option("--model", options->run.model, say("Test this rule file instead of the one each test file names (e.g. a draft)"));
  command->add_option("--jobs", options->run.jobs, say("Tests run at the same time (default: one per core)"));
  command->callback([options, &exit_code] { exit_code = run_test_command(*options); });
}

}  // namespace rw

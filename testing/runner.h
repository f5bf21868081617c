#pragma once
// Runs test files (*.regeltest): every test, once per row of its table, each against its model,
// data and settings; in parallel, with results in a fixed order.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "lang/checked_model.h"
#include "lang/program.h"
#include "lang/source.h"
#include "report/output_target.h"
#include "runtime/eval/coverage.h"

namespace rw::testing {

struct RunOptions {
  std::string model;     // a rule file to test instead of the one each test file names (a draft)
  std::string filter;    // only tests whose name contains this text
  bool update = false;   // rewrite snapshots that differ, and say what changed
  bool coverage = false; // record which rules and branches the tests exercise
  unsigned jobs = 0;     // threads; 0 = one per core
};

struct TestResult {
  std::string file;                   // the test file
  std::string name;                   // the test's name, with the row's values for a table
  std::string location;               // "rules/x.regeltest:12:6"
  std::vector<std::string> failures;  // one line each: where, what was expected, what was found, and why
  std::vector<std::string> errors;    // mistakes in the test itself (exit 2)
  std::int64_t microseconds = 0;
  bool passed() const { return failures.empty() && errors.empty(); }
};

// A model the tests ran against, and (with RunOptions::coverage) what they exercised in it.
struct TestedModel {
  std::optional<Program> program;  // absent when it does not check
  Coverage coverage;
};

struct RunReport {
  std::vector<TestResult> results;        // by file, then test, then row
  std::vector<std::string> errors;        // problems outside single tests: unreadable files, syntax errors, models that do not check
  std::vector<std::string> notices;       // what --update changed
  std::vector<std::unique_ptr<TestedModel>> models;  // by path, in the order first used
  std::vector<RunInput> inputs;           // every test file, model, data file and snapshot read: never written over
};

// The test files `paths` name: files as given, folders searched for *.regeltest; in name order.
std::vector<std::string> find_test_files(const std::vector<std::string>& paths, std::vector<std::string>& errors);

// Runs every test in `files`.
RunReport run_tests(const std::vector<std::string>& files, const RunOptions& options);

}  // namespace rw::testing

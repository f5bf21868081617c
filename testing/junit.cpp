#include "testing/junit.h"

#include <map>

#include <fmt/format.h>

namespace rw::testing {

namespace {

// Text safe inside XML attributes and elements.
std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') break;  // not allowed in XML 1.0
        out += c;
    }
  }
  return out;
}

// Seconds with three decimals, from microseconds.
std::string seconds(std::int64_t microseconds) {
  return fmt::format("{}.{:03}", microseconds / 1000000, (microseconds / 1000) % 1000);
}

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

}  // namespace

std::string junit_xml(const RunReport& report) {
  std::map<std::string, std::vector<const TestResult*>> by_file;
  std::vector<std::string> files;
  for (const TestResult& r : report.results) {
    if (by_file[r.file].empty()) files.push_back(r.file);
    by_file[r.file].push_back(&r);
  }
  int tests = 0, failures = 0, errors = 0;
  std::int64_t total_time = 0;
  std::string suites;
  for (const std::string& file : files) {
    int suite_failures = 0, suite_errors = 0;
    std::int64_t suite_time = 0;
    std::string cases;
    for (const TestResult* r : by_file[file]) {
      cases += fmt::format("    <testcase classname=\"{}\" name=\"{}\" file=\"{}\" time=\"{}\"", escape(file), escape(r->name),
                           escape(file), seconds(r->microseconds));
      if (r->passed()) {
        cases += "/>\n";
      } else {
        cases += ">\n";
        if (!r->errors.empty()) {
          cases += fmt::format("      <error message=\"{}\">{}</error>\n", escape(r->errors.front()), escape(joined(r->errors)));
          ++suite_errors;
        } else {
          cases += fmt::format("      <failure message=\"{}\">{}</failure>\n", escape(r->failures.front()), escape(joined(r->failures)));
          ++suite_failures;
        }
        cases += "    </testcase>\n";
      }
      suite_time += r->microseconds;
    }
    int count = static_cast<int>(by_file[file].size());
    suites += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"0\" time=\"{}\">\n{}  </testsuite>\n",
                          escape(file), count, suite_failures, suite_errors, seconds(suite_time), cases);
    tests += count;
    failures += suite_failures;
    errors += suite_errors;
    total_time += suite_time;
  }
  if (!report.errors.empty()) {  // problems outside single tests: one suite with one erroring case
    suites += fmt::format("  <testsuite name=\"test files\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" time=\"0.000\">\n"
                          "    <testcase classname=\"test files\" name=\"read and check\" time=\"0.000\">\n"
                          "      <error message=\"{}\">{}</error>\n    </testcase>\n  </testsuite>\n",
                          escape(report.errors.front().substr(0, report.errors.front().find('\n'))), escape(joined(report.errors)));
    ++tests;
    ++errors;
  }
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"regelwerk\" tests=\"{}\" failures=\"{}\" "
                     "errors=\"{}\" time=\"{}\">\n{}</testsuites>\n",
                     tests, failures, errors, seconds(total_time), suites);
}

}  // namespace rw::testing

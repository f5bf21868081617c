#include "testing/results_xlsx.h"

#include "messages/say.h"

namespace rw::testing {

XlsxBytes results_xlsx(const RunReport& report) {
  XlsxBook book;
  XlsxSheet tests = book.add_sheet(say("Tests"));
  std::vector<std::string> headers = {say("file"), say("test"), say("location"), say("result"), say("message")};
  tests.headers(0, headers, {36, 50, 36, 9, 100});
  int row = 1;
  for (const TestResult& r : report.results) {
    std::string message;
    for (const std::string& line : r.errors) message += (message.empty() ? "" : "\n") + line;
    for (const std::string& line : r.failures) message += (message.empty() ? "" : "\n") + line;
    tests.text(row, 0, r.file);
    tests.text(row, 1, r.name);
    tests.text(row, 2, r.location);
    tests.text(row, 3, !r.errors.empty() ? say("error") : r.failures.empty() ? say("passed") : say("failed"));
    tests.text(row++, 4, message);
  }
  tests.autofilter(0, row - 1, static_cast<int>(headers.size()));
  XlsxSheet problems = book.add_sheet(say("Problems"));
  problems.headers(0, {say("problem")}, {120});
  row = 1;
  for (const std::string& e : report.errors) problems.text(row++, 0, e);
  return book.finish();
}

}  // namespace rw::testing

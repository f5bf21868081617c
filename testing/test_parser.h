#pragma once
// Parses a test file (*.regeltest) into a TestFile; the first syntax error stops it.
#include <optional>
#include <vector>

#include "lang/diagnostics.h"
#include "lang/source.h"
#include "testing/test_file.h"

namespace rw::testing {

struct TestParseResult {
  std::optional<TestFile> file;  // present when there are no errors
  std::vector<Diagnostic> diagnostics;
};

// Parses `source` as a test file.
TestParseResult parse_test_file(const SourceFile& source);

}  // namespace rw::testing

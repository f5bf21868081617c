#pragma once
// Test results as JUnit XML, the format CI systems read: one testsuite per test file, one testcase
// per test (and table row), failures and errors with their messages.
#include <string>

#include "testing/runner.h"

namespace rw::testing {

// The JUnit XML document for `report`.
std::string junit_xml(const RunReport& report);

}  // namespace rw::testing

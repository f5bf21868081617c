#pragma once
// Checking `expect <year> [rule <id>]: report <name> [for <subject>] = <value>` against the reports of
// a settlement: the value is read as the report's type is written in rule files.
#include <optional>
#include <string>

#include "lang/checked_model.h"
#include "runtime/ledger/ledger.h"
#include "testing/slot_values.h"
#include "testing/test_file.h"

namespace rw::testing {

// "" when the claim holds, else one line saying what was expected and what was found (value, rule,
// statement, the subject's data). Mistakes in the test itself (an unknown report, a value the type
// cannot have) go to the reader's errors and return "".
std::string check_report_claim(const ReportClaim& claim, int year, const std::optional<std::string>& rule, const Row& row,
                               const CheckedModel& model, const Ledger& ledger, SlotReader& read);

}  // namespace rw::testing

#pragma once
// Explanations of reports (`report` statements), from what every run records: the value, the rule and
// statement, the subject's data file and JSON path, and the parameters the value read.
#include <optional>
#include <string>
#include <vector>

#include "lang/checked_model.h"
#include "lang/program.h"
#include "lang/source.h"
#include "runtime/ledger/ledger.h"

namespace rw {

struct ReportExplanation {
  const Report* report = nullptr;
  std::string rule_location;     // "rules/x.regels:138:6"
  std::string rule_line;         // the rule's first line as written
  std::string statement_text;    // the report statement as written
  std::string formula_text;      // its value expression as written
  std::string rounding;          // the model's rounding mode (money is reported in whole cents)
  ComputedUnder computed_under;  // the ledger's: agreed, or the what-if it was computed under
};

// The report `name` in `year` for `subject` (a record's key, a member or an account id; nullopt: the
// rule's own figure), explained; nullopt when there is none.
std::optional<ReportExplanation> explain_report(const Program& program, const Ledger& ledger,
                                                const std::string& name, int year, const std::optional<std::string>& subject);
// The subjects `name` is reported for in `year` ("" for a rule's own figure), in ledger order.
std::vector<std::string> reported_subjects(const Ledger& ledger, const std::string& name, int year);

}  // namespace rw

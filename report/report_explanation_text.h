#pragma once
// The explanation of a report (`explain --report NAME [--for SUBJECT]`) for people (text) and tools
// (JSON), with the same content: value, rule, statement, subject and its data, values used.
#include <string>

#include "runtime/eval/report_explanation.h"

namespace rw {

std::string render_report_explanation_text(const ReportExplanation& explanation);
std::string render_report_explanation_json(const ReportExplanation& explanation);

}  // namespace rw

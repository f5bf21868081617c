#pragma once
// Reported values (`report` statements) in the outputs' forms: typed JSON, a CSV cell in a dialect,
// and one line of text for people. Shared by the ledger's renderers and the comparisons'.
#include <string>

#include <nlohmann/json.hpp>

#include "report/csv_dialect.h"
#include "runtime/ledger/ledger.h"

namespace rw {

// The value as typed JSON: bools as bools, integers as numbers, money and decimals as exact strings
// ("1234.56", "0.25"), dates ISO, accounts by id, enum variants and text as strings; null when absent.
nlohmann::ordered_json report_value_json(const ReportValue& value);
// The value as a CSV cell: money and decimals with the dialect's decimal mark, dates in its form.
void report_value_cell(CsvWriter& csv, const ReportValue& value);
// "payer, c08" or "payer" (the rule's own figure): what a report is, for people.
std::string report_label(const Report& report);
// "rule 9: payer, c08: Arnhem" — one report as a line for people (without a newline).
std::string report_line(const Report& report);
// "rule", "record", "member" or "account": the kind of a report's subject, for people (in the message language).
std::string subject_kind_text(ReportSubjectKind kind);

}  // namespace rw

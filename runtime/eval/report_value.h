#pragma once
// Reported values as the ledger keeps them: typed, with one canonical text (for tools, comparisons and
// test files) and a display text (for people). Money is rounded to whole cents, decimals stay exact.
#include <string>

#include "lang/model.h"
#include "runtime/ledger/ledger.h"
#include "values/value.h"

namespace rw {

// The report of `value`, of checked type `type` (one the checker allows in a report); money rounded with `rounding`.
ReportValue report_value(const Value& value, const Type& type, const ModelTables& tables, RoundingMode rounding);
// The kind of report value a checked (reportable) type gives.
ReportValueKind report_kind(const Type& type);
// An exact number as canonical text: "0.25", "-3", or a fraction "1/3" when no decimal is exact.
std::string exact_number_text(const Rational& number);
// A key field's value as text in a report's subject: text as it is, numbers exact, dates ISO, accounts by id.
std::string key_text(const Value& value, const ModelTables& tables);

}  // namespace rw

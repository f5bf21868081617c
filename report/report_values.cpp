#include "report/report_values.h"

#include <algorithm>
#include <charconv>

#include "messages/say.h"

namespace rw {

nlohmann::ordered_json report_value_json(const ReportValue& value) {
  using Json = nlohmann::ordered_json;
  if (value.absent) return Json(nullptr);
  switch (value.kind) {
    case ReportValueKind::Bool: return Json(value.text == "true");
    case ReportValueKind::Integer: {
      std::int64_t number = 0;
      auto [end, error] = std::from_chars(value.text.data(), value.text.data() + value.text.size(), number);
      if (error == std::errc() && end == value.text.data() + value.text.size()) return Json(number);
      return Json(value.text);  // beyond 64 bits: exact as a string
    }
    case ReportValueKind::Decimal:
    case ReportValueKind::Money:
    case ReportValueKind::Date:
    case ReportValueKind::Text:
    case ReportValueKind::Party:
    case ReportValueKind::Enum: return Json(value.text);
  }
  return Json(value.text);
}

void report_value_cell(CsvWriter& csv, const ReportValue& value) {
  if (value.absent) {
    csv.empty();
    return;
  }
  switch (value.kind) {
    case ReportValueKind::Money: {
      std::string digits;
      for (char c : value.text) {
        if (c != '.') digits += c;
      }
      csv.amount(std::stoll(digits));  // canonical money text has exactly two decimals
      return;
    }
    case ReportValueKind::Decimal: {
      std::string text = value.text;
      if (csv.dialect().decimal_comma) std::replace(text.begin(), text.end(), '.', ',');
      csv.number(text);
      return;
    }
    case ReportValueKind::Integer: csv.number(value.text); return;
    case ReportValueKind::Date: {
      auto date = Date::parse(value.text);
      if (date) csv.date(*date);
      else csv.text(value.text);
      return;
    }
    case ReportValueKind::Bool:
    case ReportValueKind::Text:
    case ReportValueKind::Party:
    case ReportValueKind::Enum: csv.text(value.text); return;
  }
}

std::string report_label(const Report& report) {
  return report.subject_kind == ReportSubjectKind::Rule ? report.name() : report.name() + ", " + report.subject;
}

std::string report_line(const Report& report) {
  return say("rule {}: {}: {}", report.rule_id(), report_label(report), report.value().display);
}

std::string subject_kind_text(ReportSubjectKind kind) {
  switch (kind) {
    case ReportSubjectKind::Rule: return say("rule");
    case ReportSubjectKind::Record: return say("record");
    case ReportSubjectKind::Member: return say("member");
    case ReportSubjectKind::Account: return say("account");
  }
  return say("rule");
}

}  // namespace rw

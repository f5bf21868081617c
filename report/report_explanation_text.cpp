#include "report/report_explanation_text.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "report/computed_under.h"
#include "report/report_values.h"

namespace rw {

std::string render_report_explanation_text(const ReportExplanation& e) {
  const Report& r = *e.report;
  std::string out = e.computed_under.agreed() ? "" : "What-if, not the agreed settlement: computed under " + e.computed_under.describe() + "\n\n";
  std::string subject = r.subject_kind == ReportSubjectKind::Rule ? "the rule's own figure"
                                                                   : fmt::format("{} {}", subject_kind_name(r.subject_kind), r.subject);
  out += fmt::format("Report {} in {}: {} ({})\n  for {}\n\n", r.name(), r.year, r.value().display, r.value().type, subject);
  out += fmt::format("Rule {} \"{}\"\n  {}: {}\n", r.rule_id(), r.title(), e.rule_location, e.rule_line);
  out += fmt::format("Statement\n  {}: {}\n\n", r.location(), e.statement_text);
  out += fmt::format("Value: {}\n  = {}{}\n", e.formula_text, r.value().absent ? "(none)" : r.value().text,
                     r.value().kind == ReportValueKind::Money ? fmt::format(" (money is reported in whole cents, rounded {})", e.rounding) : "");
  if (!r.subject_origin().empty()) out += fmt::format("\nSubject\n  {}    {}\n", r.subject, r.subject_origin());
  if (!r.parameters().empty()) {
    out += "\nValues used\n";
    for (const ParameterUse& u : r.parameters()) out += fmt::format("  {} = {}    ({})\n", u.name, u.value, u.source);
  }
  return out;
}

std::string render_report_explanation_json(const ReportExplanation& e) {
  using Json = nlohmann::ordered_json;
  const Report& r = *e.report;
  Json parameters = Json::array();
  for (const ParameterUse& u : r.parameters()) parameters.push_back({{"name", u.name}, {"value", u.value}, {"source", u.source}});
  Json out = {{"report", r.name()}, {"year", r.year}, {"rule", r.rule_id()}, {"title", r.title()},
              {"rule_source", e.rule_location}, {"rule_line", e.rule_line},
              {"subject_kind", subject_kind_name(r.subject_kind)},
              {"subject", r.subject_kind == ReportSubjectKind::Rule ? Json(nullptr) : Json(r.subject)},
              {"data", r.subject_origin().empty() ? Json(nullptr) : Json(r.subject_origin())},
              {"type", r.value().type}, {"value", report_value_json(r.value())}, {"display", r.value().display},
              {"statement", e.statement_text}, {"statement_source", r.location()}, {"formula", e.formula_text},
              {"rounding", e.rounding}, {"parameters", parameters}, {"computed_under", computed_under_json(e.computed_under)}};
  return out.dump(2) + "\n";
}

}  // namespace rw

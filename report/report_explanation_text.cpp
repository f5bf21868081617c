#include "report/report_explanation_text.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "messages/say.h"
#include "report/computed_under.h"
#include "report/report_values.h"

namespace rw {

std::string render_report_explanation_text(const ReportExplanation& e) {
  const Report& r = *e.report;
  std::string out =
      e.computed_under.agreed() ? "" : say("What-if, not the agreed settlement: computed under {}", e.computed_under.describe()) + "\n\n";
  std::string subject = r.subject_kind == ReportSubjectKind::Record   ? say("record {}", r.subject)
                        : r.subject_kind == ReportSubjectKind::Member ? say("member {}", r.subject)
                        : r.subject_kind == ReportSubjectKind::Account ? say("account {}", r.subject)
                                                                       : say("the rule's own figure");
  out += say("Report {} in {}: {} ({})", r.name(), r.year, r.value().display, r.value().type) + "\n  " + say("for {}", subject) + "\n\n";
  out += say("Rule {} \"{}\"", r.rule_id(), r.title()) + fmt::format("\n  {}: {}\n", e.rule_location, e.rule_line);
  out += say("Statement") + fmt::format("\n  {}: {}\n\n", r.location(), e.statement_text);
  out += say("Value: {}", e.formula_text) + "\n  = " + (r.value().absent ? say("(none)") : r.value().text) +
         (r.value().kind == ReportValueKind::Money ? say(" (money is reported in whole cents, rounded {})", e.rounding) : "") + "\n";
  if (!r.subject_origin().empty()) out += "\n" + say("Subject") + fmt::format("\n  {}    {}\n", r.subject, r.subject_origin());
  if (!r.parameters().empty()) {
    out += "\n" + say("Values used") + "\n";
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

#include "runtime/eval/report_explanation.h"

namespace rw {

std::optional<ReportExplanation> explain_report(const Program& program, const Ledger& ledger,
                                                const std::string& name, int year, const std::optional<std::string>& subject) {
  const CheckedModel& model = program.model;
  const SourceFile& source = *program.source;
  for (const Report& r : ledger.reports) {
    if (r.year != year || r.name() != name) continue;
    bool own = r.subject_kind == ReportSubjectKind::Rule;
    if (subject ? own || r.subject != *subject : !own) continue;
    ReportExplanation e;
    e.report = &r;
    for (const RuleInfo& rule : model.rules) {
      if (rule.decl->id.name != r.rule_id()) continue;
      e.rule_location = source.location(rule.decl->id.range);
      e.rule_line = std::string(source.line(source.position(rule.decl->id.range.begin).line));
    }
    e.statement_text = source.quote(r.statement());
    e.formula_text = source.quote(r.formula());
    e.rounding = std::string(rounding_mode_name(model.rounding));
    e.computed_under = ledger.computed_under;
    return e;
  }
  return std::nullopt;
}

std::vector<std::string> reported_subjects(const Ledger& ledger, const std::string& name, int year) {
  std::vector<std::string> subjects;
  for (const Report& r : ledger.reports) {
    if (r.year == year && r.name() == name) subjects.push_back(r.subject_kind == ReportSubjectKind::Rule ? "" : r.subject);
  }
  return subjects;
}

}  // namespace rw

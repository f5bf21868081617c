// Report statements: each report's subject, value and provenance, shared where reports have them in
// common, and the check that a name is reported once per subject and year.
#include "runtime/eval/interpreter_core.h"

#include "runtime/eval/report_value.h"

namespace rw::detail {

std::tuple<ReportSubjectKind, std::string, RecordPtr> Interpreter::report_subject(const ast::Report& r, Frame& frame) {
  if (!r.subject) return {ReportSubjectKind::Rule, "", nullptr};
  if (model_.expr_types[r.subject->id].unwrapped().is(TypeKind::Record)) {
    RecordPtr record = eval_as<RecordPtr>(*r.subject, frame);
    std::string key;
    for (int field : facts_.key_fields(record->decl)) key += (key.empty() ? "" : ", ") + key_text(record->fields.at(field), model_.tables);
    return {ReportSubjectKind::Record, key, record};
  }
  int account = eval_as<AccountRef>(*r.subject, frame).index;
  return {account < model_.tables.member_count ? ReportSubjectKind::Member : ReportSubjectKind::Account,
          model_.tables.accounts.at(account).id, nullptr};
}

void Interpreter::reported(const Report& report) {
  if (reported_year_ != report.year) {
    reported_.clear();
    reported_year_ = report.year;
  }
  reported_.try_emplace({report.name(), report.subject_kind, report.subject}, report.made_by.get());
}

const std::shared_ptr<const ReportStatement>& Interpreter::report_statement(const ast::Stmt& stmt, const ast::Report& r) {
  auto [known, added] = report_statements_.try_emplace(&stmt);
  if (added) {
    const ast::RuleDecl& rule = *current_rule_->decl;
    known->second = std::make_shared<const ReportStatement>(
        ReportStatement{rule.id.name, rule.title, r.name, source_.location(stmt.range), stmt.range, r.value->range});
  }
  return known->second;
}

std::shared_ptr<const ReportValue> Interpreter::shared_report_value(const ast::Stmt& stmt, const ast::Report& r, const Value& value) {
  auto made = [&] {
    try {
      return std::make_shared<const ReportValue>(report_value(value, model_.report_types.at(r.name), model_.tables, model_.rounding));
    } catch (const ArithmeticOverflow&) {
      throw EvalFailure(say("this amount is too large to express in cents"), r.value->range);
    }
  };
  std::optional<std::int64_t> code;  // the value among few: a key for sharing
  if (std::holds_alternative<Absent>(value)) code = -1;
  if (auto* yes = std::get_if<bool>(&value)) code = *yes ? 1 : 0;
  if (auto* party = std::get_if<AccountRef>(&value)) code = party->index;
  if (auto* variant = std::get_if<EnumValue>(&value)) code = variant->variant;
  if (!code) return made();
  auto& known = report_values_[{&stmt, *code}];
  if (!known) known = made();
  return known;
}

std::shared_ptr<const std::vector<ParameterUse>> Interpreter::shared_parameter_uses(const ast::Expr& expr) {
  auto& [year, uses] = year_parameter_uses_[&expr];
  if (year != year_ || !uses) {
    std::vector<ParameterUse> found = parameter_uses(expr);
    uses = found.empty() ? nullptr : std::make_shared<const std::vector<ParameterUse>>(std::move(found));
    year = year_;
  }
  return uses;
}

// One report: its value (money in whole cents) and subject; a second report of the name for the same
// subject in the same year is an error naming both statements.
void Interpreter::report(const ast::Stmt& stmt, const ast::Report& r, Frame& frame) {
  Report made;
  made.year = year_;
  made.made_by = report_statement(stmt, r);
  std::tie(made.subject_kind, made.subject, made.subject_record) = report_subject(r, frame);
  made.shared_value = shared_report_value(stmt, r, eval(*r.value, frame));
  made.parameter_uses = shared_parameter_uses(*r.value);
  if (reported_year_ != year_) {
    reported_.clear();
    reported_year_ = year_;
  }
  auto [first, added] = reported_.try_emplace({r.name, made.subject_kind, made.subject}, made.made_by.get());
  if (!added) {
    if (made.subject_kind == ReportSubjectKind::Rule) {
      throw EvalFailure(say("'{}' is reported twice in {}: by this statement (rule {}) and by rule {} at {}; report a name once "
                            "per subject and year (give the two figures different names, or report one of them for another "
                            "subject)",
                            r.name, year_, made.rule_id(), first->second->rule_id, first->second->location),
                        stmt.range);
    }
    throw EvalFailure(say("'{}' for {} is reported twice in {}: by this statement (rule {}) and by rule {} at {}; report a name "
                          "once per subject and year (give the two figures different names, or report one of them for "
                          "another subject)",
                          r.name, made.subject, year_, made.rule_id(), first->second->rule_id, first->second->location),
                      stmt.range);
  }
  pending_reports_.push_back(std::move(made));
}

}  // namespace rw::detail

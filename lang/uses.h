#pragma once
// Which parameters and built-in functions an expression depends on, directly or through the
// definitions it uses; which names a rule reports.
#include <string>
#include <vector>

#include "lang/checked_model.h"

namespace rw {

// Parameter indices, ascending, that `expr` reads (following definitions transitively).
std::vector<int> parameters_used(const CheckedModel& model, const ast::Expr& expr);
// Parameter indices, ascending, that a rule reads: its condition, due date and every statement.
std::vector<int> parameters_used(const CheckedModel& model, const ast::RuleDecl& rule);
// The names a rule's report statements report, sorted, each once.
std::vector<std::string> report_names(const CheckedModel& model, const ast::RuleDecl& rule);
// Built-in function indices, ascending, that `expr` calls (following definitions transitively).
std::vector<int> builtins_used(const CheckedModel& model, const ast::Expr& expr);

}  // namespace rw

#include "lang/uses.h"

#include <set>
#include <string>

#include "lang/ast_walk.h"

namespace rw {

namespace {

// What an expression or a rule reads, following the definitions it uses (each once).
struct Collector {
  const CheckedModel& model;
  std::set<int> parameters;
  std::set<int> builtins;
  std::set<int> definitions_seen;
  std::set<std::string> report_names;
  AstVisitor visitor;

  explicit Collector(const CheckedModel& checked) : model(checked) {
    visitor.expr = [this](const ast::Expr& e) {
      const Resolution& r = model.resolutions[e.id];
      if (r.kind == Resolution::Kind::Parameter) parameters.insert(r.index);
      if (r.kind == Resolution::Kind::Builtin) builtins.insert(r.index);
      if (r.kind == Resolution::Kind::Definition && definitions_seen.insert(r.index).second) {
        walk(*model.definitions[r.index].decl->body, visitor);
      }
    };
    visitor.statement = [this](const ast::Stmt& s) {
      if (const auto* report = std::get_if<ast::Report>(&s.node)) report_names.insert(report->name);
    };
  }
  Collector(const Collector&) = delete;  // the visitor's callbacks point at this one
};

}  // namespace

std::vector<int> parameters_used(const CheckedModel& model, const ast::Expr& expr) {
  Collector collector(model);
  walk(expr, collector.visitor);
  return {collector.parameters.begin(), collector.parameters.end()};
}

std::vector<int> parameters_used(const CheckedModel& model, const ast::RuleDecl& rule) {
  Collector collector(model);
  if (rule.when) walk(*rule.when, collector.visitor);
  if (rule.due) walk(*rule.due, collector.visitor);
  walk(rule.body, collector.visitor);
  return {collector.parameters.begin(), collector.parameters.end()};
}

std::vector<std::string> report_names(const CheckedModel& model, const ast::RuleDecl& rule) {
  Collector collector(model);
  walk(rule.body, collector.visitor);
  return {collector.report_names.begin(), collector.report_names.end()};
}

std::vector<int> builtins_used(const CheckedModel& model, const ast::Expr& expr) {
  Collector collector(model);
  walk(expr, collector.visitor);
  return {collector.builtins.begin(), collector.builtins.end()};
}

}  // namespace rw

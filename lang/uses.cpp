#include "lang/uses.h"

#include <set>
#include <string>

namespace rw {

namespace {

struct Collector {
  const CheckedModel& model;
  std::set<int> parameters;
  std::set<int> builtins;
  std::set<int> definitions_seen;
  std::set<std::string> report_names;

  void expr(const ast::Expr& e) {
    const Resolution& r = model.resolutions[e.id];
    if (r.kind == Resolution::Kind::Parameter) parameters.insert(r.index);
    if (r.kind == Resolution::Kind::Builtin) builtins.insert(r.index);
    if (r.kind == Resolution::Kind::Definition && definitions_seen.insert(r.index).second) {
      expr(*model.definitions[r.index].decl->body);
    }
    std::visit([this](const auto& node) { children(node); }, e.node);
  }
  void maybe(const ast::ExprPtr& e) {
    if (e) expr(*e);
  }
  void children(const ast::Literal&) {}
  void children(const ast::Name&) {}
  void children(const ast::Field& n) { expr(*n.object); }
  void children(const ast::Call& n) {
    for (const auto& a : n.arguments) expr(*a);
  }
  void children(const ast::Unary& n) { expr(*n.operand); }
  void children(const ast::Binary& n) {
    expr(*n.left);
    expr(*n.right);
  }
  void children(const ast::Conditional& n) {
    expr(*n.condition);
    expr(*n.then_branch);
    expr(*n.else_branch);
  }
  void children(const ast::Exists& n) { expr(*n.operand); }
  void children(const ast::Comprehension& n) {
    expr(*n.element);
    expr(*n.list);
    maybe(n.filter);
  }

  void block(const ast::Block& statements) {
    for (const auto& s : statements) std::visit([this](const auto& node) { statement(node); }, s->node);
  }
  void statement(const ast::ForEach& n) {
    expr(*n.collection);
    maybe(n.filter);
    block(n.body);
  }
  void statement(const ast::If& n) {
    expr(*n.condition);
    block(n.then_block);
    block(n.else_block);
  }
  void statement(const ast::Let& n) { expr(*n.value); }
  void statement(const ast::Pay& n) {
    expr(*n.from);
    expr(*n.amount);
    expr(*n.to);
  }
  void statement(const ast::Distribute& n) {
    expr(*n.amount);
    expr(*n.list);
    maybe(n.filter);
    expr(*n.weight);
    maybe(n.cap);
    if (n.columns) {
      expr(*n.columns->list);
      maybe(n.columns->filter);
      expr(*n.columns->weight);
      maybe(n.columns->cap);
    }
    block(n.body);
    block(n.remainder);
  }
  void statement(const ast::Note& n) {
    expr(*n.amount);
    expr(*n.account);
  }
  void statement(const ast::Require& n) { expr(*n.condition); }
  void statement(const ast::Report& n) {
    report_names.insert(n.name);
    expr(*n.value);
    maybe(n.subject);
  }
};

}  // namespace

std::vector<int> parameters_used(const CheckedModel& model, const ast::Expr& expr) {
  Collector collector{model, {}, {}, {}, {}};
  collector.expr(expr);
  return {collector.parameters.begin(), collector.parameters.end()};
}

std::vector<int> parameters_used(const CheckedModel& model, const ast::RuleDecl& rule) {
  Collector collector{model, {}, {}, {}, {}};
  if (rule.when) collector.expr(*rule.when);
  if (rule.due) collector.expr(*rule.due);
  collector.block(rule.body);
  return {collector.parameters.begin(), collector.parameters.end()};
}

std::vector<std::string> report_names(const CheckedModel& model, const ast::RuleDecl& rule) {
  Collector collector{model, {}, {}, {}, {}};
  collector.block(rule.body);
  return {collector.report_names.begin(), collector.report_names.end()};
}

std::vector<int> builtins_used(const CheckedModel& model, const ast::Expr& expr) {
  Collector collector{model, {}, {}, {}, {}};
  collector.expr(expr);
  return {collector.builtins.begin(), collector.builtins.end()};
}

}  // namespace rw

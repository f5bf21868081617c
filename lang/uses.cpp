#include "lang/uses.h"

#include <set>

namespace rw {

namespace {

struct Collector {
  const CheckedModel& model;
  std::set<int> parameters;
  std::set<int> builtins;
  std::set<int> definitions_seen;

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
};

}  // namespace

std::vector<int> parameters_used(const CheckedModel& model, const ast::Expr& expr) {
  Collector collector{model, {}, {}, {}};
  collector.expr(expr);
  return {collector.parameters.begin(), collector.parameters.end()};
}

std::vector<int> builtins_used(const CheckedModel& model, const ast::Expr& expr) {
  Collector collector{model, {}, {}, {}};
  collector.expr(expr);
  return {collector.builtins.begin(), collector.builtins.end()};
}

}  // namespace rw

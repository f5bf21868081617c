#include "lang/ast_walk.h"

#include "lang/overloaded.h"

namespace rw {

void for_each_part(const ast::Expr& expr, const std::function<void(const ast::Expr&)>& visit) {
  std::visit(
      [&](const auto& node) {
        using T = std::decay_t<decltype(node)>;
        if constexpr (std::is_same_v<T, ast::Literal> || std::is_same_v<T, ast::Name>) {
        } else if constexpr (std::is_same_v<T, ast::Field>) {
          visit(*node.object);
        } else if constexpr (std::is_same_v<T, ast::Call>) {
          for (const auto& argument : node.arguments) visit(*argument);
        } else if constexpr (std::is_same_v<T, ast::Unary>) {
          visit(*node.operand);
        } else if constexpr (std::is_same_v<T, ast::Binary>) {
          visit(*node.left);
          visit(*node.right);
        } else if constexpr (std::is_same_v<T, ast::Conditional>) {
          visit(*node.condition);
          visit(*node.then_branch);
          visit(*node.else_branch);
        } else if constexpr (std::is_same_v<T, ast::Exists>) {
          visit(*node.operand);
        } else if constexpr (std::is_same_v<T, ast::Comprehension>) {
          visit(*node.element);
          visit(*node.list);
          if (node.filter) visit(*node.filter);
        } else {
          static_assert(unhandled_kind<T>, "for_each_part: an expression kind without its parts");
        }
      },
      expr.node);
}

namespace {

struct Walker {
  const AstVisitor& visitor;

  void expr(const ast::Expr& e) {
    visitor.expr(e);
    for_each_part(e, [this](const ast::Expr& part) { expr(part); });
  }
  void maybe(const ast::ExprPtr& e) {
    if (e) expr(*e);
  }
  void type(const ast::TypeExpr& t) {
    visitor.type(t);
    if (t.element) type(*t.element);
  }
  void block(const ast::Block& statements) {
    for (const auto& s : statements) {
      visitor.statement(*s);
      std::visit([this](const auto& node) { statement(node); }, s->node);
    }
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
    expr(*n.value);
    maybe(n.subject);
  }

  void declaration(const ast::MembersDecl&) {}
  void declaration(const ast::AccountDecl& d) { maybe(d.opening); }
  void declaration(const ast::RoundingDecl&) {}
  void declaration(const ast::EnumDecl&) {}
  void declaration(const ast::RecordDecl& d) {
    for (const ast::FieldDecl& field : d.fields) type(field.type);
    for (const ast::Require& check : d.checks) statement(check);
  }
  void declaration(const ast::InputDecl& d) { type(d.type); }
  void declaration(const ast::ParameterDecl& d) {
    type(d.type);
    for (const ast::DatedValue& value : d.values) expr(*value.value);
  }
  void declaration(const ast::DefineDecl& d) {
    for (const ast::ArgumentDecl& argument : d.arguments) type(argument.type);
    if (d.result_type) type(*d.result_type);
    expr(*d.body);
  }
  void declaration(const ast::RuleDecl& d) {
    maybe(d.when);
    maybe(d.due);
    block(d.body);
  }
  void declaration(const ast::ScenarioDecl& d) {
    for (const ast::Setting& setting : d.settings) expr(*setting.value);
    for (const ast::DataChange& change : d.data_changes) {
      maybe(change.filter);
      for (const ast::FieldAssignment& assignment : change.assignments) expr(*assignment.value);
    }
  }
};

}  // namespace

void walk(const ast::File& file, const AstVisitor& visitor) {
  Walker walker{visitor};
  for (const ast::Decl& decl : file.decls) std::visit([&](const auto& node) { walker.declaration(node); }, decl.node);
}

void walk(const ast::Expr& expr, const AstVisitor& visitor) { Walker{visitor}.expr(expr); }

void walk(const ast::Block& block, const AstVisitor& visitor) { Walker{visitor}.block(block); }

}  // namespace rw

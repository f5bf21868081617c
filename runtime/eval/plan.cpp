// Lowering a checked expression to its step (see plan.h).
#include "runtime/eval/plan.h"

#include <algorithm>
#include <stdexcept>

#include "lang/overloaded.h"

namespace rw {

namespace {

// The value a literal stands for, made once.
Value literal_value(const ast::Literal& literal) {
  switch (literal.kind) {
    case ast::LiteralKind::Date: return literal.date;
    case ast::LiteralKind::Duration: return literal.duration;
    case ast::LiteralKind::Text: return literal.text;
    case ast::LiteralKind::Bool: return literal.boolean;
    case ast::LiteralKind::Integer:
    case ast::LiteralKind::Decimal:
    case ast::LiteralKind::Money:
    case ast::LiteralKind::Percent: return literal.number;
  }
  throw std::logic_error("a literal of no known kind");
}

}  // namespace

void ExpressionPlan::lower(const ast::Expr& expr, PlanNode& node) {
  std::visit(
      [&](const auto& parts) {
        using T = std::decay_t<decltype(parts)>;
        if constexpr (std::is_same_v<T, ast::Literal>) {
          node.step = Step::Constant;
          node.constant = literal_value(parts);
        } else if constexpr (std::is_same_v<T, ast::Name>) {
          lower_name(expr, node);
        } else if constexpr (std::is_same_v<T, ast::Field>) {
          lower_field(expr, parts, node);
        } else if constexpr (std::is_same_v<T, ast::Call>) {
          lower_call(expr, parts, node);
        } else if constexpr (std::is_same_v<T, ast::Unary>) {
          node.step = parts.op == ast::UnaryOp::Not ? Step::Not : Step::Negate;
        } else if constexpr (std::is_same_v<T, ast::Binary>) {
          node.step = parts.op == ast::BinaryOp::And ? Step::And : parts.op == ast::BinaryOp::Or ? Step::Or : Step::Binary;
        } else if constexpr (std::is_same_v<T, ast::Conditional>) {
          node.step = Step::Conditional;
        } else if constexpr (std::is_same_v<T, ast::Comprehension>) {
          node.step = Step::Comprehension;
          node.index = model_.resolutions[expr.id].index;
        } else if constexpr (std::is_same_v<T, ast::Exists>) {
          node.step = Step::Exists;
        } else {
          static_assert(unhandled_kind<T>, "ExpressionPlan::lower: an expression kind without a step");
        }
      },
      expr.node);
}

void ExpressionPlan::lower_name(const ast::Expr& expr, PlanNode& node) {
  const Resolution& r = model_.resolutions[expr.id];
  node.index = r.index;
  switch (r.kind) {
    case Resolution::Kind::Local: node.step = Step::Local; return;
    case Resolution::Kind::Parameter: node.step = Step::Parameter; return;
    case Resolution::Kind::Definition: node.step = Step::Definition; return;
    case Resolution::Kind::Input: node.step = Step::Input; return;
    case Resolution::Kind::Account:
      node.step = Step::Constant;
      node.constant = AccountRef{r.index};
      return;
    case Resolution::Kind::EnumVariant:
      node.step = Step::Constant;
      node.constant = EnumValue{r.index, r.variant};
      return;
    case Resolution::Kind::RoundingMode:
      node.step = Step::Constant;
      node.constant = static_cast<RoundingMode>(r.variant);
      return;
    case Resolution::Kind::Year: node.step = Step::Year; return;
    case Resolution::Kind::Members: node.step = Step::Members; return;
    case Resolution::Kind::Builtin:  // a built-in is only ever called
    case Resolution::Kind::Unresolved: break;
  }
  throw std::logic_error("unresolved name after checking");
}

void ExpressionPlan::lower_call(const ast::Expr& expr, const ast::Call& call, PlanNode& node) {
  const Resolution& r = model_.resolutions[expr.id];
  node.index = r.index;
  if (r.kind == Resolution::Kind::Builtin) {
    bool aggregate = (r.index == facts_.sum_builtin() || r.index == facts_.count_builtin()) &&
                     std::holds_alternative<ast::Comprehension>(call.arguments.front()->node);
    node.step = aggregate ? Step::Aggregate : Step::Builtin;
    node.is_sum = r.index == facts_.sum_builtin();
    return;
  }
  node.step = Step::Call;
  // Results are remembered by argument values: a list argument would be compared item by item.
  node.memoised = facts_.pure(r.index) && std::none_of(call.arguments.begin(), call.arguments.end(), [&](const ast::ExprPtr& argument) {
                    return model_.expr_types[argument->id].unwrapped().is(TypeKind::List);
                  });
}

void ExpressionPlan::lower_field(const ast::Expr& expr, const ast::Field& field, PlanNode& node) {
  node.step = Step::Field;
  int index = model_.field_indices[expr.id];
  if (index < 0) return;  // a field of a period or a date
  const PlanNode& object = (*this)(*field.object);
  if (object.step == Step::Local || object.step == Step::LocalPath) {
    node.step = Step::LocalPath;
    node.index = object.index;
    node.path = object.path;
    node.path.push_back(index);
  }
}

}  // namespace rw

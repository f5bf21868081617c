#pragma once
// What the evaluator needs to know about a checked model that does not change while it runs: which
// definitions are pure, what has one value in every year, which `where` filters depend only on their
// loop's item, where records keep their ids and keys, and which built-ins it computes in place. Each
// fact about an expression is found on first use and then remembered, once per model and what-if
// (a parameter a what-if changes is never taken to be the same in every year).
#include <cstdint>
#include <set>
#include <vector>

#include "lang/checked_model.h"

namespace rw {

class ModelFacts {
 public:
  // The facts of `model` under a what-if that changes the parameters in `overridden` (indices).
  ModelFacts(const CheckedModel& model, std::set<int> overridden);

  // Whether a definition reads no balances (directly or through what it calls): its value is fixed within a year.
  bool pure(int definition) const { return pure_[definition] != 0; }
  // Whether an expression has the same value in every year: it reads no `year`, no parameter with dated
  // values (or changed by the what-if), no membership (`members` follows the year) and no balances.
  bool year_free(const ast::Expr& expr);
  // The same for a definition (pure, and its body year-free) and for a parameter (declared once,
  // without `from`, not changed by the what-if, its value year-free).
  bool year_free_definition(int definition);
  bool year_free_parameter(int parameter);
  // Whether a filter's value depends only on the loop variable in `slot` and on values fixed within a
  // year (parameters, inputs, pure definitions, the year): no other locals, no balances. A filter
  // belongs to one loop, so this is remembered by expression.
  bool stable(const ast::Expr& filter, int slot);

  // By record declaration: the index of its text field `id`, or -1.
  int id_field(int record) const { return id_fields_[record]; }
  // By record declaration: the key fields of the keyed input its records belong to (empty when none).
  const std::vector<int>& key_fields(int record) const { return key_fields_[record]; }

  // The built-ins the evaluator treats specially (-1 when the library has none of that name).
  int sum_builtin() const { return sum_builtin_; }
  int count_builtin() const { return count_builtin_; }
  int balance_builtin() const { return balance_builtin_; }

 private:
  const CheckedModel& model_;
  std::set<int> overridden_;
  int sum_builtin_ = -1, count_builtin_ = -1, balance_builtin_ = -1;
  std::vector<char> pure_;
  std::vector<int> id_fields_;
  std::vector<std::vector<int>> key_fields_;
  // Found on first use: -1 not yet known, 0 no, 1 yes.
  std::vector<std::int8_t> year_free_exprs_, year_free_definitions_, year_free_parameters_, stable_filters_;

  // The parts of each kind of expression, for the two walks (every kind has its overload).
  bool year_free_parts(const ast::Expr& expr, const ast::Literal&);
  bool year_free_parts(const ast::Expr& expr, const ast::Name&);
  bool year_free_parts(const ast::Expr& expr, const ast::Call& call);
  bool year_free_parts(const ast::Expr& expr, const ast::Field& field);
  bool year_free_parts(const ast::Expr& expr, const ast::Unary& unary);
  bool year_free_parts(const ast::Expr& expr, const ast::Binary& binary);
  bool year_free_parts(const ast::Expr& expr, const ast::Conditional& conditional);
  bool year_free_parts(const ast::Expr& expr, const ast::Exists& exists);
  bool year_free_parts(const ast::Expr& expr, const ast::Comprehension& comprehension);
  bool stable_parts(const ast::Expr& expr, const ast::Literal&, int slot);
  bool stable_parts(const ast::Expr& expr, const ast::Name&, int slot);
  bool stable_parts(const ast::Expr& expr, const ast::Call& call, int slot);
  bool stable_parts(const ast::Expr& expr, const ast::Field& field, int slot);
  bool stable_parts(const ast::Expr& expr, const ast::Unary& unary, int slot);
  bool stable_parts(const ast::Expr& expr, const ast::Binary& binary, int slot);
  bool stable_parts(const ast::Expr& expr, const ast::Conditional& conditional, int slot);
  bool stable_parts(const ast::Expr& expr, const ast::Exists& exists, int slot);
  bool stable_parts(const ast::Expr& expr, const ast::Comprehension& comprehension, int slot);
};

}  // namespace rw

#pragma once
// Arithmetic and comparison on runtime values, for operand types the checker has accepted.
// Failures (division by zero, a day that does not exist, an absent value) throw EvalFailure.
#include "lang/ast.h"
#include "values/value.h"

namespace rw {

// left op right for + - * / and the comparisons; `overflow` applies to date ± duration.
Value apply_binary(ast::BinaryOp op, const Value& left, const Value& right, DayOverflow overflow);
// -operand for numbers and durations.
Value negate(const Value& operand);
// Equality of two values of comparable types.
bool values_equal(const Value& left, const Value& right);

}  // namespace rw

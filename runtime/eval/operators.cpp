#include "runtime/eval/operators.h"

#include <fmt/format.h>

#include "messages/say.h"
#include "stdlib/eval_error.h"

namespace rw {

namespace {

using Op = ast::BinaryOp;

// Fails with a clear message when an optional value is used while absent.
void require_present(const Value& value) {
  if (std::holds_alternative<Absent>(value)) {
    throw EvalFailure(say("this value is absent (an optional field without a value); test it with 'exists' first"));
  }
}

Duration scaled(const Duration& d, int sign) { return {sign * d.months, sign * d.days}; }

// date ± duration, with the model's stated policy for days that do not exist.
Value shift_date(Date date, const Duration& duration, DayOverflow overflow) {
  if (auto shifted = add_duration(date, duration, overflow)) return *shifted;
  throw EvalFailure(say("{} + {} lands on a day that does not exist; state what the model means with 'rounding up' (first "
                        "day of the next month) or 'rounding down' (last day of the month)",
                        date.to_string(), duration.to_string()));
}

std::strong_ordering compare(const Value& left, const Value& right) {
  if (auto* l = std::get_if<Date>(&left)) return *l <=> std::get<Date>(right);
  return std::get<Rational>(left) <=> std::get<Rational>(right);
}

}  // namespace

bool values_equal(const Value& left, const Value& right) {
  require_present(left);
  require_present(right);
  return left == right;  // same alternative and same content (records/lists never reach here)
}

Value negate(const Value& operand) {
  require_present(operand);
  if (auto* d = std::get_if<Duration>(&operand)) return scaled(*d, -1);
  return -std::get<Rational>(operand);
}

Value apply_binary(Op op, const Value& left, const Value& right, DayOverflow overflow) {
  require_present(left);
  require_present(right);
  switch (op) {
    case Op::Equal: return values_equal(left, right);
    case Op::NotEqual: return !values_equal(left, right);
    case Op::Less: return compare(left, right) < 0;
    case Op::LessEqual: return compare(left, right) <= 0;
    case Op::Greater: return compare(left, right) > 0;
    case Op::GreaterEqual: return compare(left, right) >= 0;
    default: break;
  }
  if (auto* date = std::get_if<Date>(&left)) {
    if (auto* other = std::get_if<Date>(&right)) return Rational(date->serial() - other->serial());
    const Duration& duration = std::get<Duration>(right);
    return shift_date(*date, op == Op::Subtract ? scaled(duration, -1) : duration, overflow);
  }
  if (auto* duration = std::get_if<Duration>(&left)) {
    if (auto* date = std::get_if<Date>(&right)) return shift_date(*date, *duration, overflow);
    const Duration& other = std::get<Duration>(right);
    int sign = op == Op::Subtract ? -1 : 1;
    return Duration{duration->months + sign * other.months, duration->days + sign * other.days};
  }
  const Rational& a = std::get<Rational>(left);
  const Rational& b = std::get<Rational>(right);
  switch (op) {
    case Op::Add: return a + b;
    case Op::Subtract: return a - b;
    case Op::Multiply: return a * b;
    default:
      if (b.is_zero()) throw EvalFailure(say("division by zero ({} / 0)", a.to_string()));
      return a / b;
  }
}

}  // namespace rw

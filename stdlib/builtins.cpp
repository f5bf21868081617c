// The table of native built-ins. Each entry: name, usage, one-line summary, typing, implementation.
#include "stdlib/builtins.h"

#include <fmt/format.h>

#include "messages/say.h"
#include "stdlib/eval_error.h"

namespace rw {

namespace {

using Kind = TypeKind;
using Args = std::vector<Value>;
using TypeOf = std::function<std::optional<Type>(const std::vector<Type>&, std::string&)>;

// Typing for a built-in with fixed parameter types.
TypeOf fixed(std::vector<Type> params, Type result) {
  return [params, result](const std::vector<Type>& args, std::string& problem) -> std::optional<Type> {
    if (args.size() != params.size()) {
      problem = params.size() == 1 ? say("expected 1 argument, got {}", args.size())
                                  : say("expected {} arguments, got {}", params.size(), args.size());
      return std::nullopt;
    }
    for (std::size_t i = 0; i < args.size(); ++i) {
      if (!assignable(args[i], params[i])) {
        problem = say("argument {} has the wrong type", i + 1);
        return std::nullopt;
      }
    }
    return result;
  };
}

// Typing for min/max: two values of one ordered type (integer and decimal widen to decimal).
std::optional<Type> same_ordered(const std::vector<Type>& args, std::string& problem) {
  if (args.size() != 2) {
    problem = say("expected 2 arguments");
    return std::nullopt;
  }
  const Type &a = args[0], &b = args[1];
  if (a == b && (a.is_numeric() || a.is(Kind::Date))) return a;
  if ((a.is(Kind::Integer) || a.is(Kind::Decimal)) && (b.is(Kind::Integer) || b.is(Kind::Decimal))) return Type::of(Kind::Decimal);
  problem = say("both arguments must be numbers, amounts or dates of the same kind");
  return std::nullopt;
}

// Typing for round: (number [, decimals] [, mode]).
std::optional<Type> round_type(const std::vector<Type>& args, std::string& problem) {
  bool ok = !args.empty() && args.size() <= 3 && args[0].is_numeric();
  if (ok && args.size() >= 2) ok = args[1].is(Kind::Integer) || (args.size() == 2 && args[1].is(Kind::Rounding));
  if (ok && args.size() == 3) ok = args[2].is(Kind::Rounding);
  if (!ok) {
    problem = say("expected a number or amount, optionally the number of decimals, optionally a rounding mode");
    return std::nullopt;
  }
  return args[0].is(Kind::Integer) ? Type::of(Kind::Decimal) : args[0];
}

std::optional<Type> sum_type(const std::vector<Type>& args, std::string& problem) {
  if (args.size() == 1 && args[0].is(Kind::List) && args[0].element->is_numeric()) return *args[0].element;
  problem = say("expected a list of numbers or amounts");
  return std::nullopt;
}

std::optional<Type> only_type(const std::vector<Type>& args, std::string& problem) {
  if (args.size() == 1 && args[0].is(Kind::List)) return *args[0].element;
  problem = say("expected a list");
  return std::nullopt;
}

std::optional<Type> count_type(const std::vector<Type>& args, std::string& problem) {
  if (args.size() == 1 && args[0].is(Kind::List)) return Type::of(Kind::Integer);
  problem = say("expected a list");
  return std::nullopt;
}

const Rational& number(const Value& v) { return std::get<Rational>(v); }
const Period& period(const Value& v) { return std::get<Period>(v); }
int year_of(const Value& v) {
  const Rational& y = number(v);
  if (!y.is_integer() || y < Rational(1) || y > Rational(9999)) throw EvalFailure(say("{} is not a year", y.to_string()));
  return static_cast<int>(y.to_int64());
}

Value share_of_year(const Args& a, const BuiltinContext&) {
  int y = year_of(a[1]);
  return Rational::fraction(overlap_days(period(a[0]), year_period(y)), days_in_year(y));
}

Value overlap_days_in_year(const Args& a, const BuiltinContext&) {
  return Rational(overlap_days(period(a[0]), year_period(year_of(a[1]))));
}

Value overlaps_year(const Args& a, const BuiltinContext&) {
  return overlap_days(period(a[0]), year_period(year_of(a[1]))) > 0;
}

Value make_period(const Args& a, const BuiltinContext&) {
  Date start = std::get<Date>(a[0]), end = std::get<Date>(a[1]);
  if (end < start) throw EvalFailure(say("the period would end ({}) before it starts ({})", end.to_string(), start.to_string()));
  return Period{start, end};
}

Value make_date(const Args& a, const BuiltinContext&) {
  auto part = [](const Value& v) { return number(v).is_integer() && number(v).numerator() < 100000 && number(v).numerator() > -100000 ? static_cast<int>(number(v).to_int64()) : 0; };
  auto date = Date::from_ymd(part(a[0]), part(a[1]), part(a[2]));
  if (!date) {
    throw EvalFailure(say("{}-{}-{} is not a calendar date", number(a[0]).to_string(), number(a[1]).to_string(),
                          number(a[2]).to_string()));
  }
  return *date;
}

Value year_start(const Args& a, const BuiltinContext&) { return year_period(year_of(a[0])).start; }
Value year_end(const Args& a, const BuiltinContext&) { return *year_period(year_of(a[0])).end; }

Value round_value(const Args& a, const BuiltinContext& context) {
  int decimals = 2;
  RoundingMode mode = context.rounding;
  for (std::size_t i = 1; i < a.size(); ++i) {
    if (auto* m = std::get_if<RoundingMode>(&a[i])) mode = *m;
    else {
      const Rational& d = number(a[i]);
      if (!d.is_integer() || d < Rational(0) || d > Rational(18)) throw EvalFailure(say("the number of decimals must be 0..18"));
      decimals = static_cast<int>(d.to_int64());
    }
  }
  return number(a[0]).round(decimals, mode);
}

Value minimum(const Args& a, const BuiltinContext&) {
  if (auto* d = std::get_if<Date>(&a[0])) return std::min(*d, std::get<Date>(a[1]));
  return number(a[1]) < number(a[0]) ? a[1] : a[0];
}

Value maximum(const Args& a, const BuiltinContext&) {
  if (auto* d = std::get_if<Date>(&a[0])) return std::max(*d, std::get<Date>(a[1]));
  return number(a[0]) < number(a[1]) ? a[1] : a[0];
}

Value absolute(const Args& a, const BuiltinContext&) {
  return number(a[0]).sign() < 0 ? Value(-number(a[0])) : a[0];
}

Value count(const Args& a, const BuiltinContext&) {
  return Rational(static_cast<std::int64_t>(std::get<ListPtr>(a[0])->items.size()));
}

Value only(const Args& a, const BuiltinContext&) {
  const auto& items = std::get<ListPtr>(a[0])->items;
  if (items.size() != 1) {
    throw EvalFailure(items.empty() ? say("expected exactly one matching item, found {} (is a row missing from the data?)", items.size())
                                    : say("expected exactly one matching item, found {} (is a row given twice?)", items.size()));
  }
  return items.front();
}

Value balance(const Args& a, const BuiltinContext& context) {
  return Rational::from_cents(context.balances->at(std::get<AccountRef>(a[0]).index));
}

Value sum(const Args& a, const BuiltinContext&) {
  Rational total;
  for (const Value& item : std::get<ListPtr>(a[0])->items) total += number(item);
  return total;
}

std::vector<Builtin> make_table() {
  const Type integer = Type::of(Kind::Integer), decimal = Type::of(Kind::Decimal), date = Type::of(Kind::Date),
             per = Type::of(Kind::Period), boolean = Type::of(Kind::Bool);
  return {
      {{"share_of_year", "share_of_year(period, year)",
        to_translate("the part of a calendar year a period covers: days of overlap / days in that year (365 or 366)"),
        fixed({per, integer}, decimal)}, share_of_year},
      {{"overlap_days", "overlap_days(period, year)", to_translate("the number of days of a year that a period covers"),
        fixed({per, integer}, integer)}, overlap_days_in_year},
      {{"overlaps_year", "overlaps_year(period, year)", to_translate("whether a period covers at least one day of a year"),
        fixed({per, integer}, boolean)}, overlaps_year},
      {{"period", "period(start, end)", to_translate("the inclusive period from start to end"), fixed({date, date}, per)}, make_period},
      {{"date", "date(year, month, day)", to_translate("a calendar date; an error if it does not exist"),
        fixed({integer, integer, integer}, date)}, make_date},
      {{"year_start", "year_start(year)", to_translate("1 January of a year"), fixed({integer}, date)}, year_start},
      {{"year_end", "year_end(year)", to_translate("31 December of a year"), fixed({integer}, date)}, year_end},
      {{"round", "round(value [, decimals] [, mode])",
        to_translate("rounds to 2 decimals (or as given) with the model's rounding mode (or as given)"), round_type}, round_value},
      {{"min", "min(a, b)", to_translate("the smaller of two numbers, amounts or dates"), same_ordered}, minimum},
      {{"max", "max(a, b)", to_translate("the larger of two numbers, amounts or dates"), same_ordered}, maximum},
      {{"abs", "abs(value)", to_translate("the absolute value of a number or amount"),
        [](const std::vector<Type>& args, std::string& problem) -> std::optional<Type> {
          if (args.size() == 1 && args[0].is_numeric()) return args[0];
          problem = say("expected one number or amount");
          return std::nullopt;
        }}, absolute},
      {{"count", "count(list)", to_translate("the number of items in a list"), count_type}, count},
      {{"sum", "sum(list)", to_translate("the exact sum of a list of numbers or amounts"), sum_type}, sum},
      {{"only", "only(list)", to_translate("the one item of a list; an error if it has none or several"), only_type}, only},
      {{"balance", "balance(account)",
        to_translate("what an account holds: received minus paid over every posting so far (earlier years, and earlier rules this year)"),
        fixed({Type::of(Kind::Account)}, Type::of(Kind::Money))}, balance},
  };
}

}  // namespace

const std::vector<Builtin>& builtins() {
  static const std::vector<Builtin> table = make_table();
  return table;
}

std::vector<BuiltinSignature> builtin_signatures() {
  std::vector<BuiltinSignature> signatures;
  for (const Builtin& builtin : builtins()) signatures.push_back(builtin.signature);
  return signatures;
}

}  // namespace rw

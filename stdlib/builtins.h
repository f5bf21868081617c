#pragma once
// The native built-in functions: the one table that registers them, with their signatures for the
// checker and their implementations for the interpreter. They use only the public value API.
#include <vector>

#include "lang/builtin_signature.h"
#include "values/value.h"

namespace rw {

struct BuiltinContext {
  RoundingMode rounding;  // the model's default rounding mode
  // Net cents per account (received minus paid) of every posting made so far in this run: earlier
  // years, and the rules before this one in the current year.
  const std::vector<std::int64_t>* balances = nullptr;
};

// Implementations may throw EvalFailure (stdlib/eval_error.h) with a message for the user.
using BuiltinFunction = Value (*)(const std::vector<Value>& arguments, const BuiltinContext& context);

struct Builtin {
  BuiltinSignature signature;
  BuiltinFunction call;
};

// Every built-in, in a fixed order (resolutions refer to them by index).
const std::vector<Builtin>& builtins();
// The signatures alone, in the same order, for the checker.
std::vector<BuiltinSignature> builtin_signatures();

}  // namespace rw

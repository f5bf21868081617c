#pragma once
// A failure while evaluating a model (an impossible date, an absent value, division by zero).
// Thrown inside the interpreter and built-ins only; evaluate() turns it into a Diagnostic value.
#include <optional>
#include <stdexcept>
#include <string>

#include "lang/source.h"

namespace rw {

struct EvalFailure : std::runtime_error {
  explicit EvalFailure(const std::string& message, std::optional<SourceRange> where = std::nullopt)
      : std::runtime_error(message), range(where) {}
  std::optional<SourceRange> range;  // filled in by the innermost expression that knows its place
};

}  // namespace rw

#pragma once
// The checker: names, types, units, arity and cycles. Its passes are listed in lang/checker.cpp.
#include <optional>
#include <vector>

#include "lang/ast.h"
#include "lang/builtin_signature.h"
#include "lang/checked_model.h"
#include "lang/diagnostics.h"
#include "lang/source.h"

namespace rw {

struct CheckResult {
  std::optional<CheckedModel> model;  // present when there are no errors (warnings allowed)
  std::vector<Diagnostic> diagnostics;
};

// Checks a parsed file against the built-ins it may call.
CheckResult check(ast::File file, const std::vector<BuiltinSignature>& builtins);

// Parses and checks a rule file held in memory; when it does not parse, the parse diagnostics.
CheckResult parse_and_check(const SourceFile& source, const std::vector<BuiltinSignature>& builtins);

}  // namespace rw

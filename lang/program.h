#pragma once
// A rule file read and checked: the checked model together with the source it was read from, which
// its diagnostics, provenance and explanations point into. Made once by compile(); evaluation,
// explanation and the data checks take it as it is (runtime/eval/interpreter.h).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lang/builtin_signature.h"
#include "lang/checked_model.h"
#include "lang/diagnostics.h"
#include "lang/source.h"

namespace rw {

struct Program {
  std::shared_ptr<const SourceFile> source;  // never null; shared with the diagnostics of compile()
  CheckedModel model;
};

struct CompileResult {
  std::shared_ptr<const SourceFile> source;  // what the diagnostics point into
  std::optional<Program> program;            // present when there are no errors (warnings allowed)
  std::vector<Diagnostic> diagnostics;       // in order of position, parse errors first
};

// Parses and checks `source` against the built-ins it may call.
CompileResult compile(std::shared_ptr<const SourceFile> source, const std::vector<BuiltinSignature>& builtins);

// The same for a rule file's text; `name` is the path shown in messages.
CompileResult compile(std::string name, std::string text, const std::vector<BuiltinSignature>& builtins);

}  // namespace rw

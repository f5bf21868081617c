#pragma once
// For unit tests: a rule file's text compiled with the standard library's built-ins.
#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "lang/program.h"
#include "stdlib/builtins.h"

namespace rw {

// The program of `text` (shown as `name` in messages); a failed test with the diagnostics, and an
// empty model, when it does not check.
inline Program compiled_program(const std::string& name, const std::string& text) {
  CompileResult result = compile(name, text, builtin_signatures());
  if (result.program) return std::move(*result.program);
  ADD_FAILURE() << render_all(result.diagnostics, *result.source);
  return Program{result.source, CheckedModel{}};
}

}  // namespace rw

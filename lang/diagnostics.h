#pragma once
// Diagnostics are data: severity, where, what, and related notes. One function renders them.
#include <optional>
#include <string>
#include <vector>

#include "lang/source.h"

namespace rw {

enum class Severity { Error, Warning };

struct DiagnosticNote {
  std::optional<SourceRange> range;  // in the same file as the diagnostic
  std::string message;
};

struct Diagnostic {
  Severity severity = Severity::Error;
  SourceRange range;
  std::string message;
  std::vector<DiagnosticNote> notes;
  bool show_source = true;  // false for problems with the file as a whole (not UTF-8, too large)
};

// Renders "path:line:col: error: message", the source line, and a caret under the range, then notes.
std::string render(const Diagnostic& diagnostic, const SourceFile& file);
// Renders every diagnostic in order, separated by nothing (each ends with a newline).
std::string render_all(const std::vector<Diagnostic>& diagnostics, const SourceFile& file);
bool has_errors(const std::vector<Diagnostic>& diagnostics);

// Closest candidate by edit distance, for "did you mean ...?"; empty if none is close enough.
std::string closest_name(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace rw

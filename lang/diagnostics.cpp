#include "lang/diagnostics.h"

#include <algorithm>

#include <fmt/format.h>

namespace rw {

static std::string_view severity_name(Severity severity) {
  return severity == Severity::Error ? "error" : "warning";
}

// The quoted source line and a caret line under [range.begin, range.end) on that line.
static std::string excerpt(SourceRange range, const SourceFile& file) {
  LineColumn start = file.position(range.begin);
  std::string_view text = file.line(start.line);
  LineColumn end = file.position(std::max(range.end, range.begin + 1));
  int width = end.line == start.line ? std::max(1, end.column - start.column) : 1;
  std::string gutter = fmt::format("{:>5} | ", start.line);
  std::string marker = std::string(start.column - 1, ' ') + "^" + std::string(width - 1, '~');
  // Keep tabs in the marker line so the caret lines up under tab-indented code.
  for (int i = 0; i < start.column - 1 && i < static_cast<int>(text.size()); ++i) {
    if (text[i] == '\t') marker[i] = '\t';
  }
  return fmt::format("{}{}\n      | {}\n", gutter, text, marker);
}

std::string render(const Diagnostic& diagnostic, const SourceFile& file) {
  std::string out = fmt::format("{}: {}: {}\n", file.location(diagnostic.range),
                                severity_name(diagnostic.severity), diagnostic.message);
  if (diagnostic.show_source) out += excerpt(diagnostic.range, file);
  for (const DiagnosticNote& note : diagnostic.notes) {
    if (note.range) {
      out += fmt::format("{}: note: {}\n", file.location(*note.range), note.message);
      out += excerpt(*note.range, file);
    } else {
      out += fmt::format("      = note: {}\n", note.message);
    }
  }
  return out;
}

std::string render_all(const std::vector<Diagnostic>& diagnostics, const SourceFile& file) {
  std::string out;
  for (const Diagnostic& diagnostic : diagnostics) out += render(diagnostic, file);
  return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

// Levenshtein distance between two short names, case-insensitive.
static std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) == std::tolower(static_cast<unsigned char>(b[j - 1]));
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string closest_name(const std::string& name, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(2, name.size() / 3) + 1;  // accept up to this - 1
  for (const std::string& candidate : candidates) {
    std::size_t distance = edit_distance(name, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

}  // namespace rw

#include "lang/diagnostics.h"
#include "messages/say.h"

#include <algorithm>

#include <fmt/format.h>

namespace rw {

static std::string_view severity_name(Severity severity) {
  return tr(severity == Severity::Error ? to_translate("error") : to_translate("warning"));
}

// A line longer than this many characters is shown only around the marked range: at most
// `excerpt_context` characters either side of at most as many marked ones.
constexpr std::size_t long_line = 240;
constexpr std::size_t excerpt_context = 80;

// The quoted source line and a caret line under [range.begin, range.end) on that line; of a long line
// only the part around the range, with "..." where it is cut.
static std::string excerpt(SourceRange range, const SourceFile& file) {
  LineColumn start = file.position(range.begin);
  LineColumn end = file.position(std::max(range.end, range.begin + 1));
  std::string_view line = file.line(start.line);
  auto caret = static_cast<std::size_t>(start.column - 1);  // characters before the range
  std::size_t width = end.line == start.line ? static_cast<std::size_t>(std::max(1, end.column - start.column)) : 1;
  std::size_t first = 0, last = line.size();  // the characters shown: [first, last)
  if (character_count(line) > long_line) {
    width = std::min(width, excerpt_context);
    first = caret > excerpt_context ? caret - excerpt_context : 0;
    last = caret + width + excerpt_context;
  }
  std::string shown, marker;
  std::size_t characters = 0;
  for (std::size_t i = 0; i < line.size(); ++characters) {
    std::size_t length = 1;
    while (i + length < line.size() && (static_cast<unsigned char>(line[i + length]) & 0xC0) == 0x80) ++length;
    if (characters >= first && characters < last) {
      shown += line.substr(i, length);
      // Keep tabs in the marker line so the caret lines up under tab-indented code.
      if (characters < caret) marker += line[i] == '\t' ? '\t' : ' ';
    }
    i += length;
  }
  // Built by insert and append: GCC 12 at -O3 reports a false -Wrestrict for "..." + std::string.
  if (first > 0) shown.insert(0, "..."), marker.insert(0, "   ");
  if (characters > last) shown += "...";
  marker += '^';
  marker.append(width - 1, '~');
  return fmt::format("{:>5} | {}\n      | {}\n", start.line, shown, marker);
}

std::string render(const Diagnostic& diagnostic, const SourceFile& file) {
  std::string out = fmt::format("{}: {}: {}\n", file.location(diagnostic.range),
                                severity_name(diagnostic.severity), diagnostic.message);
  if (diagnostic.show_source) out += excerpt(diagnostic.range, file);
  for (const DiagnosticNote& note : diagnostic.notes) {
    if (note.range) {
      out += fmt::format("{}: {}: {}\n", file.location(*note.range), tr("note"), note.message);
      out += excerpt(*note.range, file);
    } else {
      out += fmt::format("      = {}: {}\n", tr("note"), note.message);
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

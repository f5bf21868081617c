#include "lang/declaration_comment.h"

#include <string_view>

namespace rw {

namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

// The text after the first `#` outside a string on `line`, trimmed; nullopt-like npos when there is none.
std::size_t comment_start(std::string_view line) {
  bool in_string = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '"') in_string = !in_string;
    if (line[i] == '#' && !in_string) return i;
  }
  return std::string_view::npos;
}

// A comment's words: without the leading #s and spaces.
std::string_view comment_text(std::string_view comment) {
  while (!comment.empty() && comment.front() == '#') comment.remove_prefix(1);
  return trimmed(comment);
}

}  // namespace

std::string declaration_comment(const SourceFile& source, SourceRange range) {
  int line_number = source.position(range.begin).line;
  std::string_view line = source.line(line_number);
  if (std::size_t start = comment_start(line); start != std::string_view::npos && !trimmed(line.substr(0, start)).empty()) {
    return std::string(comment_text(line.substr(start)));
  }
  std::string above;
  for (int n = line_number - 1; n >= 1; --n) {
    std::string_view previous = trimmed(source.line(n));
    if (previous.empty() || previous.front() != '#') break;
    std::string words(comment_text(previous));
    above = above.empty() ? words : words + " " + above;
  }
  return above;
}

}  // namespace rw

// textDocument/foldingRange: every `{ ... }` and `[ ... ]` over more than one line, and every run of
// comment lines, found in the current text (strings and comments skipped), so folding works while it
// does not parse.
#include "lsp/handlers.h"

namespace rw::lsp {

namespace {

// Whether 0-based line `line` of `lines` holds nothing but a comment.
bool comment_line(const LineIndex& lines, int line) {
  std::string_view text = lines.line(line);
  std::size_t first = text.find_first_not_of(" \t");
  return first != std::string_view::npos && text[first] == '#';
}

}  // namespace

json folding_ranges(const Workspace& workspace, const json& params) {
  const Document* document = workspace.documents.find(document_uri(params));
  json ranges = json::array();
  if (!document) return ranges;
  const LineIndex& lines = document->lines;
  const std::string& text = lines.text();
  std::vector<int> open_lines;  // the lines of the brackets not yet closed
  bool in_string = false, in_comment = false;
  int line = 0;
  for (char c : text) {
    if (c == '\n') {
      ++line;
      in_comment = false;
      in_string = false;  // a string does not span lines
      continue;
    }
    if (in_comment) continue;
    if (in_string) {
      if (c == '"') in_string = false;
      continue;
    }
    if (c == '#') {
      in_comment = true;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      open_lines.push_back(line);
    } else if ((c == '}' || c == ']') && !open_lines.empty()) {
      int start = open_lines.back();
      open_lines.pop_back();
      if (line - 1 > start) ranges.push_back(json{{"startLine", start}, {"endLine", line - 1}});
    }
  }
  for (int at = 0; at < lines.line_count();) {
    if (!comment_line(lines, at)) {
      ++at;
      continue;
    }
    int end = at;
    while (end + 1 < lines.line_count() && comment_line(lines, end + 1)) ++end;
    if (end > at) ranges.push_back(json{{"startLine", at}, {"endLine", end}, {"kind", "comment"}});
    at = end + 1;
  }
  return ranges;
}

}  // namespace rw::lsp

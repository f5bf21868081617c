#pragma once
// Positions as the Language Server Protocol counts them: a 0-based line and a 0-based character
// offset in UTF-16 code units within that line (so `ë` is one unit and an emoji two), mapped to and
// from byte offsets in UTF-8 text.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rw::lsp {

struct Position {
  int line = 0;
  int character = 0;  // UTF-16 code units from the start of the line
};

struct Range {
  Position start, end;
};

class LineIndex {
 public:
  // Indexes a copy of `text`.
  explicit LineIndex(std::string text);

  const std::string& text() const { return text_; }
  // The LSP position of byte `offset` (past the end: the end of the text; inside a character: its start).
  Position position(std::uint32_t offset) const;
  // The byte offset of an LSP position; a character past the end of its line means the line's end
  // (before its line break), a line past the last means the end of the text.
  std::uint32_t offset(Position position) const;
  // The position just after the last character of the text.
  Position end() const { return position(static_cast<std::uint32_t>(text_.size())); }
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  // The text of 0-based line `line` without its line break ("" past the end).
  std::string_view line(int line) const;

 private:
  std::string text_;
  std::vector<std::uint32_t> line_starts_;
};

// The number of UTF-16 code units of UTF-8 `text` (a malformed byte counts as one unit).
int utf16_length(std::string_view text);

}  // namespace rw::lsp

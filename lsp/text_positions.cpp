#include "lsp/text_positions.h"

#include <algorithm>

namespace rw::lsp {

namespace {

// The number of bytes of the UTF-8 sequence that starts with `lead` (1 for a malformed byte).
int sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

// The UTF-16 units of the character of `bytes` bytes: two for a character outside the basic plane.
int units_of(int bytes) { return bytes == 4 ? 2 : 1; }

}  // namespace

int utf16_length(std::string_view text) {
  int units = 0;
  for (std::size_t i = 0; i < text.size();) {
    int bytes = sequence_length(static_cast<unsigned char>(text[i]));
    if (i + bytes > text.size()) bytes = 1;
    units += units_of(bytes);
    i += bytes;
  }
  return units;
}

LineIndex::LineIndex(std::string text) : text_(std::move(text)) {
  line_starts_.push_back(0);
  for (std::uint32_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

std::string_view LineIndex::line(int line) const {
  if (line < 0 || line >= line_count()) return {};
  std::uint32_t start = line_starts_[line];
  std::uint32_t end = line + 1 < line_count() ? line_starts_[line + 1] - 1 : static_cast<std::uint32_t>(text_.size());
  if (end > start && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(start, end - start);
}

Position LineIndex::position(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  int line = static_cast<int>(next - line_starts_.begin()) - 1;
  std::uint32_t start = line_starts_[line];
  int units = 0;
  for (std::uint32_t i = start; i < offset;) {
    int bytes = sequence_length(static_cast<unsigned char>(text_[i]));
    if (i + bytes > offset) break;  // `offset` is inside this character: its start
    units += units_of(bytes);
    i += bytes;
  }
  return Position{line, units};
}

std::uint32_t LineIndex::offset(Position position) const {
  if (position.line < 0) return 0;
  if (position.line >= line_count()) return static_cast<std::uint32_t>(text_.size());
  std::string_view text = line(position.line);
  std::uint32_t start = line_starts_[position.line];
  int units = 0;
  std::size_t i = 0;
  while (i < text.size() && units < position.character) {
    int bytes = sequence_length(static_cast<unsigned char>(text[i]));
    if (i + bytes > text.size()) bytes = 1;
    units += units_of(bytes);
    i += bytes;
  }
  return start + static_cast<std::uint32_t>(i);
}

}  // namespace rw::lsp

#pragma once
// A source file held in memory, and ranges of bytes within it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rw {

// A half-open range of byte offsets [begin, end) in one source file.
struct SourceRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

// 1-based line and column; the column counts characters (UTF-8 code points), not bytes.
struct LineColumn {
  int line = 1;
  int column = 1;
};

// The number of characters (UTF-8 code points) in `text`: its width on screen for our purposes.
std::size_t character_count(std::string_view text);

// The UTF-8 byte order mark some editors put at the start of a file; it is no part of the text.
inline constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

class SourceFile {
 public:
  // Holds `text` without a leading byte order mark.
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  std::string_view slice(SourceRange range) const;
  // The text of a range without the layout (spaces, line breaks) that follows it, as explanations quote it.
  std::string quote(SourceRange range) const;
  // Line and column of a byte offset (offsets past the end map to the end).
  LineColumn position(std::uint32_t offset) const;
  // The text of a 1-based line, without its line break.
  std::string_view line(int line_number) const;
  // "path:line:col" of a range's start, as printed in diagnostics and provenance.
  std::string location(SourceRange range) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<std::uint32_t> line_starts_;
};

}  // namespace rw

#include "lang/source.h"

#include <algorithm>
#include <cctype>

namespace rw {

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
  if (text_.starts_with(byte_order_mark)) text_.erase(0, byte_order_mark.size());
  line_starts_.push_back(0);
  for (std::uint32_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

std::string_view SourceFile::slice(SourceRange range) const {
  std::uint32_t begin = std::min<std::uint32_t>(range.begin, text_.size());
  std::uint32_t end = std::clamp<std::uint32_t>(range.end, begin, text_.size());
  return std::string_view(text_).substr(begin, end - begin);
}

std::string SourceFile::quote(SourceRange range) const {
  std::string_view text = slice(range);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return std::string(text);
}

std::size_t character_count(std::string_view text) {
  std::size_t count = 0;
  for (unsigned char c : text) count += (c & 0xC0) != 0x80;  // continuation bytes 10xxxxxx do not count
  return count;
}

LineColumn SourceFile::position(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, text_.size());
  auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  int line = static_cast<int>(next - line_starts_.begin());
  std::uint32_t start = line_starts_[line - 1];
  return {line, 1 + static_cast<int>(character_count(std::string_view(text_).substr(start, offset - start)))};
}

std::string_view SourceFile::line(int line_number) const {
  if (line_number < 1 || line_number > static_cast<int>(line_starts_.size())) return {};
  std::uint32_t start = line_starts_[line_number - 1];
  std::uint32_t end = line_number < static_cast<int>(line_starts_.size()) ? line_starts_[line_number] : text_.size();
  std::string_view text = std::string_view(text_).substr(start, end - start);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

std::string SourceFile::location(SourceRange range) const {
  LineColumn at = position(range.begin);
  return path_ + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

}  // namespace rw

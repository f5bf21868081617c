#include "report/text_table.h"

#include "lang/source.h"

#include <algorithm>

namespace rw {

namespace {

std::string padding(const std::string& text, std::size_t width) {
  return std::string(width - std::min(width, character_count(text)), ' ');
}

}  // namespace

void TextTable::add_row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }

void TextTable::add_rule() { rows_.emplace_back(); }

std::string TextTable::render() const {
  std::vector<std::size_t> widths;
  for (const auto& row : rows_) {
    if (widths.size() < row.size()) widths.resize(row.size(), 0);
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], character_count(row[c]));
  }
  std::size_t total = 0;
  for (std::size_t c = 0; c < widths.size(); ++c) total += widths[c] + (c > 0 ? 2 : 0);
  std::string out;
  for (const auto& row : rows_) {
    if (row.empty()) {
      out += std::string(total, '-') + "\n";
      continue;
    }
    std::string line = row[0] + padding(row[0], widths[0]);
    for (std::size_t c = 1; c < row.size(); ++c) line += "  " + padding(row[c], widths[c]) + row[c];
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

}  // namespace rw

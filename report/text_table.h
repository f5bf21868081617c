#pragma once
// Aligned plain-text tables for people: the first column left-aligned, the others right-aligned.
#include <string>
#include <vector>

namespace rw {

class TextTable {
 public:
  // Appends a row of cells (the first row is usually the header).
  void add_row(std::vector<std::string> cells);
  // Appends a line of dashes across the table before the next row.
  void add_rule();
  // The table as text, one line per row, without trailing spaces.
  std::string render() const;

 private:
  std::vector<std::vector<std::string>> rows_;  // an empty row stands for a rule
};

}  // namespace rw

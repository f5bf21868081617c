#pragma once
// Reads one CSV file into a Sheet, in a declared dialect (never guessed): RFC 4180 quoting (quotes
// doubled inside quoted fields, separators and line breaks inside them), CRLF or LF line ends, an
// optional UTF-8 byte order mark, UTF-8 or Windows-1252 text. Every cell is Text (Empty when the
// field is empty); typing cells is the data loader's job, as the model declares them.
#include <optional>
#include <string>
#include <string_view>

#include "runtime/sheets/sheet.h"

namespace rw {

enum class TextEncoding { Utf8, Windows1252 };

struct CsvDialect {
  char separator = ',';
  TextEncoding encoding = TextEncoding::Utf8;
};

// Where and why a CSV file cannot be read.
struct CsvProblem {
  int row = 0;      // 1-based, as a spreadsheet program shows it
  int column = -1;  // 0-based; -1 when not about one field
  std::string message;
};

struct CsvResult {
  std::optional<Sheet> sheet;         // present exactly when problem is empty
  std::optional<CsvProblem> problem;  // the first problem found
};

// The sheet `bytes` hold, named `name`; or the first problem, with its row and column.
CsvResult read_csv(std::string_view bytes, const CsvDialect& dialect, std::string name);

// `bytes` in Windows-1252, as UTF-8 (the five bytes the code page leaves undefined become U+0081 etc.).
std::string windows_1252_to_utf8(std::string_view bytes);

// The byte offset of the first byte of `text` that is not part of valid UTF-8, or npos.
std::size_t invalid_utf8_offset(std::string_view text);

}  // namespace rw

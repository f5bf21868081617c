#include "runtime/sheets/csv_reader.h"

#include <fmt/format.h>

#include "messages/say.h"

namespace rw {

namespace {

// Reads the records of one CSV text, field by field.
class CsvParser {
 public:
  CsvParser(std::string_view text, const CsvDialect& dialect) : text_(text), dialect_(dialect) {}

  // Every record with a non-empty field, as rows; the first problem stops the reading.
  CsvResult parse(std::string name) {
    Sheet sheet;
    sheet.name = std::move(name);
    for (int row = 1; at_ < text_.size(); ++row) {
      SheetRow record;
      record.number = row;
      if (auto problem = read_record(record)) return CsvResult{std::nullopt, std::move(problem)};
      bool any = false;
      for (const Cell& cell : record.cells) any = any || cell.kind != Cell::Kind::Empty;
      if (any) sheet.rows.push_back(std::move(record));
    }
    return CsvResult{std::move(sheet), std::nullopt};
  }

 private:
  std::string_view text_;
  const CsvDialect& dialect_;
  std::size_t at_ = 0;

  // True at a line end (LF, CRLF or a lone CR), which is then consumed.
  bool take_line_end() {
    if (text_[at_] == '\n') {
      ++at_;
      return true;
    }
    if (text_[at_] != '\r') return false;
    ++at_;
    if (at_ < text_.size() && text_[at_] == '\n') ++at_;
    return true;
  }

  // Reads fields into `record` up to and including its line end; a problem if the record is broken.
  std::optional<CsvProblem> read_record(SheetRow& record) {
    for (;;) {
      int column = static_cast<int>(record.cells.size());
      std::string field;
      if (at_ < text_.size() && text_[at_] == '"') {
        if (auto problem = read_quoted(field, record.number, column)) return problem;
      } else {
        std::size_t end = text_.find_first_of(std::string{dialect_.separator, '\n', '\r'}, at_);
        if (end == std::string_view::npos) end = text_.size();
        field.assign(text_.substr(at_, end - at_));
        at_ = end;
      }
      if (dialect_.encoding == TextEncoding::Utf8) {
        if (std::size_t bad = invalid_utf8_offset(field); bad != std::string::npos) {
          return CsvProblem{record.number, column,
                            say("this field is not valid UTF-8 (byte 0x{:02X} after '{}'); if the file was saved as "
                                "Windows-1252 (Excel's plain 'CSV' under Windows), give --data-encoding windows-1252",
                                static_cast<unsigned char>(field[bad]), printable_prefix(field, bad))};
        }
      }
      Cell cell;
      if (!field.empty()) cell = Cell{Cell::Kind::Text, std::move(field), false};
      record.cells.push_back(std::move(cell));
      if (at_ >= text_.size()) return std::nullopt;
      if (text_[at_] == dialect_.separator) {
        ++at_;
        continue;
      }
      take_line_end();
      return std::nullopt;
    }
  }

  // Reads a quoted field (at its opening quote) into `field`; a problem if it is not closed properly.
  std::optional<CsvProblem> read_quoted(std::string& field, int row, int column) {
    ++at_;
    for (;;) {
      std::size_t quote = text_.find('"', at_);
      if (quote == std::string_view::npos) {
        return CsvProblem{row, column,
                          say("this field opens a quote (\") that is never closed; close it, or double each quote inside the "
                              "field (\"\")")};
      }
      field.append(text_.substr(at_, quote - at_));
      at_ = quote + 1;
      if (at_ < text_.size() && text_[at_] == '"') {
        field += '"';
        ++at_;
        continue;
      }
      break;
    }
    if (at_ >= text_.size() || text_[at_] == dialect_.separator || text_[at_] == '\n' || text_[at_] == '\r') return std::nullopt;
    return CsvProblem{row, column,
                      say("text follows the closing quote of this quoted field; expected '{}' or the end of the "
                          "line; write a quote inside a quoted field as two quotes (\"\")",
                          dialect_.separator)};
  }

  // The valid start of `field` before byte `bad`, at most 20 bytes of it, for quoting in a message.
  static std::string printable_prefix(const std::string& field, std::size_t bad) {
    std::size_t from = bad > 20 ? bad - 20 : 0;
    while (from < bad && (static_cast<unsigned char>(field[from]) & 0xC0) == 0x80) ++from;
    return field.substr(from, bad - from);
  }
};

}  // namespace

CsvResult read_csv(std::string_view bytes, const CsvDialect& dialect, std::string name) {
  constexpr std::string_view bom = "\xEF\xBB\xBF";
  if (bytes.starts_with(bom)) bytes.remove_prefix(bom.size());
  if (dialect.encoding == TextEncoding::Windows1252) {
    std::string decoded = windows_1252_to_utf8(bytes);
    return CsvParser(decoded, dialect).parse(std::move(name));
  }
  return CsvParser(bytes, dialect).parse(std::move(name));
}

}  // namespace rw

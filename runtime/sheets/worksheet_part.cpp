#include "runtime/sheets/worksheet_part.h"

#include <charconv>

#include <fmt/format.h>

#include "messages/say.h"
#include "runtime/sheets/cell_reference.h"
#include "runtime/sheets/string_item.h"
#include "runtime/sheets/xlsx_messages.h"
#include "runtime/sheets/xml_part.h"

namespace rw {
namespace {

enum class CellType { Number, SharedString, InlineString, FormulaString, Boolean, Error, IsoDate };

std::optional<CellType> parse_cell_type(std::optional<std::string_view> t) {
  if (!t || *t == "n") return CellType::Number;
  if (*t == "s") return CellType::SharedString;
  if (*t == "inlineStr") return CellType::InlineString;
  if (*t == "str") return CellType::FormulaString;
  if (*t == "b") return CellType::Boolean;
  if (*t == "e") return CellType::Error;
  if (*t == "d") return CellType::IsoDate;
  return std::nullopt;
}

std::string_view trim(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

bool all_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

class WorksheetHandler : public XmlHandler {
 public:
  WorksheetHandler(const WorksheetContext& context, Sheet& sheet) : context_(context), sheet_(sheet) {}

  void start(XmlName name, const XmlAttributes& attributes) override {
    if (in_inline_string_) return inline_string_.start(name, attributes);
    if (!is_spreadsheet_ns(name.ns)) return;
    std::string_view local = name.local;
    if (in_cell_) {
      if (local == "v") {
        in_value_ = true;
        has_value_ = true;
        value_.clear();
      } else if (local == "is") {
        in_inline_string_ = true;
        inline_string_.clear();
      }
    } else if (in_row_) {
      if (local == "c") start_cell(attributes);
    } else if (in_sheet_data_) {
      if (local == "row") start_row(attributes);
    } else if (local == "sheetData") {
      in_sheet_data_ = true;
    }
  }

  void end(XmlName name) override {
    if (in_inline_string_) {
      if (is_spreadsheet_ns(name.ns) && name.local == "is") {
        in_inline_string_ = false;
      } else {
        inline_string_.end(name);
      }
      return;
    }
    if (!is_spreadsheet_ns(name.ns)) return;
    std::string_view local = name.local;
    if (in_cell_) {
      if (local == "v") in_value_ = false;
      if (local == "c") end_cell();
    } else if (in_row_) {
      if (local == "row") end_row();
    } else if (local == "sheetData") {
      in_sheet_data_ = false;
    }
  }

  void text(std::string_view characters) override {
    if (in_value_) {
      value_ += characters;
    } else if (in_inline_string_) {
      inline_string_.text(characters);
    }
  }

 private:
  std::string where(int column) const {
    return say("sheet {}, cell {}{}", sheet_.name, column_letters(column), row_.number);
  }

  void start_row(const XmlAttributes& attributes) {
    in_row_ = true;
    last_column_ = -1;
    int number = last_row_ + 1;
    if (std::optional<std::string_view> r = attributes.get("r")) {
      std::optional<int> parsed = parse_row_number(trim(*r));
      if (!parsed && !all_digits(trim(*r))) {
        return stop(say("sheet {}: a row is numbered '{}': {}", sheet_.name, *r, tr(damaged_workbook_advice)));
      }
      number = parsed.value_or(max_sheet_rows + 1);
    }
    if (number > max_sheet_rows) {
      return stop(say("sheet {} has more than 1,048,576 rows (Excel's limit): split it into sheets of fewer rows", sheet_.name));
    }
    if (number <= last_row_) {
      return stop(say("sheet {}: row {} comes after row {}: {}", sheet_.name, number, last_row_, tr(damaged_workbook_advice)));
    }
    last_row_ = number;
    row_.number = number;
    row_has_value_ = false;
  }

  void end_row() {
    in_row_ = false;
    if (!row_has_value_) {
      row_.cells.clear();
      return;
    }
    std::size_t width = row_.cells.size();
    sheet_.rows.push_back(std::move(row_));
    row_.cells = {};
    row_.cells.reserve(width);
  }

  void start_cell(const XmlAttributes& attributes) {
    in_cell_ = true;
    has_value_ = false;
    int column = last_column_ + 1;
    if (std::optional<std::string_view> r = attributes.get("r")) {
      std::optional<CellReference> reference = parse_cell_reference(trim(*r));
      if (!reference) {
        std::string_view letters = trim(*r).substr(0, trim(*r).find_first_of("0123456789"));
        if (letters.size() >= 3 && letters.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string_view::npos) {
          return too_many_columns();
        }
        return stop(say("sheet {}, row {}: a cell is named '{}': {}", sheet_.name, row_.number, *r, tr(damaged_workbook_advice)));
      }
      column = reference->column;
    }
    if (column >= max_sheet_columns) return too_many_columns();
    if (column <= last_column_) {
      return stop(say("{} comes after cell {}{}: {}", where(column), column_letters(last_column_), row_.number,
                      tr(damaged_workbook_advice)));
    }
    last_column_ = column;
    std::optional<CellType> type = parse_cell_type(attributes.get("t"));
    if (!type) {
      return stop(say("{} has the unknown type '{}': {}", where(column), *attributes.get("t"), tr(damaged_workbook_advice)));
    }
    type_ = *type;
    style_ = 0;
    if (std::optional<std::string_view> s = attributes.get("s")) {
      std::from_chars(s->data(), s->data() + s->size(), style_);
    }
  }

  void too_many_columns() {
    stop(say("sheet {}, row {} has more than 16,384 columns (Excel's limit, up to XFD): {}", sheet_.name, row_.number,
             tr(damaged_workbook_advice)));
  }

  void end_cell() {
    in_cell_ = false;
    Cell& cell = scratch_;
    cell.kind = Cell::Kind::Empty;
    cell.text.clear();
    cell.date_format = false;
    std::string_view value = trim(value_);
    switch (type_) {
      case CellType::Number:
        if (!has_value_ || value.empty()) break;
        if (!is_stored_number(value)) {
          return stop(say("{} holds '{}' as a number: {}", where(last_column_), value, tr(damaged_workbook_advice)));
        }
        cell.kind = Cell::Kind::Number;
        cell.text = value;
        cell.date_format = style_ < context_.date_styles.size() && context_.date_styles[style_];
        break;
      case CellType::SharedString: {
        if (!has_value_) break;
        std::size_t index = 0;
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), index);
        if (ec != std::errc() || end != value.data() + value.size() || index >= context_.shared_strings.size()) {
          return stop(say("{} refers to shared string '{}', but the workbook has {} shared strings: {}", where(last_column_),
                          value, context_.shared_strings.size(), tr(damaged_workbook_advice)));
        }
        set_text(cell, context_.shared_strings[index]);
        break;
      }
      case CellType::InlineString:
        set_text(cell, inline_string_.value());
        break;
      case CellType::FormulaString:
        if (has_value_) set_text(cell, value_);
        break;
      case CellType::Boolean:
        if (!has_value_) break;
        if (value != "1" && value != "0" && value != "true" && value != "false") {
          return stop(say("{} holds '{}' as a boolean: {}", where(last_column_), value, tr(damaged_workbook_advice)));
        }
        cell.kind = Cell::Kind::Boolean;
        cell.text = value == "1" || value == "true" ? "1" : "0";
        break;
      case CellType::Error:
        if (!has_value_ || value.empty()) break;
        cell.kind = Cell::Kind::Error;
        cell.text = value;
        break;
      case CellType::IsoDate:
        if (!has_value_ || value.empty()) break;
        set_text(cell, std::string(value));
        break;
    }
    inline_string_.clear();
    if (cell.kind != Cell::Kind::Empty) place(cell);
  }

  static void set_text(Cell& cell, const std::string& text) {
    if (text.empty()) return;  // an empty string shows as an empty cell
    cell.kind = Cell::Kind::Text;
    cell.text = text;
  }

  // Puts the filled cell at its column of the row, with empty cells before it where none were written.
  void place(Cell& cell) {
    std::size_t column = static_cast<std::size_t>(last_column_);
    std::size_t needed = column + 1 - std::min(row_.cells.size(), column + 1);
    if (needed > context_.cells_left) {
      return stop(say("{}: the workbook has too many cells to read (counting the empty cells before the last filled cell of "
                      "each row): remove unused columns, or split it into smaller workbooks",
                      where(last_column_)));
    }
    context_.cells_left -= needed;
    if (row_.cells.size() <= column) row_.cells.resize(column + 1);
    std::swap(row_.cells[column], cell);
    row_has_value_ = true;
  }

  const WorksheetContext& context_;
  Sheet& sheet_;
  SheetRow row_;
  Cell scratch_;
  std::string value_;
  StringItem inline_string_;
  CellType type_ = CellType::Number;
  std::size_t style_ = 0;
  int last_row_ = 0;
  int last_column_ = -1;
  bool in_sheet_data_ = false, in_row_ = false, in_cell_ = false, in_value_ = false, in_inline_string_ = false;
  bool has_value_ = false, row_has_value_ = false;
};

}  // namespace

bool is_stored_number(std::string_view text) {
  std::size_t i = 0;
  auto digits = [&] {
    std::size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    return i - start;
  };
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  std::size_t whole = digits();
  std::size_t fraction = 0;
  if (i < text.size() && text[i] == '.') {
    ++i;
    fraction = digits();
  }
  if (whole + fraction == 0) return false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    if (digits() == 0) return false;
  }
  return i == text.size();
}

std::optional<std::string> read_worksheet_part(const ZipParts& parts, std::string_view part, const WorksheetContext& context,
                                               Sheet& sheet) {
  WorksheetHandler handler(context, sheet);
  return read_xml_part(parts, part, handler);
}

}  // namespace rw

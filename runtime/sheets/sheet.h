#pragma once
// A sheet of cells as a spreadsheet holds it: what the XLSX and CSV readers produce, and what the data
// loader maps onto a model's declared inputs. Nothing here knows a model; cells keep their text exactly
// as stored, so no number ever passes through binary floating point.
#include <string>
#include <vector>

namespace rw {

struct Cell {
  enum class Kind { Empty, Number, Text, Boolean, Error };
  Kind kind = Kind::Empty;
  // Number: the decimal text as stored ("6000", "0.025", "1.5E-2", "45292"); Text: UTF-8;
  // Boolean: "1" or "0"; Error: the error as the spreadsheet shows it ("#DIV/0!"); Empty: "".
  std::string text;
  bool date_format = false;  // Number only: the cell's number format shows a date or a date-time
};

struct SheetRow {
  int number = 0;           // 1-based, as the spreadsheet program shows it
  std::vector<Cell> cells;  // index = column (0 is column A); trailing empty cells may be missing
};

struct Sheet {
  std::string name;            // the sheet's name; for a CSV file, the file name without its extension
  std::vector<SheetRow> rows;  // the rows holding at least one non-empty cell, in row order
};

struct Workbook {
  std::vector<Sheet> sheets;  // in the workbook's order
  bool date1904 = false;      // serials count days from 1904-01-01 (old Mac Excel), not from 1899-12-30
};

// The spreadsheet name of a 0-based column index: 0 -> "A", 25 -> "Z", 26 -> "AA".
std::string column_letters(int index);

}  // namespace rw

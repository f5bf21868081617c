#pragma once
// The XLSX reader: an Excel workbook (Office Open XML spreadsheet, transitional or strict) from its bytes.
//
// Contract. read_xlsx reads every sheet, in the workbook's order, hidden ones included, with its name
// (UTF-8); a chart sheet is a sheet without rows. Cells (see sheet.h for what each Kind holds):
//   - shared strings (t="s", rich text runs concatenated, phonetic guides left out), inline strings
//     (t="inlineStr"), formula string results (t="str") and ISO 8601 date cells (t="d") are Text;
//     xml:space="preserve" keeps a <t>'s surrounding white space, without it the white space is trimmed;
//     escapes such as _x000D_ are decoded; an empty string is an Empty cell;
//   - numbers (no t, or t="n") keep the <v> text exactly as stored ("1.5E-2"); date_format is set when
//     the cell's style (s -> cellXfs -> numFmtId) is a built-in date format (14-22, 27-36, 45-47, 50-58)
//     or a custom one with d, m, y, h or s outside quotes, brackets and escapes;
//   - booleans (t="b") are "1" or "0"; errors (t="e") keep their text ("#DIV/0!");
//   - of a formula only the cached value <v> counts: a formula without one is an Empty cell.
// Rows and cells keep the row numbers and columns of their references (r="C12"); rows without r follow
// the previous row, cells without r the previous cell; rows holding only empty cells are left out.
// Workbook::date1904 follows workbookPr date1904 ("1" or "true"). Parts are found through the package's
// and the workbook's relationships, never by guessing their names.
//
// Refusals (each message says what to do, and never names the file; the caller adds its name):
//   - an OLE compound file: a password-protected (encrypted) workbook, or an old Excel 97-2003 .xls;
//   - a macro-enabled workbook (.xlsm, .xltm: a macroEnabled content type, a vbaProject.bin part or a
//     macro sheet);
//   - an OpenDocument spreadsheet (.ods), anything that is not a zip, a truncated or damaged zip, a zip
//     without [Content_Types].xml or without a workbook part, encrypted zip entries;
//   - a sheet whose part is missing, XML that is not well-formed (with the part name and line), a DTD,
//     elements nested more than 256 deep;
//   - more than 1,048,576 rows or 16,384 columns in a sheet, more than 1,000 sheets, a part that
//     inflates beyond 1 GiB, more than 50,000,000 cells in all (counting the empty cells before the
//     last filled cell of each row);
//   - cells that contradict the format (a number that is not one, a shared string that does not exist,
//     an unknown cell type, rows or cells out of order).
#include <string_view>

#include "lang/checked.h"
#include "runtime/sheets/sheet.h"

namespace rw {

inline constexpr std::size_t max_workbook_cells = 50'000'000;

// The workbook in `bytes` (the whole content of an .xlsx file), or why it cannot be read. Never throws
// (but for std::bad_alloc when memory runs out).
Checked<Workbook> read_xlsx(std::string_view bytes);

}  // namespace rw

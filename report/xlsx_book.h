#pragma once
// A workbook being written with libxlsxwriter, kept in a private temporary folder until it is done;
// then its bytes, for cli/output.h's emit() (which writes them atomically, never over an input).
// The same content always gives the same bytes: the document's creation time is fixed.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xlsxwriter.h>

#include "report/private_folder.h"

namespace rw {

class Date;

// The finished workbook's bytes, or why there are none.
struct XlsxBytes {
  std::string bytes;
  std::string error;  // "" on success
};

// The cell formats every workbook of regelwerk uses.
struct XlsxFormats {
  lxw_format* header = nullptr;   // bold, bottom border
  lxw_format* title = nullptr;    // bold, larger
  lxw_format* euro = nullptr;     // "€ "#,##0.00: 1.500.000,00 under Dutch settings
  lxw_format* date = nullptr;     // dd-mm-yyyy
  lxw_format* integer = nullptr;  // 0
  lxw_format* decimal = nullptr;  // up to 10 decimals
  lxw_format* text = nullptr;     // @: typed ids stay text
  lxw_format* bold_euro = nullptr;  // totals
};

// One sheet being written: cells by 0-based row and column, and the layout of a table on it.
class XlsxSheet {
 public:
  XlsxSheet(lxw_worksheet* sheet, const XlsxFormats& formats, std::string& error) : sheet_(sheet), formats_(&formats), error_(&error) {}

  lxw_worksheet* raw() const { return sheet_; }
  // Text as text (never a formula: libxlsxwriter writes strings as strings); nothing for "".
  void text(int row, int column, std::string_view value, lxw_format* format = nullptr);
  // An amount in cents as a number cell with the euro format (or `format`).
  void amount(int row, int column, std::int64_t cents, lxw_format* format = nullptr);
  // An integer as a number cell (format `0` unless given).
  void integer(int row, int column, std::int64_t value, lxw_format* format = nullptr);
  // A date as a date cell (dd-mm-yyyy).
  void date(int row, int column, const Date& value);
  // Headers in `row` (bold), frozen below; widths from the headers and `widths` (characters, 0: from the header).
  void headers(int row, const std::vector<std::string>& names, const std::vector<double>& widths = {});
  // An autofilter over the table whose headers are in `header_row`, down to `last_row`, `columns` wide.
  void autofilter(int header_row, int last_row, int columns);
  // Column `column` `width` characters wide, with `format` for cells written without one.
  void column(int column, double width, lxw_format* format = nullptr);

 private:
  void check(lxw_error result, std::string_view what);
  lxw_worksheet* sheet_;
  const XlsxFormats* formats_;
  std::string* error_;
};

class XlsxBook {
 public:
  XlsxBook();
  ~XlsxBook();
  XlsxBook(const XlsxBook&) = delete;
  XlsxBook& operator=(const XlsxBook&) = delete;

  // A new sheet called `name` (at most 31 characters, none of []:*?/\).
  XlsxSheet add_sheet(const std::string& name);
  lxw_workbook* raw() const { return workbook_; }
  const XlsxFormats& formats() const { return formats_; }
  // Records the first reason the workbook cannot be written exactly (kept for finish()).
  void fail(const std::string& reason);
  // Closes the workbook and returns its bytes, or the first error met while writing it.
  XlsxBytes finish();

 private:
  std::optional<PrivateFolder> folder_;  // first, so that it goes last: after the workbook is closed
  lxw_workbook* workbook_ = nullptr;
  XlsxFormats formats_;
  std::string error_;
  bool closed_ = false;
};

}  // namespace rw

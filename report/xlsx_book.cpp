#include "report/xlsx_book.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "messages/say.h"
#include "report/money_format.h"
#include "report/xlsx_number.h"
#include "values/date.h"

namespace rw {

namespace {

// 2000-01-01T00:00:00Z: the creation time every workbook states, so that equal content gives equal bytes
// (libxlsxwriter takes the current time when it is 0; the zip entries' times are fixed by the library).
constexpr time_t fixed_creation_time = 946684800;

// Days from 1899-12-30 (day 0 of Excel's 1900 date system, counting its phantom 1900-02-29) to 1970-01-01.
constexpr std::int64_t excel_serial_of_1970 = 25569;

// Bytes a spreadsheet cell can hold (Excel's limit of 32,767 characters, counted in bytes to be safe).
constexpr std::size_t max_cell_text = 32767;

lxw_format* number_format(lxw_workbook* workbook, const char* pattern, bool bold = false) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_num_format(format, pattern);
  if (bold) format_set_bold(format);
  return format;
}

}  // namespace

void XlsxSheet::check(lxw_error result, std::string_view what) {
  if (result != LXW_NO_ERROR && error_->empty()) {
    *error_ = say("cannot write {} into the workbook: {}", tr(what), lxw_strerror(result));  // `what` is marked with to_translate
  }
}

void XlsxSheet::text(int row, int column, std::string_view value, lxw_format* format) {
  if (!sheet_) return;  // the book failed to add the sheet and says so
  if (value.empty()) return;
  if (value.size() > max_cell_text) {
    if (error_->empty()) *error_ = say("a text of {} bytes does not fit in a spreadsheet cell (at most {})", value.size(), max_cell_text);
    return;
  }
  check(worksheet_write_string(sheet_, row, column, std::string(value).c_str(), format), to_translate("a text"));
}

void XlsxSheet::amount(int row, int column, std::int64_t cents, lxw_format* format) {
  if (!sheet_) return;  // the book failed to add the sheet and says so
  std::string decimal = plain_amount(cents);
  if (!write_exact_number(sheet_, row, column, decimal, format ? format : formats_->euro) && error_->empty()) {
    *error_ = say("the amount {} has more than 15 significant digits, which a spreadsheet cannot hold exactly; "
                  "use --format json or csv for it", decimal);
  }
}

void XlsxSheet::integer(int row, int column, std::int64_t value, lxw_format* format) {
  if (!sheet_) return;  // the book failed to add the sheet and says so
  std::string decimal = std::to_string(value);
  if (!write_exact_number(sheet_, row, column, decimal, format ? format : formats_->integer) && error_->empty()) {
    *error_ = say("the number {} has more than 15 digits, which a spreadsheet cannot hold exactly", decimal);
  }
}

void XlsxSheet::date(int row, int column, const Date& value) {
  if (!sheet_) return;  // the book failed to add the sheet and says so
  std::string serial = std::to_string(value.serial() + excel_serial_of_1970);
  if (!write_exact_number(sheet_, row, column, serial, formats_->date) && error_->empty()) {
    *error_ = say("cannot write the date {}", value.to_string());
  }
}

void XlsxSheet::headers(int row, const std::vector<std::string>& names, const std::vector<double>& widths) {
  if (!sheet_) return;  // the book failed to add the sheet and says so
  for (std::size_t c = 0; c < names.size(); ++c) {
    text(row, static_cast<int>(c), names[c], formats_->header);
    double width = c < widths.size() && widths[c] > 0 ? widths[c] : static_cast<double>(names[c].size()) + 3;
    check(worksheet_set_column(sheet_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr), to_translate("a column width"));
  }
  worksheet_freeze_panes(sheet_, static_cast<lxw_row_t>(row + 1), 0);
}

void XlsxSheet::autofilter(int header_row, int last_row, int columns) {
  if (!sheet_) return;  // the book failed to add the sheet and says so
  if (columns <= 0) return;
  check(worksheet_autofilter(sheet_, header_row, 0, std::max(header_row, last_row), static_cast<lxw_col_t>(columns - 1)), to_translate("an autofilter"));
}

void XlsxSheet::column(int column, double width, lxw_format* format) {
  if (!sheet_) return;  // the book failed to add the sheet and says so
  check(worksheet_set_column(sheet_, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column), width, format), to_translate("a column width"));
}

XlsxBook::XlsxBook() {
  std::string problem;
  folder_ = PrivateFolder::make(problem);
  if (!folder_) {
    error_ = say("cannot make a temporary folder for the workbook: {}", problem);
    return;
  }
  std::string tmpdir = folder_->path().string();
  lxw_workbook_options options{};
  options.tmpdir = tmpdir.data();
  std::string workbook_path = (folder_->path() / "workbook.xlsx").string();
  workbook_ = workbook_new_opt(workbook_path.c_str(), &options);
  if (!workbook_) {
    error_ = say("cannot start a workbook");
    return;
  }
  lxw_doc_properties properties{};
  properties.created = fixed_creation_time;
  workbook_set_properties(workbook_, &properties);
  formats_.header = workbook_add_format(workbook_);
  format_set_bold(formats_.header);
  format_set_bottom(formats_.header, LXW_BORDER_THIN);
  formats_.title = workbook_add_format(workbook_);
  format_set_bold(formats_.title);
  format_set_font_size(formats_.title, 13);
  formats_.euro = number_format(workbook_, "\"€ \"#,##0.00");
  formats_.bold_euro = number_format(workbook_, "\"€ \"#,##0.00", true);
  formats_.date = number_format(workbook_, "dd-mm-yyyy");
  formats_.integer = number_format(workbook_, "0");
  formats_.decimal = number_format(workbook_, "0.##########");
  formats_.text = number_format(workbook_, "@");
}

XlsxBook::~XlsxBook() {
  if (workbook_ && !closed_) workbook_close(workbook_);  // then folder_ goes, with the workbook's files
}

XlsxSheet XlsxBook::add_sheet(const std::string& name) {
  lxw_worksheet* sheet = workbook_ ? workbook_add_worksheet(workbook_, name.c_str()) : nullptr;
  if (!sheet && error_.empty()) error_ = say("cannot add a sheet called '{}' to the workbook", name);
  // Without a sheet, writes go nowhere: the error above is what finish() reports.
  return XlsxSheet(sheet, formats_, error_);
}

void XlsxBook::fail(const std::string& reason) {
  if (error_.empty()) error_ = reason;
}

XlsxBytes XlsxBook::finish() {
  if (!workbook_) return {"", error_};
  closed_ = true;
  lxw_error closed = workbook_close(workbook_);
  workbook_ = nullptr;
  if (!error_.empty()) return {"", error_};
  if (closed != LXW_NO_ERROR) return {"", say("cannot finish the workbook: {}", lxw_strerror(closed))};
  std::ifstream in(folder_->path() / "workbook.xlsx", std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) return {"", say("cannot read back the finished workbook")};
  return {bytes.str(), ""};
}

}  // namespace rw

#pragma once
// The two CSV dialects regelwerk writes: the machine CSV (RFC 4180, `,`, ISO dates, `1500.00`) and the
// Dutch Excel dialect (`;`, decimal comma `1500,00`, dd-mm-jjjj dates, UTF-8 BOM, CRLF, account names
// beside ids). Text cells are neutralised against formulas in both (report/csv_field.h).
#include <cstdint>
#include <string>
#include <string_view>

#include "values/date.h"

namespace rw {

struct CsvOutputDialect {
  char separator = ',';
  bool decimal_comma = false;  // 1500,00 rather than 1500.00
  bool dutch_dates = false;    // 31-12-2023 rather than 2023-12-31
  bool byte_order_mark = false;
  bool crlf = false;
  bool account_names = false;  // a column `<x>_name` beside each account id column `<x>`
};

// The machine CSV of `--csv-dialect standard` (the default).
CsvOutputDialect standard_csv();
// `--csv-dialect nl`: for Excel and LibreOffice under Dutch settings.
CsvOutputDialect dutch_csv();

// Builds CSV text one field at a time in a dialect.
class CsvWriter {
 public:
  explicit CsvWriter(const CsvOutputDialect& dialect);
  const CsvOutputDialect& dialect() const { return dialect_; }
  CsvWriter& text(std::string_view value);      // a text cell (quoted, neutralised: csv_field)
  CsvWriter& number(std::string_view value);    // an integer such as a year, as it is
  CsvWriter& amount(std::int64_t cents);        // -1500.00, or -1500,00 with a decimal comma
  CsvWriter& date(const Date& value);           // 2023-12-31, or 31-12-2023
  CsvWriter& empty();                           // an empty field
  // Ends the line (LF, or CRLF).
  CsvWriter& end_line();
  // A header line of these names.
  CsvWriter& header(std::initializer_list<std::string_view> names);
  const std::string& result() const { return out_; }

 private:
  void separate();
  CsvOutputDialect dialect_;
  std::string out_;
  bool line_start_ = true;
};

}  // namespace rw

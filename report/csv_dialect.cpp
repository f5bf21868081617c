#include "report/csv_dialect.h"

#include "report/csv_field.h"
#include "report/money_format.h"

namespace rw {

CsvOutputDialect standard_csv() { return {}; }

CsvOutputDialect dutch_csv() { return {';', true, true, true, true, true}; }

CsvWriter::CsvWriter(const CsvOutputDialect& dialect) : dialect_(dialect) {
  if (dialect_.byte_order_mark) out_ = "\xEF\xBB\xBF";
}

void CsvWriter::separate() {
  if (!line_start_) out_ += dialect_.separator;
  line_start_ = false;
}

CsvWriter& CsvWriter::text(std::string_view value) {
  separate();
  out_ += csv_field(std::string(value), dialect_.separator);
  return *this;
}

CsvWriter& CsvWriter::number(std::string_view value) {
  separate();
  out_ += value;
  return *this;
}

CsvWriter& CsvWriter::amount(std::int64_t cents) {
  separate();
  std::string plain = plain_amount(cents);
  if (dialect_.decimal_comma) plain[plain.size() - 3] = ',';
  out_ += plain;
  return *this;
}

CsvWriter& CsvWriter::date(const Date& value) {
  separate();
  std::string iso = value.to_string();  // YYYY-MM-DD
  out_ += dialect_.dutch_dates ? iso.substr(8, 2) + "-" + iso.substr(5, 2) + "-" + iso.substr(0, 4) : iso;
  return *this;
}

CsvWriter& CsvWriter::empty() {
  separate();
  return *this;
}

CsvWriter& CsvWriter::end_line() {
  out_ += dialect_.crlf ? "\r\n" : "\n";
  line_start_ = true;
  return *this;
}

CsvWriter& CsvWriter::header(std::initializer_list<std::string_view> names) {
  for (std::string_view name : names) text(name);
  return end_line();
}

}  // namespace rw

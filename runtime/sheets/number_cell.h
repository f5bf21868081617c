#pragma once
// What a spreadsheet's number cell means: the decimal it shows, and a date serial's calendar date.
// Both work on the cell's stored decimal text with exact decimal arithmetic, never a double.
#include <optional>
#include <string>
#include <string_view>

#include "lang/checked.h"
#include "values/date.h"

namespace rw {

// The number a spreadsheet shows for the stored text ("0.30000000000000004", "1.5E-2", "45292"):
// rounded to 15 significant digits (Excel's precision, half away from zero), written in plain digits
// without trailing zeros ("0.3", "0.015", "45292"); nullopt when `stored` is no decimal number.
std::optional<std::string> shown_decimal(std::string_view stored);

// The date of the serial day `shown` (a shown_decimal): in the 1900 system serial 1 is 1900-01-01, 60
// the 1900-02-29 that never was, 61 is 1900-03-01; in the 1904 system serial 0 is 1904-01-01. A
// fraction (a time of day), a serial before the first day or after 9999-12-31 is refused, with why.
Checked<Date> date_of_serial(std::string_view shown, bool date1904);

}  // namespace rw

#pragma once
// One CSV field (RFC 4180), shared by the CSV renderers.
#include <string>

namespace rw {

// A text cell (an id, a name, a title): quoted when it contains the separator, a quote or a line break
// (quotes doubled). Text that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab
// or a carriage return) is written as text: a ' before it, and quoted. Numbers (years, amounts such
// as -1500.00, dates) are no text cells: the renderers write them as they are, without this.
std::string csv_field(const std::string& text, char separator = ',');

}  // namespace rw

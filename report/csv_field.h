#pragma once
// One CSV field (RFC 4180), shared by the CSV renderers.
#include <string>

namespace rw {

// The text, quoted when it contains a comma, a quote or a line break (quotes doubled).
std::string csv_field(const std::string& text);

}  // namespace rw

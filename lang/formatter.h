#pragma once
// The canonical layout of a rule file: indentation by nesting, single spaces between words, no space
// inside parentheses, one space after a comma, two spaces before a trailing comment, at most one blank
// line, one final newline. Comments and the text of strings are kept as written. Idempotent.
#include <string>

namespace rw {

// The text in canonical layout. The text need not be valid, but fmt only formats files that parse.
std::string format_source(const std::string& text);

}  // namespace rw

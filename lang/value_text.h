#pragma once
// Values written outside a rule file (the command line's --set NAME=VALUE), read with the same
// literal syntax and the same checks as in rule files.
#include <string>
#include <variant>

#include "lang/ast.h"

namespace rw {

// A literal (`7000`, `€7000.00`, `2027-01-01`, `12 months`, `2.5%`, `"x"`, `true`) or a bare name
// (a member, an account, an enum value), possibly negated.
struct ValueText {
  std::variant<ast::Literal, std::string> value;  // a literal, or a name
};

// Parses `text` as one value; on failure returns the message (with the spellings that are accepted).
std::variant<ValueText, std::string> parse_value_text(const std::string& text);

}  // namespace rw

#pragma once
// Parses a rule file into an AST. Syntax errors stop at the first one; errors in literals
// (an impossible date, an ambiguous amount like €6.000) are all collected.
#include <optional>
#include <string_view>
#include <vector>

#include "lang/ast.h"
#include "lang/diagnostics.h"
#include "lang/source.h"

namespace rw {

struct ParseResult {
  std::optional<ast::File> file;  // present when there are no errors
  std::vector<Diagnostic> diagnostics;
};

// Parses `source` (already read into memory) into an AST.
ParseResult parse(const SourceFile& source);

// Whether `text` can be written as a bare name in a rule file: an identifier that is no keyword.
bool is_plain_name(std::string_view text);

}  // namespace rw

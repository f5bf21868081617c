#pragma once
// The comment a rule file gives a declaration: what `regelwerk template` shows beside each column.
#include <string>

#include "lang/source.h"

namespace rw {

// The comment of the declaration starting at `range`: the comment at the end of its line
// (`id: text  # a pseudonym`), else the comment lines directly above it (joined by spaces), without
// their `#`; "" when there is none. A `#` inside a string is no comment.
std::string declaration_comment(const SourceFile& source, SourceRange range);

}  // namespace rw

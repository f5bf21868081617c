#pragma once
// How a symbol is shown to a person: its one-line signature as it could be written in a rule file
// (`parameter secondary_fee: money`), and the longer text of a hover.
#include <string>

#include "lsp/analysis.h"

namespace rw::lsp {

// The symbol's signature line.
std::string signature(const Analysis& analysis, const Symbol& symbol);
// The hover text in Markdown: the signature, the value(s) by year and the scenarios that set a
// parameter, the fields of a record, the comment above (or beside) the declaration.
std::string hover_text(const Analysis& analysis, const Symbol& symbol);

}  // namespace rw::lsp

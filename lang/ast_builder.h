#pragma once
// Turns a PEGTL parse tree into the AST, checking literals on the way.
#include <vector>

#include "lang/ast.h"
#include "lang/diagnostics.h"
#include "lang/parse_tree.h"

namespace rw {

// Builds the AST of a whole file from the root of its parse tree; literal errors go to `diagnostics`.
ast::File build_ast(const grammar::Node& root, Language language, std::vector<Diagnostic>& diagnostics);

}  // namespace rw

#include "lang/value_text.h"

#include <tao/pegtl.hpp>

#include "lang/ast_builder.h"
#include "lang/parse_errors.h"
#include "lang/parse_tree.h"

namespace rw {

std::variant<ValueText, std::string> parse_value_text(const std::string& text) {
  namespace pegtl = tao::pegtl;
  pegtl::memory_input input(text.data(), text.size(), "value");
  std::unique_ptr<grammar::Node> root;
  try {
    root = pegtl::parse_tree::parse<grammar::standalone_value, grammar::selector, pegtl::nothing, grammar::error_control>(input);
  } catch (const pegtl::parse_error& error) {
    return std::string(error.message());
  }
  if (!root || root->children.empty()) return std::string("expected a value");
  std::vector<Diagnostic> diagnostics;
  ast::ExprPtr expr = build_standalone_value(*root->children.front(), diagnostics);
  if (!diagnostics.empty()) return diagnostics.front().message;
  if (auto* name = std::get_if<ast::Name>(&expr->node)) return ValueText{name->name};
  if (auto* literal = std::get_if<ast::Literal>(&expr->node)) return ValueText{*literal};
  // -<literal>: a negated number
  auto& negated = std::get<ast::Unary>(expr->node);
  ast::Literal literal = std::get<ast::Literal>(negated.operand->node);
  literal.number = -literal.number;
  return ValueText{literal};
}

}  // namespace rw

#include "lang/parser.h"

#include <tao/pegtl.hpp>

#include "lang/ast_builder.h"
#include "lang/parse_errors.h"
#include "lang/parse_tree.h"

namespace rw {

namespace pegtl = tao::pegtl;

ParseResult parse(const SourceFile& source) {
  ParseResult result;
  pegtl::memory_input input(source.text().data(), source.text().size(), source.path());
  try {
    auto root = pegtl::parse_tree::parse<grammar::file, grammar::selector, pegtl::nothing, grammar::error_control>(input);
    if (!root) {
      result.diagnostics.push_back({Severity::Error, {0, 0}, "not a rule file", {}});
      return result;
    }
    ast::File file = build_ast(*root, result.diagnostics);
    if (!has_errors(result.diagnostics)) result.file = std::move(file);
  } catch (const pegtl::parse_error& error) {
    auto offset = static_cast<std::uint32_t>(error.positions().empty() ? 0 : error.positions().front().byte);
    result.diagnostics.push_back({Severity::Error, {offset, offset + 1}, std::string(error.message()), {}});
  }
  return result;
}

}  // namespace rw

// The comment of a declaration: at the end of its line, else the comment lines directly above.
#include <gtest/gtest.h>

#include "lang/declaration_comment.h"

namespace rw {
namespace {

struct CommentCase {
  std::string name, text, declaration, expected;  // `declaration`: the text the range starts at
};

class DeclarationComments : public ::testing::TestWithParam<CommentCase> {};

TEST_P(DeclarationComments, AreFound) {
  const CommentCase& c = GetParam();
  SourceFile source("m.regels", c.text);
  auto begin = static_cast<std::uint32_t>(source.text().find(c.declaration));
  ASSERT_NE(begin, static_cast<std::uint32_t>(std::string::npos));
  EXPECT_EQ(declaration_comment(source, {begin, begin + 1}), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Comments, DeclarationComments, ::testing::Values(
    CommentCase{"trailing", "record C {\n  id: text  # a pseudonym\n}\n", "id:", "a pseudonym"},
    CommentCase{"above_two_lines", "# Each client once,\n# by pseudonym.\ninput clients: list of C\n", "input", "Each client once, by pseudonym."},
    CommentCase{"above_stops_at_blank", "# far away\n\n# near\ninput x: C\n", "input", "near"},
    CommentCase{"above_stops_at_code", "record C {\n  a: text  # of a\n  b: text\n}\n", "b:", ""},
    CommentCase{"trailing_wins", "# above\ninput x: C  # beside\n", "input", "beside"},
    CommentCase{"hash_in_string", "require a else \"no # here\"\n", "require", ""},
    CommentCase{"none", "input x: C\n", "input", ""}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace rw

// Parser: the grammar is well-formed, files parse into the expected AST, syntax errors have places.
#include <gtest/gtest.h>

#include <tao/pegtl/contrib/analyze.hpp>

#include "lang/grammar.h"
#include "lang/parser.h"
#include "tests/unit/lang/parse_text.h"

namespace rw {
namespace {

TEST(Grammar, HasNoInfiniteLoopsOrLeftRecursion) {
  EXPECT_EQ(tao::pegtl::analyze<grammar::file>(), 0u);
}

TEST(Parser, ParsesDeclarationsInOrder) {
  SourceFile* file;
  auto result = parse_text(R"(model "M"
members A, B
account centre "The centre"
rounding half_even
enum Product = BW | BT
record Client { id: text  previous: date?  stays: list of date }
input clients: list of Client
parameter fee: money = €6_000
define twice(x: money): money = x * 2
rule 5 "Fee" for 2022..2024 due 2023-12-31 {
  for each c in clients where c.previous exists { centre pays twice(fee) to A }
}
)", file);
  ASSERT_TRUE(result.file) << render_all(result.diagnostics, *file);
  const ast::File& ast = *result.file;
  EXPECT_EQ(ast.model_name, "M");
  ASSERT_EQ(ast.decls.size(), 9u);
  auto& members = std::get<ast::MembersDecl>(ast.decls[0].node);
  ASSERT_EQ(members.members.size(), 2u);
  EXPECT_EQ(members.members[1].name.name, "B");
  EXPECT_EQ(std::get<ast::AccountDecl>(ast.decls[1].node).display_name, "The centre");
  EXPECT_EQ(std::get<ast::RoundingDecl>(ast.decls[2].node).mode, RoundingMode::HalfEven);
  EXPECT_EQ(std::get<ast::EnumDecl>(ast.decls[3].node).variants.size(), 2u);
  auto& record = std::get<ast::RecordDecl>(ast.decls[4].node);
  ASSERT_EQ(record.fields.size(), 3u);
  EXPECT_TRUE(record.fields[1].type.optional);
  EXPECT_EQ(record.fields[2].type.element->name, "date");
  auto& parameter = std::get<ast::ParameterDecl>(ast.decls[6].node);
  EXPECT_EQ(std::get<ast::Literal>(parameter.values.at(0).value->node).number, Rational(6000));
  auto& define = std::get<ast::DefineDecl>(ast.decls[7].node);
  EXPECT_TRUE(define.has_params);
  EXPECT_EQ(define.arguments.size(), 1u);
  auto& rule = std::get<ast::RuleDecl>(ast.decls[8].node);
  EXPECT_EQ(rule.id.name, "5");
  EXPECT_EQ(rule.title, "Fee");
  EXPECT_EQ(rule.first_year, 2022);
  EXPECT_EQ(rule.last_year, 2024);
  ASSERT_TRUE(rule.due);
  ASSERT_EQ(rule.body.size(), 1u);
  auto& loop = std::get<ast::ForEach>(rule.body[0]->node);
  EXPECT_EQ(loop.variable, "c");
  EXPECT_TRUE(loop.filter);
  EXPECT_TRUE(std::holds_alternative<ast::Pay>(loop.body.at(0)->node));
}

// Parses `define x = <expression>` and returns the expression.
const ast::Expr& expression_of(const std::string& expression, ParseResult& result) {
  SourceFile* file;
  result = parse_text("model \"M\"\nmembers A\ndefine x = " + expression + "\n", file);
  EXPECT_TRUE(result.file) << render_all(result.diagnostics, *file);
  return *std::get<ast::DefineDecl>(result.file->decls.at(1).node).body;
}

TEST(Parser, MultiplicationBindsTighterThanAddition) {
  ParseResult result;
  const ast::Expr& e = expression_of("1 + 2 * 3", result);
  auto& add = std::get<ast::Binary>(e.node);
  EXPECT_EQ(add.op, ast::BinaryOp::Add);
  EXPECT_EQ(std::get<ast::Binary>(add.right->node).op, ast::BinaryOp::Multiply);
}

TEST(Parser, SubtractionIsLeftAssociative) {
  ParseResult result;
  const ast::Expr& e = expression_of("10 - 3 - 2", result);  // (10 - 3) - 2
  auto& outer = std::get<ast::Binary>(e.node);
  EXPECT_EQ(std::get<ast::Literal>(outer.right->node).number, Rational(2));
  EXPECT_TRUE(std::holds_alternative<ast::Binary>(outer.left->node));
}

TEST(Parser, DateArithmeticStatesHowToRound) {
  ParseResult result;
  const ast::Expr& e = expression_of("2024-02-29 + 12 months rounding down", result);
  auto& add = std::get<ast::Binary>(e.node);
  EXPECT_EQ(add.day_overflow, DayOverflow::Down);
  EXPECT_EQ(std::get<ast::Literal>(add.right->node).duration.months, 12);
}

// The direction is the word written, whatever follows it (issue 12 item 1: a trailing space made
// `rounding up` round down).
TEST(Parser, DayRoundingDirectionIgnoresWhatFollows) {
  for (const char* follower : {"", " ", "\t", "\n", "  # a comment", "\n\n# a comment\n"}) {
    for (auto [word, direction] : {std::pair{"up", DayOverflow::Up}, std::pair{"down", DayOverflow::Down}}) {
      ParseResult result;
      std::string expression = std::string("2024-02-29 + 12 months rounding ") + word + follower;
      const ast::Expr& e = expression_of(expression, result);
      EXPECT_EQ(std::get<ast::Binary>(e.node).day_overflow, direction) << expression;
    }
  }
}

struct LiteralCase {
  std::string text;
  ast::LiteralKind kind;
  Rational number;
};

class NumberLiterals : public ::testing::TestWithParam<LiteralCase> {};

TEST_P(NumberLiterals, AreExact) {
  ParseResult result;
  const ast::Expr& e = expression_of(GetParam().text, result);
  auto& literal = std::get<ast::Literal>(e.node);
  EXPECT_EQ(literal.kind, GetParam().kind);
  EXPECT_EQ(literal.number, GetParam().number);
}

INSTANTIATE_TEST_SUITE_P(Parser, NumberLiterals, ::testing::Values(
    LiteralCase{"€6000", ast::LiteralKind::Money, Rational(6000)},
    LiteralCase{"€6_000", ast::LiteralKind::Money, Rational(6000)},
    LiteralCase{"€6000.50", ast::LiteralKind::Money, Rational::fraction(12001, 2)},
    LiteralCase{"EUR 150_000", ast::LiteralKind::Money, Rational(150000)},
    LiteralCase{"2.5%", ast::LiteralKind::Percent, Rational::fraction(1, 40)},   // 2.5 / 100 = 1/40
    LiteralCase{"0.025", ast::LiteralKind::Decimal, Rational::fraction(1, 40)},
    LiteralCase{"1_000_000", ast::LiteralKind::Integer, Rational(1000000)}));

std::string repeated(const std::string& part, int times) {
  std::string text;
  for (int i = 0; i < times; ++i) text += part;
  return text;
}

struct ErrorCase {
  std::string source;
  int line, column;
  std::string message_part;
};

class SyntaxErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(SyntaxErrors, ArePlacedAndExplained) {
  SourceFile* file;
  auto result = parse_text(GetParam().source, file);
  ASSERT_FALSE(result.file);
  ASSERT_FALSE(result.diagnostics.empty());
  const Diagnostic& d = result.diagnostics.front();
  LineColumn at = file->position(d.range.begin);
  EXPECT_EQ(at.line, GetParam().line) << d.message;
  EXPECT_EQ(at.column, GetParam().column) << d.message;
  EXPECT_NE(d.message.find(GetParam().message_part), std::string::npos) << d.message;
}

INSTANTIATE_TEST_SUITE_P(Parser, SyntaxErrors, ::testing::Values(
    ErrorCase{"members A\n", 1, 1, "starts with: model"},
    ErrorCase{"model \"M\"\nmembers A\nrule 1 \"T\" for 2022 {\n  A pays €1 A\n}\n", 4, 13, "expected 'to'"},
    ErrorCase{"model \"M\"\nmembers A\nrule 1 \"T\" for 2022 {\n  A pays €1 to A\n", 5, 1, "expected '}'"},
    ErrorCase{"model \"M\"\nmembers A\ndefine x = (1 + 2\n", 4, 1, "expected ')'"},
    ErrorCase{"model \"M\"\nmembers A\nparameter fee: money = €6.000\n", 3, 24, "ambiguous amount '€6.000'"},
    ErrorCase{"model \"M\"\nmembers A\nparameter fee: money = €6,000\n", 3, 24, "write €6000, €6_000 or €6000.00 (',' is not used in amounts)"},
    ErrorCase{"model \"M\"\nmembers A\nparameter d: date = 2023-02-30\n", 3, 21, "2023-02-30 is not a calendar date"},
    ErrorCase{"model \"M\"\nmembers A\nrule 1 \"T\" for 2024..2022 { }\n", 3, 16, "the year range 2024..2022 is empty"},
    ErrorCase{"model \"M\"\nmembers A\nfoo\n", 3, 1, "expected a declaration"},
    // the bad byte's own line and column (col 25: after `parameter t: text = "caf`, 24 characters)
    ErrorCase{"model \"M\"\nmembers A\nparameter t: text = \"caf\xc3\"\n", 3, 25, "the byte 0xC3 here does not begin a valid UTF-8"},
    ErrorCase{"model \"M\"\n# caf\xc3\xa9 \xc0\xaf\n", 2, 8, "the byte 0xC0 here"},  // 'é' is one column, overlong '/' is not UTF-8
    // 1001 operands, `define x = 1` then 1000 times ` + 1`: stopped at the 1000th '+', at column
    // 12 (the first 1) + 999 * 4 + 2 = 4010
    ErrorCase{"model \"M\"\nmembers A\ndefine x = 1" + repeated(" + 1", 1000) + "\n", 3, 4010, "more than 1000 operands"},
    // `define x = true` then 1000 times ` and true`: the 1000th 'and' is at column 15 + 999 * 9 + 2 = 9008
    ErrorCase{"model \"M\"\nmembers A\ndefine x = true" + repeated(" and true", 1000) + "\n", 3, 9008,
              "more than 1000 parts joined by 'and'"},
    // `define x = f(1` then 1000 times `, 1`: the 1000th ',' is at column 14 + 999 * 3 + 1 = 3012
    ErrorCase{"model \"M\"\nmembers A\ndefine x = f(1" + repeated(", 1", 1000) + ")\n", 3, 3012,
              "this call has more than 1000 arguments"},
    ErrorCase{"model \"M\"\nmembers A\ndefine x = f(1, )\n", 3, 15, "expected ')'"}));

// A chain of exactly 1000 operands is accepted.
TEST(Parser, AcceptsAThousandOperands) {
  ParseResult result;
  const ast::Expr& e = expression_of("1" + repeated(" * 1", 999), result);
  EXPECT_EQ(std::get<ast::Binary>(e.node).op, ast::BinaryOp::Multiply);
}

// A byte order mark at the start is no part of the text: the header is at 1:1 and nothing is reported.
TEST(Parser, IgnoresALeadingByteOrderMark) {
  SourceFile* file;
  auto result = parse_text("\xEF\xBB\xBFmodel \"M\"\nmembers A\ndefine x = 1 +\n", file);
  ASSERT_EQ(result.diagnostics.size(), 1u) << render_all(result.diagnostics, *file);
  EXPECT_EQ(file->location(result.diagnostics[0].range), "test.regels:4:1");
  auto clean = parse_text("\xEF\xBB\xBFmodel \"M\"\nmembers A\n", file);
  ASSERT_TRUE(clean.file) << render_all(clean.diagnostics, *file);
  EXPECT_EQ(clean.file->model_name, "M");
  EXPECT_EQ(file->location(clean.file->header_range), "test.regels:1:1");
}

// `member "<name>"` is a name that only a member can answer to; a bare name stays a name.
TEST(Parser, ReadsAMemberByItsQuotedName) {
  ParseResult result;
  const ast::Expr& e = expression_of("member  \"Gooise Meren\" = Blaricum", result);
  auto& comparison = std::get<ast::Binary>(e.node);
  auto& quoted = std::get<ast::Name>(comparison.left->node);
  EXPECT_EQ(quoted.name, "Gooise Meren");
  EXPECT_TRUE(quoted.member_reference);
  EXPECT_FALSE(std::get<ast::Name>(comparison.right->node).member_reference);
}

}  // namespace
}  // namespace rw

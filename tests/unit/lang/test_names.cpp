// Names with accented letters (lang/name_chars.h): `cliënten`, `één`, `reïntegratie` are names; `×` and `÷`
// are not letters; a keyword followed by an accented letter is part of a longer name; carets line up after them.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "lang/checker.h"
#include "lang/formatter.h"
#include "lang/language.h"
#include "lang/name_chars.h"
#include "lang/parser.h"
#include "lang/spelling_hint.h"
#include "tests/unit/lang/parse_text.h"

namespace rw::names_test {  // named: the unity build puts it beside other tests
namespace {

struct CharCase {
  std::string what;       // the test's name
  std::string text;
  std::size_t at;
  std::size_t name_char;  // names::name_char_at(text, at)
  std::size_t letter;     // names::letter_at(text, at)
};

void PrintTo(const CharCase& c, std::ostream* os) { *os << c.what; }

class NameChars : public ::testing::TestWithParam<CharCase> {};

TEST_P(NameChars, AreLettersDigitsUnderscoreAndAccentedLetters) {
  EXPECT_EQ(names::name_char_at(GetParam().text, GetParam().at), GetParam().name_char);
  EXPECT_EQ(names::letter_at(GetParam().text, GetParam().at), GetParam().letter);
}

INSTANTIATE_TEST_SUITE_P(Names, NameChars, ::testing::Values(
    CharCase{"a", "a", 0, 1, 1}, CharCase{"Z", "Z", 0, 1, 1}, CharCase{"digit", "7", 0, 1, 0},
    CharCase{"underscore", "_", 0, 1, 0}, CharCase{"space", " ", 0, 0, 0}, CharCase{"hyphen", "-", 0, 0, 0},
    CharCase{"empty", "", 0, 0, 0}, CharCase{"past_the_end", "a", 1, 0, 0},
    CharCase{"U00C0_the_first", "\xC3\x80", 0, 2, 2},    // À
    CharCase{"U00EB", "\xC3\xAB", 0, 2, 2},              // ë
    CharCase{"U00D7_times", "\xC3\x97", 0, 0, 0},        // ×
    CharCase{"U00F7_divided_by", "\xC3\xB7", 0, 0, 0},   // ÷
    CharCase{"U00FF", "\xC3\xBF", 0, 2, 2},              // ÿ
    CharCase{"U0100", "\xC4\x80", 0, 2, 2},              // Ā
    CharCase{"U0141", "\xC5\x81", 0, 2, 2},              // Ł
    CharCase{"U017F_the_last", "\xC5\xBF", 0, 2, 2},     // ſ
    CharCase{"U0180_Latin_Extended_B", "\xC6\x80", 0, 0, 0},  // ƀ
    CharCase{"U00BF", "\xC2\xBF", 0, 0, 0},              // ¿
    CharCase{"U00AA", "\xC2\xAA", 0, 0, 0},              // ª
    CharCase{"euro_sign", "\xE2\x82\xAC", 0, 0, 0},      // €
    CharCase{"lead_byte_alone", "\xC3", 0, 0, 0},
    CharCase{"lead_byte_before_ASCII", "\xC3\x41", 0, 0, 0},
    CharCase{"second_byte_of_a_letter", "\xC3\xAB", 1, 0, 0}));

TEST(NameChars, CountBackwardsToo) {
  std::string text = "cli\xC3\xABnten\xC3\x97" "2";  // cliënten×2
  EXPECT_EQ(names::name_char_before(text, 3), 1u);   // i
  EXPECT_EQ(names::name_char_before(text, 5), 2u);   // ë
  EXPECT_EQ(names::name_char_before(text, 9), 1u);   // n
  EXPECT_EQ(names::name_char_before(text, 11), 0u);  // ×
  EXPECT_EQ(names::name_char_before(text, 12), 1u);  // 2
  EXPECT_EQ(names::letter_before(text, 12), 0u);     // 2 is no letter
  EXPECT_EQ(names::letter_before(text, 5), 2u);
  EXPECT_EQ(names::name_char_before(text, 0), 0u);
}

struct NameCase {
  std::string source;  // a file whose last declaration is a definition
  std::string name;    // the name it defines
};

void PrintTo(const NameCase& c, std::ostream* os) { *os << c.name; }

class AccentedNames : public ::testing::TestWithParam<NameCase> {};

TEST_P(AccentedNames, AreOneName) {
  SourceFile* file;
  ParseResult result = parse_text(GetParam().source, file);
  ASSERT_TRUE(result.file) << render_all(result.diagnostics, *file);
  EXPECT_EQ(std::get<ast::DefineDecl>(result.file->decls.back().node).name.name, GetParam().name);
}

INSTANTIATE_TEST_SUITE_P(Names, AccentedNames, ::testing::Values(
    NameCase{"model \"M\"\ndefine cli\xC3\xABnten = 1\n", "cli\xC3\xABnten"},
    NameCase{"model \"M\"\ndefine \xC3\xA9\xC3\xA9n = 1\n", "\xC3\xA9\xC3\xA9n"},                // één: starts with é
    NameCase{"model \"M\"\ndefine re\xC3\xAFntegratie = 1\n", "re\xC3\xAFntegratie"},           // reïntegratie
    NameCase{"model \"M\"\ndefine Zeeuwse_caf\xC3\xA9 = 1\n", "Zeeuwse_caf\xC3\xA9"},           // ends with é
    NameCase{"model \"M\"\ndefine \xC5\x81\xC3\xB3\x64\xC5\xBA = 1\n", "\xC5\x81\xC3\xB3\x64\xC5\xBA"},  // Łódź: Latin Extended-A
    NameCase{"model \"M\"\ndefine _\xC3\xA9\x32 = 1\n", "_\xC3\xA9\x32"},                      // _é2
    // a keyword followed by an accented letter is a longer name, not the keyword
    NameCase{"model \"M\"\ndefine for\xC3\xAB = 1\n", "for\xC3\xAB"},
    NameCase{"model \"M\"\ndefine in\xC3\xA9\xC3\xA9n = 1\n", "in\xC3\xA9\xC3\xA9n"},
    NameCase{"regeling \"M\"\ndefinieer voorcli\xC3\xABnten = 1\n", "voorcli\xC3\xABnten"},
    NameCase{"regeling \"M\"\ndefinieer en\xC3\xA9\xC3\xA9n = 1\n", "en\xC3\xA9\xC3\xA9n"}));

// `not` before an accented letter is part of a name: `notë` is a name, not the negation of `ë`.
TEST(AccentedNames, AKeywordBeforeAnAccentedLetterIsNoKeyword) {
  SourceFile* file;
  ParseResult result = parse_text("model \"M\"\ndefine x = not\xC3\xAB\n", file);
  ASSERT_TRUE(result.file) << render_all(result.diagnostics, *file);
  auto& body = *std::get<ast::DefineDecl>(result.file->decls.back().node).body;
  EXPECT_EQ(std::get<ast::Name>(body.node).name, "not\xC3\xAB");
}

// `×` is the multiplication sign, also between two names without spaces: cliënten×tarief.
TEST(AccentedNames, TimesIsNoLetter) {
  SourceFile* file;
  ParseResult result = parse_text("model \"M\"\ndefine x = cli\xC3\xABnten\xC3\x97tarief\n", file);
  ASSERT_TRUE(result.file) << render_all(result.diagnostics, *file);
  auto& product = std::get<ast::Binary>(std::get<ast::DefineDecl>(result.file->decls.back().node).body->node);
  EXPECT_EQ(product.op, ast::BinaryOp::Multiply);
  EXPECT_EQ(std::get<ast::Name>(product.left->node).name, "cli\xC3\xABnten");
  EXPECT_EQ(std::get<ast::Name>(product.right->node).name, "tarief");
}

struct NotANameCase {
  std::string what;  // the test's name
  std::string source;
  int line, column;  // of the syntax error, in characters
};

void PrintTo(const NotANameCase& c, std::ostream* os) { *os << c.what; }

class NotNames : public ::testing::TestWithParam<NotANameCase> {};

TEST_P(NotNames, EndTheName) {
  SourceFile* file;
  ParseResult result = parse_text(GetParam().source, file);
  ASSERT_FALSE(result.file);
  ASSERT_FALSE(result.diagnostics.empty());
  LineColumn at = file->position(result.diagnostics.front().range.begin);
  EXPECT_EQ(at.line, GetParam().line) << result.diagnostics.front().message;
  EXPECT_EQ(at.column, GetParam().column) << result.diagnostics.front().message;
}

INSTANTIATE_TEST_SUITE_P(Names, NotNames, ::testing::Values(
    NotANameCase{"times", "model \"M\"\ndefine \xC3\xA9\xC3\xA9n\xC3\x97 = 1\n", 2, 11},       // één×: the name ends before ×
    NotANameCase{"divided_by", "model \"M\"\ndefine a\xC3\xB7" "b = 1\n", 2, 9},                  // a÷b
    NotANameCase{"Latin_Extended_B", "model \"M\"\ndefine a\xC6\x80 = 1\n", 2, 9},                // aƀ
    NotANameCase{"digit_first", "model \"M\"\ndefine 1\xC3\xA9 = 1\n", 2, 8}));                   // a name starts with no digit

TEST(AccentedNames, RuleIdsMayHaveThem) {
  SourceFile* file;
  ParseResult result = parse_text("model \"M\"\nmembers A\nrule 3\xC3\xA9 \"T\" for 2022 { }\n", file);
  ASSERT_TRUE(result.file) << render_all(result.diagnostics, *file);
  EXPECT_EQ(std::get<ast::RuleDecl>(result.file->decls.back().node).id.name, "3\xC3\xA9");
}

// A misspelt accented name gets its suggestion, with the caret under the name in characters.
TEST(AccentedNames, AreSuggestedWhenMisspelt) {
  SourceFile file("x.regels", "model \"M\"\nmembers A\nparameter cli\xC3\xABnten: integer = 3\n"
                              "define \xC3\xA9\xC3\xA9n: integer = clienten\n");
  CheckResult checked = parse_and_check(file, {});
  ASSERT_FALSE(checked.model);
  auto error = std::find_if(checked.diagnostics.begin(), checked.diagnostics.end(),
                            [](const Diagnostic& d) { return d.severity == Severity::Error; });
  ASSERT_NE(error, checked.diagnostics.end());
  std::string rendered = render(*error, file);
  EXPECT_NE(rendered.find("x.regels:4:23: "), std::string::npos) << rendered;
  EXPECT_NE(rendered.find("'cli\xC3\xABnten'"), std::string::npos) << rendered;
  EXPECT_NE(rendered.find("    4 | define \xC3\xA9\xC3\xA9n: integer = clienten\n"
                          "      | " + std::string(22, ' ') + "^~~~~~~~\n"), std::string::npos) << rendered;
}

// The caret counts characters, not bytes: after `één` and `cliënten` (two and one two-byte letters).
TEST(AccentedNames, CaretsLineUpAfterThem) {
  std::string line = "define \xC3\xA9\xC3\xA9n = cli\xC3\xABnten + fee";
  SourceFile file("x.regels", "model \"M\"\n" + line + "\n");
  auto at = static_cast<std::uint32_t>(10 + line.find("fee"));
  Diagnostic d{Severity::Error, {at, at + 3}, "cannot add integer and money", {}};
  EXPECT_EQ(render(d, file),
            "x.regels:2:25: error: cannot add integer and money\n"
            "    2 | " + line + "\n"
            "      | " + std::string(24, ' ') + "^~~\n");
  // A range over an accented name is as wide as its characters.
  auto name = static_cast<std::uint32_t>(10 + line.find("cli"));
  Diagnostic over_name{Severity::Error, {name, name + 9}, "x", {}};
  EXPECT_NE(render(over_name, file).find("\n      | " + std::string(13, ' ') + "^~~~~~~~\n"), std::string::npos) << render(over_name, file);
}

TEST(AccentedNames, EndTheFirstWord) {
  EXPECT_EQ(language_of("regeling \"M\"\n"), Language::Dutch);
  EXPECT_EQ(language_of("regeling\xC3\xAB \"M\"\n"), Language::English);  // regelingë is another word
}

// The note on a word of the other spelling looks at whole names: `forë` is no `for`.
TEST(AccentedNames, AreWholeWordsForSpellingHints) {
  std::string foreign = "for each x";
  ASSERT_TRUE(other_spelling_note(foreign, 0, Language::Dutch));
  EXPECT_EQ(other_spelling_note(foreign, 0, Language::Dutch)->range->end, 3u);
  EXPECT_FALSE(other_spelling_note("for\xC3\xAB", 0, Language::Dutch));
  EXPECT_FALSE(other_spelling_note("x = cli\xC3\xABnten", 13, Language::Dutch));
}

// A line that starts with a name beginning like a continuing word (`or`) is no continuation.
TEST(AccentedNames, AreWholeWordsForTheFormatter) {
  EXPECT_EQ(format_source("rule 1 \"T\" for 2022 {\nA pays \xE2\x82\xAC" "1 to B\nor\xC3\xAB pays \xE2\x82\xAC" "1 to B\n}\n"),
            "rule 1 \"T\" for 2022 {\n  A pays \xE2\x82\xAC" "1 to B\n  or\xC3\xAB pays \xE2\x82\xAC" "1 to B\n}\n");
  EXPECT_EQ(format_source("define ok: bool =\na\nor b\n"), "define ok: bool =\n    a\n    or b\n");
}

}  // namespace
}  // namespace rw::names_test

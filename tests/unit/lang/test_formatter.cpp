// Formatter: one canonical layout, comments kept, idempotent on every rule file in the repository.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "lang/formatter.h"
#include "lang/parser.h"

namespace rw {
namespace {

struct FormatCase {
  std::string name, input, expected;
};

void PrintTo(const FormatCase& c, std::ostream* os) { *os << c.name; }

class Formats : public ::testing::TestWithParam<FormatCase> {};

TEST_P(Formats, ToTheCanonicalLayout) { EXPECT_EQ(format_source(GetParam().input), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(Formatter, Formats, ::testing::Values(
    FormatCase{"indentation_by_braces", "rule 1 \"T\" for 2022 {\nfor each m in members {\n      centre pays €1 to m\n}\n}\n",
               "rule 1 \"T\" for 2022 {\n  for each m in members {\n    centre pays €1 to m\n  }\n}\n"},
    FormatCase{"spaces", "define  f( a: integer ,b: integer ):integer =   a+b\n",
               "define f(a: integer, b: integer):integer = a+b\n"},
    FormatCase{"strings_untouched", "parameter t: text = \"two  spaces ,kept\"\n", "parameter t: text = \"two  spaces ,kept\"\n"},
    FormatCase{"comments_kept_and_aligned", "record R {\n  id: text # a pseudonym\n  amount: money   # in euros\n}\n",
               "record R {\n  id: text       # a pseudonym\n  amount: money  # in euros\n}\n"},
    FormatCase{"comment_lines_indented", "rule 1 \"T\" for 2022 {\n# why\nA pays €1 to B\n}\n",
               "rule 1 \"T\" for 2022 {\n  # why\n  A pays €1 to B\n}\n"},
    FormatCase{"continuations", "define ok(c: Client): bool =\nc.a exists\nand c.b exists\n",
               "define ok(c: Client): bool =\n    c.a exists\n    and c.b exists\n"},
    FormatCase{"blank_lines", "\n\nmodel \"M\"\n\n\n\nmembers A   \n", "model \"M\"\n\nmembers A\n"},
    FormatCase{"final_newline", "model \"M\"", "model \"M\"\n"},
    FormatCase{"scenario_records_indented_inside_brackets",
               "scenario s \"S\" {\nadd to clients [\n{\"id\": \"N-1\",\n\"days\": 1},\n{\"id\": \"N-2\", \"days\": 2}\n]\n}\n",
               "scenario s \"S\" {\n  add to clients [\n    {\"id\": \"N-1\",\n      \"days\": 1},\n    {\"id\": \"N-2\", \"days\": 2}\n  ]\n}\n"},
    FormatCase{"day_rounding_kept_whatever_follows", "define d: date = (x + 1 month rounding   up )   # c\ndefine e: date = x + 1 month rounding down \n",
               "define d: date = (x + 1 month rounding up)  # c\ndefine e: date = x + 1 month rounding down\n"},
    // In Dutch a comma between two digits is a decimal comma; one after a digit and before a space separates.
    FormatCase{"dutch_decimal_comma_kept", "regeling \"M\"\nparameter a: decimaal = 0,5\ndefinieer f: geld = max(€ 1.000,50,€ 2)\n",
               "regeling \"M\"\nparameter a: decimaal = 0,5\ndefinieer f: geld = max(€ 1.000,50, € 2)\n"},
    FormatCase{"dutch_continuations", "regeling \"M\"\ndefinieer ok(c: Client): janee =\nc.a bestaat\nen c.b bestaat\n",
               "regeling \"M\"\ndefinieer ok(c: Client): janee =\n    c.a bestaat\n    en c.b bestaat\n"},
    FormatCase{"member_by_quoted_name", "rule 1 \"T\" for 2022 {\nregion pays €1 to member   \"Gooise Meren\"\n}\n",
               "rule 1 \"T\" for 2022 {\n  region pays €1 to member \"Gooise Meren\"\n}\n"}));

// Every rule file in the repository: formatting twice changes nothing more, and the result parses.
TEST(Formatter, IsIdempotentOnEveryRuleFile) {
  int files = 0;
  for (const char* folder : {"rules", "tests/cases"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::filesystem::path(REGELWERK_SOURCE_DIR) / folder)) {
      if (entry.path().extension() != ".regels") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      std::string once = format_source(text.str());
      EXPECT_EQ(format_source(once), once) << entry.path();
      if (parse(SourceFile("x", text.str())).file) {
        EXPECT_TRUE(parse(SourceFile("x", once)).file) << entry.path();
      }
      ++files;
    }
  }
  EXPECT_GE(files, 15);  // the four models and the DSL cases
}

}  // namespace
}  // namespace rw

// Keys of inputs (`keyed by`) and the `require` lines of records: parsed into the AST, checked into
// the model's tables.
#include <gtest/gtest.h>

#include "lang/checker.h"
#include "lang/parser.h"

namespace rw {
namespace {

const char* text = R"(model "M"
members A
record Row {
  year: integer
  member: member
  amount: money
  require amount >= €0 else "never negative"
  require count(x for each x in members_of_row where x != A) >= 0 else "unused"
}
input rows: list of Row keyed by year, member
)";

TEST(DataRules, KeysAndRecordRequiresParse) {
  SourceFile source("test.regels", text);
  ParseResult parsed = parse(source);
  ASSERT_TRUE(parsed.file) << render_all(parsed.diagnostics, source);
  const auto& record = std::get<ast::RecordDecl>(parsed.file->decls.at(1).node);
  ASSERT_EQ(record.fields.size(), 3u);
  ASSERT_EQ(record.checks.size(), 2u);
  EXPECT_EQ(record.checks[0].message, "never negative");
  EXPECT_EQ(source.slice(record.checks[0].condition->range), "amount >= €0");
  const auto& input = std::get<ast::InputDecl>(parsed.file->decls.at(2).node);
  ASSERT_EQ(input.key.size(), 2u);
  EXPECT_EQ(input.key[0].name, "year");
  EXPECT_EQ(input.key[1].name, "member");
}

TEST(DataRules, TheCheckerRecordsKeyFieldsAndRequiresWithTheirFrames) {
  std::string model = R"(model "M"
members A
account centre "Centre"
record Row {
  year: integer
  member: member
  amounts: list of money
  require sum(x for each x in amounts where x > €0) >= €0 else "never negative"
}
input rows: list of Row keyed by member, year
rule 1 "R" for 2024 { for each r in rows { centre pays €1 to r.member } }
)";
  SourceFile source("test.regels", model);
  CheckResult checked = parse_and_check(source, {{"sum", "sum(list)", "", [](const std::vector<Type>&, std::string&) {
                                                    return std::optional<Type>(Type::of(TypeKind::Money));
                                                  }}});
  ASSERT_TRUE(checked.model) << render_all(checked.diagnostics, source);
  EXPECT_EQ(checked.model->tables.inputs.at(0).key_fields, (std::vector<int>{1, 0}));
  ASSERT_EQ(checked.model->record_checks.size(), 1u);
  EXPECT_EQ(checked.model->record_checks[0].record, 0);
  EXPECT_EQ(checked.model->record_checks[0].frame_size, 4);  // three fields, then the comprehension's x
}

}  // namespace
}  // namespace rw

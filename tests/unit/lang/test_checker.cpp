// Checker: names, types and units, arity, cycles — each mistake found, placed and explained.
#include <gtest/gtest.h>

#include "lang/checker.h"
#include "lang/parser.h"

namespace rw {
namespace {

// A few built-in signatures, enough to exercise calls (the real table lives in stdlib/).
std::vector<BuiltinSignature> test_builtins() {
  BuiltinSignature share{"share_of_year", "share_of_year(period, year)", "",
                         [](const std::vector<Type>& args, std::string& problem) -> std::optional<Type> {
                           if (args.size() == 2 && args[0].is(TypeKind::Period) && args[1].is(TypeKind::Integer)) {
                             return Type::of(TypeKind::Decimal);
                           }
                           problem = "expected a period and a year";
                           return std::nullopt;
                         }};
  return {share};
}

const char* prelude = R"(model "M"
members Arnhem, Rheden
account centre "Centre"
enum Product = BW | BT
record Stay { municipality: member  period: period }
record Client { id: text  product: Product  start: date  previous: date?  stays: list of Stay }
input clients: list of Client
parameter fee: money = €6000
parameter reform: date = 2025-01-01
)";

struct CheckCase {
  std::string name;
  std::string body;          // appended to the prelude (which has 9 lines)
  int line, column;          // of the first error
  std::string message_part;  // "" means: no errors expected
};

void PrintTo(const CheckCase& c, std::ostream* os) { *os << c.name; }

class Checker : public ::testing::TestWithParam<CheckCase> {};

TEST_P(Checker, ReportsTheExpectedFirstError) {
  SourceFile file("test.regels", std::string(prelude) + GetParam().body);
  ParseResult parsed = parse(file);
  ASSERT_TRUE(parsed.file) << render_all(parsed.diagnostics, file);
  CheckResult checked = check(std::move(*parsed.file), test_builtins());
  const Diagnostic* first_error = nullptr;
  for (const Diagnostic& d : checked.diagnostics) {
    if (d.severity == Severity::Error && !first_error) first_error = &d;
  }
  if (GetParam().message_part.empty()) {
    EXPECT_TRUE(checked.model) << render_all(checked.diagnostics, file);
    return;
  }
  ASSERT_TRUE(first_error) << "expected an error containing: " << GetParam().message_part;
  EXPECT_FALSE(checked.model);
  LineColumn at = file.position(first_error->range.begin);
  EXPECT_EQ(at.line, GetParam().line) << render(*first_error, file);
  EXPECT_EQ(at.column, GetParam().column) << render(*first_error, file);
  EXPECT_NE(first_error->message.find(GetParam().message_part), std::string::npos) << render(*first_error, file);
}

// Line 10 is the first line after the prelude.
INSTANTIATE_TEST_SUITE_P(Checker, Checker, ::testing::Values(
    CheckCase{"field_of_list", R"(define share(c: Client, y: integer): decimal = share_of_year(c.stays.x, y)
)", 10, 70, "a list of Stay has no field 'x'"},
    CheckCase{"money_plus_date", "define bad = reform + fee\n", 10, 14, "cannot add date and money"},
    CheckCase{"money_times_money", "define bad = fee * fee\n", 10, 14, "cannot multiply money and money"},
    CheckCase{"date_plus_number", "define bad = reform + 30\n", 10, 14, "add a duration such as '30 days'"},
    CheckCase{"unknown_name", "define bad = feee * 2\n", 10, 14, "unknown name 'feee'; did you mean 'fee'?"},
    CheckCase{"unknown_member", R"(rule 1 "T" for 2022 { centre pays fee to Rhedn }
)", 10, 42, "did you mean 'Rheden'?"},
    CheckCase{"unknown_field", "define bad(c: Client): date = c.strat\n", 10, 33, "record Client has no field 'strat'; did you mean 'start'?"},
    CheckCase{"unknown_type", "input other: Clint\n", 10, 14, "unknown type 'Clint'; did you mean 'Client'?"},
    CheckCase{"wrong_arity", "define f(x: money): money = x\ndefine bad = f(fee, fee)\n", 11, 14, "'f' takes 1 argument, but is called with 2"},
    CheckCase{"wrong_argument_type", "define f(x: money): money = x\ndefine bad = f(reform)\n", 11, 16, "argument 1 of 'f' (x) must be money, but this is date"},
    CheckCase{"cycle", "define a: integer = b + 1\ndefine b: integer = a + 1\n", 11, 21, "'a' depends on itself: a -> b -> a"},
    CheckCase{"self_reference", "define a: integer = a\n", 10, 21, "'a' depends on itself: a -> a"},
    CheckCase{"parameter_type", "parameter rate: decimal = €5\n", 10, 27, "the value of parameter 'rate' must be decimal, but this is money"},
    CheckCase{"pay_non_money", R"(rule 1 "T" for 2022 { centre pays 5 to Arnhem }
)", 10, 35, "the amount paid must be money, but this is integer"},
    CheckCase{"pay_to_non_account", R"(rule 1 "T" for 2022 { centre pays fee to 5 }
)", 10, 42, "the receiver must be account, but this is integer"},
    CheckCase{"year_outside_rule", "define bad: integer = year\n", 10, 23, "'year' is only known inside a rule"},
    CheckCase{"exists_on_required", "define bad(c: Client): bool = c.start exists\n", 10, 31, "'exists' applies to optional values"},
    CheckCase{"compare_enum_with_date", "define bad(c: Client): bool = c.product = reform\n", 10, 31, "cannot compare Product with date"},
    CheckCase{"duplicate_parameter", "parameter fee: money = €1\n", 10, 11, "'fee' is already declared"},
    CheckCase{"duplicate_rule", "rule 1 \"A\" for 2022 { }\nrule 1 \"B\" for 2022 { }\n", 11, 6, "rule 1 is declared twice"},
    CheckCase{"for_each_non_list", R"(rule 1 "T" for 2022 { for each x in fee { } }
)", 10, 37, "'for each' needs a list, but this is money"},
    CheckCase{"due_not_date", R"(rule 1 "T" for 2022 due 5 { })" "\n", 10, 25, "the due date must be date, but this is integer"},
    CheckCase{"if_branches", "define bad(c: Client) = if c.product = BW then fee else reform\n", 10, 25, "the branches of 'if' have different types: money and date"},
    CheckCase{"builtin_wrong_args", R"(rule 1 "T" for 2022 { centre pays fee * share_of_year(year) to Arnhem })" "\n", 10, 41, "expected a period and a year: share_of_year(period, year)"},
    CheckCase{"a_full_rule_is_fine", R"(rule 5 "Fee" for 2022..2024 due 2023-12-31 {
  for each c in clients where c.product = BW and (not c.previous exists or c.previous + 12 months rounding down >= reform) {
    for each s in c.stays {
      let share = share_of_year(s.period, year)
      centre pays fee * share to s.municipality
    }
  }
}
)", 0, 0, ""}));

TEST(Checker, ReportsSeveralIndependentErrors) {
  SourceFile file("test.regels", std::string(prelude) + "define a = fee * fee\ndefine b = reform + fee\ndefine c = nope\n");
  ParseResult parsed = parse(file);
  ASSERT_TRUE(parsed.file);
  CheckResult checked = check(std::move(*parsed.file), test_builtins());
  int errors = 0;
  for (const Diagnostic& d : checked.diagnostics) errors += d.severity == Severity::Error;
  EXPECT_EQ(errors, 3) << render_all(checked.diagnostics, file);
}

TEST(Checker, WarnsAboutUnusedParameters) {
  SourceFile file("test.regels", std::string(prelude) + "define a: money = fee\nrule 1 \"T\" for 2022 { centre pays a to Arnhem }\n");
  ParseResult parsed = parse(file);
  ASSERT_TRUE(parsed.file);
  CheckResult checked = check(std::move(*parsed.file), test_builtins());
  ASSERT_TRUE(checked.model);
  std::string rendered = render_all(checked.diagnostics, file);
  EXPECT_NE(rendered.find("parameter 'reform' is never used"), std::string::npos) << rendered;
  EXPECT_NE(rendered.find("input 'clients' is never used"), std::string::npos) << rendered;
  EXPECT_EQ(rendered.find("'fee' is never used"), std::string::npos) << rendered;
}

TEST(Diagnostics, RenderTheLineAndACaretUnderTheRange) {
  SourceFile file("x.regels", "model \"M\"\ndefine bad = start + fee\n");
  Diagnostic d{Severity::Error, {23, 34}, "cannot add date and money", {}};
  EXPECT_EQ(render(d, file),
            "x.regels:2:14: error: cannot add date and money\n"
            "    2 | define bad = start + fee\n"
            "      |              ^~~~~~~~~~~\n");
}

}  // namespace
}  // namespace rw

#pragma once
// Every parse error message of test files, one per error point of testing/test_grammar.h (said with tr()
// where the parser reports it).
#include <tao/pegtl.hpp>

#include "messages/say.h"
#include "testing/test_grammar.h"
#include "testing/test_parse_tree.h"

namespace rw::test_grammar {

template <typename Rule>
inline constexpr const char* error_message = nullptr;

// clang-format off
template <> inline constexpr auto error_message<grammar::expect_closing_quote> = to_translate("unterminated text: expected '\"' before the end of the line");
template <> inline constexpr auto error_message<expect_slot> = to_translate("expected a name");
template <> inline constexpr auto error_message<expect_quoted> = to_translate("expected text in double quotes");
template <> inline constexpr auto error_message<expect_equals> = to_translate("expected '='");
template <> inline constexpr auto error_message<expect_json_close> = to_translate("expected '}' to close the inline data (check the brackets and quotes inside it)");
template <> inline constexpr auto error_message<expect_data> = to_translate("expected the data: a path in double quotes, or a JSON object { ... }");
template <> inline constexpr auto error_message<expect_first_year> = to_translate("expected a four-digit year (years 2025, or years 2025..2027)");
template <> inline constexpr auto error_message<expect_last_year> = to_translate("expected the last year (years 2025..2027)");
template <> inline constexpr auto error_message<expect_setting_value> = to_translate("expected a value (set <parameter> = <value>)");
template <> inline constexpr auto error_message<expect_amount> = to_translate("expected an amount, e.g. €648_000.00");
template <> inline constexpr auto error_message<expect_to> = to_translate("expected 'to' (<payer> pays <amount> to <receiver>)");
template <> inline constexpr auto error_message<expect_to_slot> = to_translate("expected the receiving account or member");
template <> inline constexpr auto error_message<expect_item> = to_translate("expected the id of a record in quotes, e.g. \"CG-0001\"");
template <> inline constexpr auto error_message<expect_account> = to_translate("expected an account or member");
template <> inline constexpr auto error_message<expect_of> = to_translate("expected 'of' (balance of <account> = <amount>)");
template <> inline constexpr auto error_message<expect_for> = to_translate("expected 'for' (note [\"<label>\"] for <account> = <amount>)");
template <> inline constexpr auto error_message<expect_definition> = to_translate("expected the name of a yes/no definition of the model");
template <> inline constexpr auto error_message<expect_claim> = to_translate("expected what is expected: <payer> pays <amount> to <receiver>, <payer> pays nothing to <receiver>, <payer> pays for \"<id>\", no postings, balance of <account> = <amount>, closing balance of <account> = <amount>, note [\"<label>\"] for <account> = <amount>, report <name> [for <subject>] = <value>, or \"<id>\" is [not] <definition>");
template <> inline constexpr auto error_message<expect_report_name> = to_translate("expected the report's name (report <name> [for <subject>] = <value>)");
template <> inline constexpr auto error_message<expect_report_subject> = to_translate("expected the report's subject: a record's key in quotes, a member or an account");
template <> inline constexpr auto error_message<expect_report_value> = to_translate("expected the reported value as in rule files, e.g. €1_234.56, true, 2025-01-01, BW, Arnhem");
template <> inline constexpr auto error_message<expect_rule> = to_translate("expected the rule's number, e.g. rule 5");
template <> inline constexpr auto error_message<expect_colon> = to_translate("expected ':' after the year (and rule), e.g. expect 2022 rule 5: centre pays €648_000.00 to Rheden");
template <> inline constexpr auto error_message<expect_expectation> = to_translate("expected a year, 'error' or 'snapshot' after 'expect'");
template <> inline constexpr auto error_message<expect_header_row> = to_translate("expected the table's header row: | column | column |");
template <> inline constexpr auto error_message<expect_test_name> = to_translate("expected the test's name in double quotes");
template <> inline constexpr auto error_message<expect_open> = to_translate("expected '{' to start the test");
template <> inline constexpr auto error_message<expect_close> = to_translate("expected '}' or a line of the test: data, years, set, scenario, expect, or where");
template <> inline constexpr auto error_message<expect_model_path> = to_translate("expected the rule file in double quotes: tests for \"<model>.regels\"");
template <> inline constexpr auto error_message<expect_for_model> = to_translate("expected 'for' (tests for \"<model>.regels\")");
template <> inline constexpr auto error_message<expect_header> = to_translate("a test file starts with: tests for \"<model>.regels\"");
template <> inline constexpr auto error_message<expect_test> = to_translate("expected a test: test \"<name>\" { ... }");
// clang-format on

struct error_messages {
  template <typename Rule>
  static constexpr const char* message = error_message<Rule>;
};

// The control class: raises the messages above. The parser instantiates it for every rule of the grammar.
template <typename Rule>
struct error_control : tao::pegtl::must_if<error_messages>::control<Rule> {
  // The parse tree calls the control's failure (which raises the message) only for a rule it keeps as a node.
  static_assert(error_message<Rule> == nullptr || selector<Rule>::value,
                "an error point with a message must be a node of the parse tree: add it to unwrap::on in testing/test_parse_tree.h");
};

}  // namespace rw::test_grammar

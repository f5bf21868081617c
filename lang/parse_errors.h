#pragma once
// Every parse error message, one per error point of the grammar (lang/grammar.h), and the control
// class that raises them. A rule without a message here never raises: it just fails. An error point
// must also be a node of the parse tree (lang/parse_tree.h), or PEGTL never raises its message; the
// control class checks that at compile time.
#include <tao/pegtl.hpp>

#include "lang/grammar.h"
#include "lang/parse_tree.h"
#include "messages/say.h"

namespace rw::grammar {

template <typename Rule>
inline constexpr const char* error_message = nullptr;

// clang-format off
template <> inline constexpr auto error_message<expect_closing_quote> = to_translate("unterminated text: expected '\"' before the end of the line");
template <> inline constexpr auto error_message<expect_expression> = to_translate("expected an expression");
template <> inline constexpr auto error_message<expect_closing_paren> = to_translate("expected ')'");
template <> inline constexpr auto error_message<expect_field_name> = to_translate("expected a field name after '.'");
template <> inline constexpr auto error_message<expect_operand> = to_translate("expected a value after the operator");
template <> inline constexpr auto error_message<expect_product> = to_translate("expected a value after '+' or '-'");
template <> inline constexpr auto error_message<expect_sum> = to_translate("expected a value after the comparison");
template <> inline constexpr auto error_message<expect_condition> = to_translate("expected a condition");
template <> inline constexpr auto error_message<expect_conjunction> = to_translate("expected a condition after 'or'");
inline constexpr auto too_many_operands = to_translate("this expression has more than 1000 operands; split it into definitions");
template <> inline constexpr auto error_message<expect_no_more_factors> = too_many_operands;
template <> inline constexpr auto error_message<expect_no_more_terms> = too_many_operands;
template <> inline constexpr auto error_message<expect_no_more_arguments> = to_translate("this call has more than 1000 arguments");
template <> inline constexpr auto error_message<expect_no_more_and> = to_translate("this condition has more than 1000 parts joined by 'and'; split it into definitions");
template <> inline constexpr auto error_message<expect_no_more_or> = to_translate("this condition has more than 1000 parts joined by 'or'; split it into definitions");
template <> inline constexpr auto error_message<expect_then> = to_translate("expected 'then' (if <condition> then <value> else <value>)");
template <> inline constexpr auto error_message<expect_else> = to_translate("expected 'else': an 'if' expression needs both branches");
template <> inline constexpr auto error_message<expect_type> = to_translate("expected a type (bool, integer, decimal, money, date, duration, period, text, member, account, a record or enum name, or 'list of <type>')");
template <> inline constexpr auto error_message<expect_of> = to_translate("expected 'of' (as in 'list of Client')");
template <> inline constexpr auto error_message<expect_block_close> = to_translate("expected '}' or a statement (for each, if, let, or '<payer> pays <amount> to <receiver>')");
template <> inline constexpr auto error_message<expect_block> = to_translate("expected '{' to start a block");
template <> inline constexpr auto error_message<expect_each> = to_translate("expected 'each' (for each <name> in <list>)");
template <> inline constexpr auto error_message<expect_in> = to_translate("expected 'in' (for each <name> in <list>)");
template <> inline constexpr auto error_message<expect_identifier> = to_translate("expected a name");
template <> inline constexpr auto error_message<expect_equals> = to_translate("expected '='");
template <> inline constexpr auto error_message<expect_pays> = to_translate("expected 'pays' (<payer> pays <amount> to <receiver>)");
template <> inline constexpr auto error_message<expect_to> = to_translate("expected 'to' (<payer> pays <amount> to <receiver>)");
template <> inline constexpr auto error_message<expect_string> = to_translate("expected text in double quotes");
template <> inline constexpr auto error_message<expect_model_header> = to_translate("a rule file starts with: model \"<name>\"");
template <> inline constexpr auto error_message<expect_rounding_mode> = to_translate("expected a rounding mode: half_away_from_zero, half_even, down, up or toward_zero");
template <> inline constexpr auto error_message<expect_variant> = to_translate("expected an enum value name");
template <> inline constexpr auto error_message<expect_colon> = to_translate("expected ':' followed by a type");
template <> inline constexpr auto error_message<expect_record_open> = to_translate("expected '{' to start the record's fields");
template <> inline constexpr auto error_message<expect_record_close> = to_translate("expected '}', a field (<name>: <type>) or require <condition> else \"<message>\"");
template <> inline constexpr auto error_message<expect_keyed_by> = to_translate("expected 'by' and the fields that identify a record (keyed by <field>, <field>)");
template <> inline constexpr auto error_message<expect_key_field> = to_translate("expected the name of a field of the input's records (keyed by <field>, <field>)");
template <> inline constexpr auto error_message<expect_rule_id> = to_translate("expected the rule's number (as in the agreement), e.g. rule 5 \"Title\"");
template <> inline constexpr auto error_message<expect_year> = to_translate("expected a four-digit year");
template <> inline constexpr auto error_message<expect_year_range> = to_translate("expected the years the rule applies to: 2022 or 2022..2024");
template <> inline constexpr auto error_message<expect_for> = to_translate("expected 'for' and the years the rule applies to, e.g. for 2022..2024");
template <> inline constexpr auto error_message<expect_declaration> = to_translate("expected a declaration: members, account, rounding, enum, record, input, parameter, define, rule or scenario");
template <> inline constexpr auto error_message<expect_scenario_close> = to_translate("expected '}' or a setting (<parameter> = <value>, or <parameter> from <year> = <value>)");
template <> inline constexpr auto error_message<expect_records> = to_translate("expected the records to add: a JSON list [ {...}, ... ], or from \"<file>.json\"");
template <> inline constexpr auto error_message<expect_records_json_close> = to_translate("expected ']' to close the list of records (brackets and quotes in it must be balanced, and its lines indented)");
template <> inline constexpr auto error_message<expect_record_selector> = to_translate("expected which records: a key in double quotes (\"C-0007\"), or where <condition>");
template <> inline constexpr auto error_message<expect_change_open> = to_translate("expected '{' to start the fields to change: { <field> = <value> ... }");
template <> inline constexpr auto error_message<expect_change_close> = to_translate("expected '}' or a field to change (<field> = <value>)");
template <> inline constexpr auto error_message<expect_at> = to_translate("expected 'at' (capped at <amount>)");
template <> inline constexpr auto error_message<expect_excess_mode> = to_translate("expected 'spreading the excess' or 'keeping the excess' after the cap");
template <> inline constexpr auto error_message<expect_the_excess> = to_translate("expected 'the excess'");
template <> inline constexpr auto error_message<expect_by> = to_translate("expected 'by' and the key to distribute by (distribute <amount> over <x> in <list> by <key> as <part> { ... })");
template <> inline constexpr auto error_message<expect_over> = to_translate("expected 'over' (distribute <amount> over <x> in <list> by <key> as <part> { ... })");
template <> inline constexpr auto error_message<expect_as> = to_translate("expected 'as' and a name for each one's part (... as part { ... })");
template <> inline constexpr auto error_message<expect_note_colon> = to_translate("expected ':' (note \"<label>\": <amount> for <account>)");
template <> inline constexpr auto error_message<expect_for_account> = to_translate("expected 'for' and the account the note is about");
template <> inline constexpr auto error_message<expect_report_colon> = to_translate("expected ':' (report <name>: <value> [for <subject>])");
template <> inline constexpr auto error_message<expect_else_message> = to_translate("expected else \"<message>\" (require <condition> else \"<what is wrong>\")");
// clang-format on

struct error_messages {
  template <typename Rule>
  static constexpr const char* message = error_message<Rule>;
};

// How deeply grammar rules may nest (about 15 rule levels per pair of parentheses): deeper input is
// rejected with a message instead of exhausting the stack.
inline constexpr int max_rule_depth = 3000;
inline thread_local int rule_depth = 0;  // reset by each parse

// The control class: raises the messages above, and limits nesting depth. The parser instantiates it
// for every rule of the grammar, so the check below covers every error point the parser uses.
template <typename Rule>
struct error_control : tao::pegtl::must_if<error_messages>::control<Rule> {
  // The parse tree calls the control's failure (which raises the message) only for a rule it keeps as a node.
  static_assert(error_message<Rule> == nullptr || selector<Rule>::value,
                "an error point with a message must be a node of the parse tree: add it to unwrap::on in lang/parse_tree.h");
  using base = typename tao::pegtl::must_if<error_messages>::template control<Rule>;

  template <typename ParseInput, typename... States>
  static void start(const ParseInput& in, States&&... st) {
    if (++rule_depth > max_rule_depth) {
      throw tao::pegtl::parse_error(to_translate("nested too deeply: simplify this expression (at most about 100 levels of parentheses)"), in);
    }
    base::start(in, st...);
  }
  template <typename ParseInput, typename... States>
  static void success(const ParseInput& in, States&&... st) {
    --rule_depth;
    base::success(in, st...);
  }
  template <typename ParseInput, typename... States>
  static void failure(const ParseInput& in, States&&... st) {
    --rule_depth;
    base::failure(in, st...);
  }
};

}  // namespace rw::grammar

#pragma once
// The grammar of rule files (*.regels): PEGTL rules only. Actions live in lang/parser.cpp (via a
// parse tree), error messages in lang/parse_errors.h. Rules named expect_* are error points: when
// one fails, parsing stops with that rule's message.
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include "lang/keywords.h"
#include "lang/language.h"
#include "lang/name_chars.h"

namespace rw::grammar {

namespace p = tao::pegtl;

// ---- layout ----
struct comment : p::seq<p::one<'#'>, p::until<p::eolf>> {};
struct ws : p::star<p::sor<p::space, comment>> {};

// ---- the spelling of the file ----
// A rule file's (or a test file's) text with the spelling it is written in (lang/language.h): the words
// and literals below follow it. Any other input is English.
struct RuleInput : p::memory_input<> {
  RuleInput(std::string_view text, const std::string& source, Language spelling)
      : p::memory_input<>(text.data(), text.size(), source), language(spelling) {}
  Language language;
};

// The spelling of `in`.
template <typename ParseInput>
Language language_in(const ParseInput& in) {
  if constexpr (requires { in.language; }) {
    return in.language;
  } else {
    return Language::English;
  }
}

// `English` in an English file, `Dutch` in a Dutch one.
template <typename English, typename Dutch>
struct in_language {
  using rule_t = in_language;
  using subs_t = p::type_list<English, Dutch>;
  template <p::apply_mode A, p::rewind_mode M, template <typename...> class Action, template <typename...> class Control,
            typename ParseInput, typename... States>
  [[nodiscard]] static bool match(ParseInput& in, States&&... st) {
    if (language_in(in) == Language::Dutch) return Control<Dutch>::template match<A, M, Action, Control>(in, st...);
    return Control<English>::template match<A, M, Action, Control>(in, st...);
  }
};

// ---- keywords (spelled in lang/keywords.h) ----
// `W` as a whole word in the file's spelling: not followed by a name's character (lang/name_chars.h), so
// `voorcliënten` is one name.
template <const words::Word& W>
struct word {
  using rule_t = word;
  using subs_t = p::type_list<>;
  static constexpr const words::Word* spelled_word = &W;  // for tools that need to know which word matched
  template <p::apply_mode, p::rewind_mode, template <typename...> class Action, template <typename...> class Control,
            typename ParseInput, typename... States>
  [[nodiscard]] static bool match(ParseInput& in, States&&...) {
    std::string_view spelling = spelled(W, language_in(in));
    std::size_t length = spelling.size();
    std::string_view ahead(in.current(), in.size(length + 2));
    if (!ahead.starts_with(spelling) || names::name_char_at(ahead, length) != 0) return false;
    in.bump_in_this_line(length);
    return true;
  }
};

struct kw_model : word<words::model> {};
struct kw_members : word<words::members> {};
struct kw_account : word<words::account> {};
struct kw_rounding : word<words::rounding> {};
struct kw_enum : word<words::enumeration> {};
struct kw_record : word<words::record> {};
struct kw_input : word<words::input> {};
struct kw_parameter : word<words::parameter> {};
struct kw_define : word<words::define> {};
struct kw_rule : word<words::rule> {};
struct kw_for : word<words::for_> {};
struct kw_each : word<words::each> {};
struct kw_in : word<words::in> {};
struct kw_where : word<words::where> {};
struct kw_if : word<words::if_> {};
struct kw_then : word<words::then> {};
struct kw_else : word<words::else_> {};
struct kw_let : word<words::let> {};
struct kw_pays : word<words::pays> {};
struct kw_to : word<words::to> {};
struct kw_due : word<words::due> {};
struct kw_and : word<words::and_> {};
struct kw_or : word<words::or_> {};
struct kw_not : word<words::not_> {};
struct kw_true : word<words::true_> {};
struct kw_false : word<words::false_> {};
struct kw_list : word<words::list> {};
struct kw_of : word<words::of> {};
struct kw_exists : word<words::exists> {};
struct kw_from : word<words::from> {};
struct kw_when : word<words::when> {};
struct kw_distribute : word<words::distribute> {};
struct kw_over : word<words::over> {};
struct kw_by : word<words::by> {};
struct kw_capped : word<words::capped> {};
struct kw_remainder : word<words::remainder> {};
struct kw_note : word<words::note> {};
struct kw_scenario : word<words::scenario> {};
struct kw_require : word<words::require> {};
struct kw_report : word<words::report> {};
// Any reserved word (lang/keywords.h).
template <typename Indices>
struct any_word_of;
template <std::size_t... I>
struct any_word_of<std::index_sequence<I...>> : p::sor<word<*words::reserved[I]>...> {};
struct keyword : any_word_of<std::make_index_sequence<words::reserved.size()>> {};

// ---- names (lang/name_chars.h): ASCII and accented letters, digits and `_`; never a reserved word ----
// One character of a name; the first of a name is no digit.
template <bool First>
struct name_char {
  using rule_t = name_char;
  using subs_t = p::type_list<>;
  template <p::apply_mode, p::rewind_mode, template <typename...> class Action, template <typename...> class Control,
            typename ParseInput, typename... States>
  [[nodiscard]] static bool match(ParseInput& in, States&&...) {
    std::string_view ahead(in.current(), in.size(2));
    std::size_t length = names::name_char_at(ahead, 0);
    if (length == 0 || (First && ahead[0] >= '0' && ahead[0] <= '9')) return false;
    in.bump_in_this_line(length);
    return true;
  }
};
struct name_first : name_char<true> {};
struct name_other : name_char<false> {};
struct identifier : p::seq<p::not_at<keyword>, name_first, p::star<name_other>> {};

// ---- literals ----
struct digit_group : p::plus<p::digit> {};
// Digits with single underscores as separators: 6_000.
struct number_digits : p::seq<digit_group, p::star<p::one<'_'>, digit_group>> {};
// In Dutch '.' groups thousands and ',' is the decimal comma: 6.000, 0,5 (the literal reader checks the groups).
struct dutch_number_digits : p::seq<digit_group, p::star<p::one<'.'>, digit_group>> {};
struct integer_literal : in_language<p::seq<number_digits, p::not_at<p::one<'.'>, p::digit>>,
                                     p::seq<dutch_number_digits, p::not_at<p::one<','>, p::digit>>> {};
struct decimal_literal : in_language<p::seq<number_digits, p::one<'.'>, digit_group>,
                                     p::seq<dutch_number_digits, p::one<','>, digit_group>> {};
struct percent_literal : p::seq<p::sor<decimal_literal, integer_literal>, p::one<'%'>> {};
// After the euro sign everything that looks like a number (also "6.000" and "6,000") is taken, so
// that ambiguous spellings are rejected with a clear message instead of being misread.
struct money_text : p::seq<p::digit, p::star<p::sor<p::digit, p::seq<p::one<'_', '.', ','>, p::digit>>>> {};
struct euro_sign : p::sor<TAO_PEGTL_STRING("€"), word<words::euro>> {};
struct money_literal : p::seq<euro_sign, p::opt<p::one<' '>>, money_text> {};
// 2024-12-31 in English, 31-12-2024 in Dutch. Each spelling also takes the other's, which the AST builder
// refuses with the right spelling: read as a subtraction it would silently mean a number.
struct iso_date : p::seq<p::rep<4, p::digit>, p::one<'-'>, p::rep<2, p::digit>, p::one<'-'>, p::rep<2, p::digit>> {};
struct dutch_date : p::seq<p::rep<2, p::digit>, p::one<'-'>, p::rep<2, p::digit>, p::one<'-'>, p::rep<4, p::digit>> {};
struct date_literal : p::seq<p::sor<iso_date, dutch_date>, p::not_at<name_other>> {};
struct duration_unit : p::sor<word<words::days>, word<words::day>, word<words::months>,
                              word<words::month>, word<words::years>, word<words::year>> {};
// `12 months`: spaces or tabs (or none) between count and unit, as the literal reader (lang/literal_text.h) reads it.
struct duration_literal : p::seq<integer_literal, p::star<p::blank>, duration_unit> {};
struct expect_closing_quote : p::one<'"'> {};
struct string_literal : p::seq<p::one<'"'>, p::star<p::not_one<'"', '\n'>>, expect_closing_quote> {};
struct true_literal : kw_true {};
struct false_literal : kw_false {};

// ---- expressions ----
struct expression;
struct expect_expression : p::seq<expression> {};
struct expect_closing_paren : p::one<')'> {};
struct parenthesised : p::seq<p::one<'('>, ws, expect_expression, expect_closing_paren> {};
struct expect_each;
struct expect_in;
struct expect_identifier;
struct where_clause;
// `f(<element> for each x in <list> where <condition>)`: a list made from another list.
struct comprehension : p::seq<kw_for, ws, expect_each, ws, expect_identifier, ws, expect_in, ws, expect_expression,
                              p::opt<where_clause>> {};
struct argument : p::seq<expression, p::opt<comprehension>> {};
inline constexpr unsigned max_more_arguments = 999;  // a call has at most 1000 arguments
struct expect_no_more_arguments : p::not_at<p::one<','>, ws, argument> {};
struct arguments : p::seq<p::one<'('>, ws,
                          p::opt<argument, p::rep_opt<max_more_arguments, p::one<','>, ws, argument>, expect_no_more_arguments>,
                          expect_closing_paren> {};
struct call : p::seq<identifier, arguments> {};
struct name : identifier {};
struct all_members : kw_members {};  // `members` in an expression: the list of all members
// `member "Het Lid"`: a member by its declared name, also one with spaces or a hyphen.
struct member_reference : p::seq<word<words::member>, ws, string_literal> {};
struct atom : p::sor<date_literal, money_literal, duration_literal, percent_literal, decimal_literal,
                     integer_literal, string_literal, true_literal, false_literal, parenthesised, call, all_members,
                     member_reference, name> {};
struct expect_field_name : identifier {};
struct field_access : p::seq<p::one<'.'>, p::not_at<p::one<'.'>>, expect_field_name> {};
struct exists_test : kw_exists {};
struct postfix : p::seq<atom, p::star<field_access>, ws, p::opt<exists_test, ws>> {};

struct unary;
struct expect_operand : p::seq<unary> {};
struct negation : p::seq<p::one<'-'>, ws, expect_operand> {};
struct unary : p::sor<negation, postfix> {};

// A chain of operators (a + b + ...) has at most 1000 operands: it becomes a tree as deep as it is long.
// After the last operand allowed, the next operator is an error point: the parser stops there at once.
inline constexpr unsigned max_more_operands = 999;
struct multiply_operator : p::sor<p::one<'*', '/'>, TAO_PEGTL_STRING("×")> {};
struct expect_no_more_factors : p::not_at<multiply_operator> {};
struct product : p::seq<unary, p::rep_opt<max_more_operands, multiply_operator, ws, expect_operand>, expect_no_more_factors> {};

struct expect_product : p::seq<product> {};
struct add_operator : p::one<'+', '-'> {};
struct day_rounding_up : word<words::up> {};
struct day_rounding_down : word<words::down> {};
struct day_rounding_direction : p::sor<day_rounding_up, day_rounding_down> {};
struct day_rounding : p::seq<word<words::day_rounding>, ws, day_rounding_direction, ws> {};
struct expect_no_more_terms : p::not_at<add_operator> {};
struct sum : p::seq<product, p::rep_opt<max_more_operands, add_operator, ws, expect_product>, expect_no_more_terms,
                    p::opt<day_rounding>> {};

struct expect_sum : p::seq<sum> {};
struct compare_operator : p::sor<TAO_PEGTL_STRING("<="), TAO_PEGTL_STRING(">="), TAO_PEGTL_STRING("!="),
                                 p::one<'<', '>', '='>> {};
struct comparison : p::seq<sum, p::opt<compare_operator, ws, expect_sum>> {};

struct negated_condition;
struct condition : p::sor<negated_condition, comparison> {};
struct expect_condition : condition {};
struct negated_condition : p::seq<kw_not, ws, expect_condition> {};
struct expect_no_more_and : p::not_at<kw_and> {};
struct conjunction : p::seq<condition, p::rep_opt<max_more_operands, kw_and, ws, expect_condition>, expect_no_more_and> {};
struct expect_conjunction : p::seq<conjunction> {};
struct expect_no_more_or : p::not_at<kw_or> {};
struct disjunction : p::seq<conjunction, p::rep_opt<max_more_operands, kw_or, ws, expect_conjunction>, expect_no_more_or> {};

struct expect_then : kw_then {};
struct expect_else : kw_else {};
struct if_expression : p::seq<kw_if, ws, expect_expression, expect_then, ws, expect_expression, expect_else, ws, expect_expression> {};
struct expression : p::sor<if_expression, disjunction> {};

// ---- types ----
struct type;
struct expect_type : p::seq<type> {};
struct expect_of : kw_of {};
struct list_type : p::seq<kw_list, ws, expect_of, ws, expect_type> {};
struct type_name : p::sor<identifier, kw_account> {};  // `account` is a keyword, and a type
struct optional_mark : p::one<'?'> {};
struct named_type : p::seq<type_name, p::opt<optional_mark>> {};
struct type : p::sor<list_type, named_type> {};

// ---- statements ----
struct statement;
struct expect_block_close : p::one<'}'> {};
struct block : p::seq<p::one<'{'>, ws, p::star<statement>, expect_block_close, ws> {};
struct expect_block : p::seq<block> {};
struct expect_each : kw_each {};
struct expect_in : kw_in {};
struct expect_identifier : identifier {};
struct where_clause : p::seq<kw_where, ws, expect_expression> {};
struct for_statement : p::seq<kw_for, ws, expect_each, ws, expect_identifier, ws, expect_in, ws, expect_expression,
                              p::opt<where_clause>, expect_block> {};
struct if_statement;
struct else_clause : p::seq<kw_else, ws, p::sor<if_statement, expect_block>> {};
struct if_statement : p::seq<kw_if, ws, expect_expression, expect_block, p::opt<else_clause>> {};
struct expect_equals : p::one<'='> {};
struct let_statement : p::seq<kw_let, ws, expect_identifier, ws, expect_equals, ws, expect_expression> {};
struct expect_pays : kw_pays {};
struct expect_to : kw_to {};
struct pay_statement : p::seq<expression, expect_pays, ws, expect_expression, expect_to, ws, expect_expression> {};
struct expect_at : word<words::at> {};
struct excess_mode : p::sor<word<words::spreading>, word<words::keeping>> {};
struct expect_excess_mode : excess_mode {};
struct expect_the_excess : p::seq<word<words::the>, ws, word<words::excess>> {};
struct cap_clause : p::seq<kw_capped, ws, expect_at, ws, expect_expression, expect_excess_mode, ws, expect_the_excess, ws> {};
struct expect_by : kw_by {};
struct expect_over : kw_over {};
struct expect_as : word<words::as> {};
struct weight_clause : p::seq<expect_by, ws, expect_expression> {};
struct remainder_clause : p::seq<kw_remainder, ws, expect_identifier, ws, expect_block> {};
// `, and over <y> in <list> [where ..] by <key> [capped ..]`: the second key of a two-key distribution.
struct column_axis : p::seq<p::one<','>, ws, kw_and, ws, expect_over, ws, expect_identifier, ws, expect_in, ws, expect_expression,
                            p::opt<where_clause>, weight_clause, p::opt<cap_clause>> {};
struct distribute_statement : p::seq<kw_distribute, ws, expect_expression, expect_over, ws, expect_identifier, ws, expect_in, ws,
                                     expect_expression, p::opt<where_clause>, weight_clause, p::opt<cap_clause>, p::opt<column_axis>,
                                     expect_as, ws, expect_identifier, ws, expect_block, p::opt<remainder_clause>> {};
struct expect_string;
struct expect_note_colon : p::one<':'> {};
struct expect_for_account : kw_for {};
struct note_statement : p::seq<kw_note, ws, expect_string, ws, expect_note_colon, ws, expect_expression, expect_for_account, ws,
                               expect_expression> {};
// `require <condition> else "<message>"`: stops the settlement with the message when the condition fails.
struct expect_else_message : p::seq<kw_else, ws, expect_string> {};
struct require_statement : p::seq<kw_require, ws, expect_expression, expect_else_message, ws> {};
// `report <name>: <value> [for <subject>]`: a named figure of any type, per subject and year (docs/language.md, "Reports").
// The subject's `for` is never `for each` (that starts the next statement).
struct expect_report_colon : p::one<':'> {};
struct report_subject : p::seq<kw_for, ws, p::not_at<kw_each>, expect_expression> {};
struct report_statement : p::seq<kw_report, ws, expect_identifier, ws, expect_report_colon, ws, expect_expression,
                                 p::opt<report_subject>> {};
struct statement : p::sor<for_statement, if_statement, let_statement, distribute_statement, note_statement,
                          require_statement, report_statement, pay_statement> {};

// ---- declarations ----
struct expect_string : string_literal {};
struct model_header : p::seq<kw_model, ws, expect_string, ws> {};
struct expect_model_header : p::seq<model_header> {};

struct comma : p::seq<p::one<','>, ws> {};
struct expect_year;
// A member: a name, or a name in quotes (for names with spaces or hyphens), optionally only from or until a year.
struct member_name : p::sor<string_literal, expect_identifier> {};
struct member_until : p::seq<word<words::until>, ws, expect_year> {};
struct member_from : p::seq<kw_from, ws, expect_year> {};
struct member_entry : p::seq<member_name, ws, p::opt<member_from, ws>, p::opt<member_until, ws>> {};
struct members_decl : p::seq<kw_members, ws, p::list<member_entry, comma>, ws> {};
// `opening <money>`: the account's balance before the model's first year (e.g. a reserve's starting level).
struct opening_clause : p::seq<word<words::opening>, ws, expect_expression> {};
struct account_decl : p::seq<kw_account, ws, expect_identifier, ws, p::opt<string_literal, ws>, p::opt<opening_clause>> {};
struct rounding_mode_name : identifier {};
struct expect_rounding_mode : rounding_mode_name {};
struct rounding_decl : p::seq<kw_rounding, ws, expect_rounding_mode, ws> {};
struct expect_variant : identifier {};
struct enum_decl : p::seq<kw_enum, ws, expect_identifier, ws, expect_equals, ws,
                          p::list<expect_variant, p::seq<p::one<'|'>, ws>, p::space>, ws> {};
struct expect_colon : p::one<':'> {};
struct field_decl : p::seq<identifier, ws, expect_colon, ws, expect_type, ws> {};
struct expect_record_open : p::one<'{'> {};
struct expect_record_close : p::one<'}'> {};
// A record's `require <condition> else "<message>"` lines state what valid data is (checked on every record loaded).
struct record_item : p::sor<require_statement, field_decl> {};
struct record_decl : p::seq<kw_record, ws, expect_identifier, ws, expect_record_open, ws, p::star<record_item>,
                            expect_record_close, ws> {};
// `keyed by id` or `keyed by year, member`: no two records of the input share those fields' values.
struct kw_keyed : word<words::keyed> {};
struct expect_keyed_by : word<words::keyed_by> {};
struct expect_key_field : identifier {};
struct key_clause : p::seq<kw_keyed, ws, expect_keyed_by, ws, p::list<p::seq<expect_key_field, ws>, comma>> {};
struct input_decl : p::seq<kw_input, ws, expect_identifier, ws, expect_colon, ws, expect_type, ws, p::opt<key_clause>> {};
struct expect_year;
struct dated_value : p::seq<expect_expression, p::opt<kw_from, ws, expect_year, ws>> {};
struct parameter_decl : p::seq<kw_parameter, ws, expect_identifier, ws, expect_colon, ws, expect_type, ws,
                               expect_equals, ws, p::list<dated_value, comma>> {};
struct param : p::seq<identifier, ws, expect_colon, ws, expect_type, ws> {};
struct param_list : p::seq<p::one<'('>, ws, p::opt<p::list<param, comma>>, expect_closing_paren, ws> {};
struct result_type : p::seq<p::one<':'>, ws, expect_type, ws> {};
struct define_decl : p::seq<kw_define, ws, expect_identifier, p::opt<param_list>, ws, p::opt<result_type>,
                            expect_equals, ws, expect_expression> {};
struct rule_id : p::plus<name_other> {};
struct expect_rule_id : rule_id {};
struct year : p::rep<4, p::digit> {};
struct expect_year : year {};
struct year_range : p::seq<year, p::opt<TAO_PEGTL_STRING(".."), expect_year>> {};
struct expect_year_range : p::seq<year_range> {};
struct expect_for : kw_for {};
struct due_clause : p::seq<kw_due, ws, expect_expression> {};
struct when_clause : p::seq<kw_when, ws, expect_expression> {};
struct rule_decl : p::seq<kw_rule, ws, expect_rule_id, ws, expect_string, ws, expect_for, ws, expect_year_range,
                          ws, p::opt<when_clause>, p::opt<due_clause>, expect_block> {};

// scenario late_reform "Woonplaatsbeginsel per 2027" { reform_date = 2027-01-01  tariff_bw from 2028 = €66_000 }
struct setting : p::seq<identifier, ws, p::opt<kw_from, ws, expect_year, ws>, expect_equals, ws, expect_expression> {};
struct expect_scenario_close : p::one<'}'> {};
// Changes to the data in a scenario. `add`, `change` and `remove` are not reserved: each is told from a
// setting by the word after it (`add to`, `change <input> "key"|where`, `remove from <input>`).
// Records as JSON, as in a data file: strings may hold brackets; nesting is balanced.
struct records_json_string : p::seq<p::one<'"'>, p::star<p::sor<p::seq<p::one<'\\'>, p::any>, p::not_one<'"', '\\'>>>, p::one<'"'>> {};
struct records_json_inside;
struct records_json_brackets : p::sor<p::seq<p::one<'{'>, records_json_inside, p::one<'}'>>,
                                      p::seq<p::one<'['>, records_json_inside, p::one<']'>>> {};
// A line of the records starts indented (or with the closing ']'): a line at the first column ends them, so
// that a missing ']' is found in its own scenario rather than at the end of the file.
struct records_json_line_break : p::seq<p::eol, p::at<p::sor<p::blank, p::one<']'>, p::eol>>> {};
struct records_json_inside : p::star<p::sor<records_json_string, records_json_brackets, records_json_line_break,
                                             p::not_one<'{', '}', '[', ']', '"', '\n', '\r'>>> {};
struct expect_records_json_close : p::one<']'> {};
struct records_json : p::seq<p::one<'['>, records_json_inside, expect_records_json_close> {};
struct records_file : p::seq<word<words::records_from>, ws, expect_string> {};
struct expect_records : p::sor<records_json, records_file> {};
struct kw_add : word<words::add> {};
struct kw_change : word<words::change> {};
struct kw_remove : word<words::remove> {};
struct add_records : p::seq<kw_add, ws, kw_to, ws, expect_identifier, ws, expect_records, ws> {};
struct record_key : string_literal {};
struct expect_record_selector : p::sor<record_key, where_clause> {};
struct field_assignment : p::seq<identifier, ws, expect_equals, ws, expect_expression> {};
struct expect_change_open : p::one<'{'> {};
struct expect_change_close : p::one<'}'> {};
struct change_records : p::seq<kw_change, ws, identifier, ws, expect_record_selector, ws, expect_change_open, ws,
                               p::star<field_assignment>, expect_change_close, ws> {};
struct remove_records : p::seq<kw_remove, ws, word<words::remove_from>, ws, identifier, ws, expect_record_selector, ws> {};
struct data_change : p::sor<add_records, change_records, remove_records> {};
struct scenario_decl : p::seq<kw_scenario, ws, expect_identifier, ws, p::opt<string_literal, ws>, expect_record_open, ws,
                              p::star<p::sor<data_change, setting>>, expect_scenario_close, ws> {};

struct declaration : p::sor<members_decl, account_decl, rounding_decl, enum_decl, record_decl, input_decl,
                            parameter_decl, define_decl, rule_decl, scenario_decl> {};
struct expect_declaration : p::eof {};
struct file : p::seq<ws, expect_model_header, p::star<declaration>, expect_declaration> {};

}  // namespace rw::grammar

// For tao::pegtl::analyze (tests/unit/lang/test_parser.cpp): a word consumes input; a choice of spelling
// is analysed as the choice of both.
namespace tao::pegtl {
template <typename Name, const rw::words::Word& W>
struct analyze_traits<Name, rw::grammar::word<W>> : analyze_any_traits<> {};
template <typename Name, bool First>
struct analyze_traits<Name, rw::grammar::name_char<First>> : analyze_any_traits<> {};
template <typename Name, typename English, typename Dutch>
struct analyze_traits<Name, rw::grammar::in_language<English, Dutch>> : analyze_sor_traits<English, Dutch> {};
}  // namespace tao::pegtl

#pragma once
// The grammar of test files (*.regeltest): PEGTL rules only. Actions live in testing/test_parser.cpp,
// error messages in testing/test_parse_errors.h. Rules named expect_* are error points. Layout,
// comments, quoted text and years are the rule files' own (lang/grammar.h), and so are the two
// spellings: parsed from a grammar::RuleInput in Dutch (the file begins with `testen`), every word is
// spelled the Dutch way (lang/keywords.h).
#include <tao/pegtl.hpp>

#include "lang/grammar.h"
#include "lang/keywords.h"

namespace rw::test_grammar {

namespace p = tao::pegtl;
using grammar::ws;

struct kw_tests : grammar::word<words::tests> {};
struct kw_test : grammar::word<words::test> {};
struct kw_for : grammar::word<words::for_> {};
struct kw_data : grammar::word<words::data> {};
struct kw_years : grammar::word<words::years> {};
struct kw_set : grammar::word<words::set> {};
struct kw_from : grammar::word<words::from> {};
struct kw_scenario : grammar::word<words::scenario> {};
struct kw_expect : grammar::word<words::expect> {};
struct kw_rule : grammar::word<words::rule> {};
struct kw_pays : grammar::word<words::pays> {};
struct kw_nothing : grammar::word<words::nothing> {};
struct kw_to : grammar::word<words::to> {};
struct kw_no : grammar::word<words::no> {};
struct kw_postings : grammar::word<words::postings> {};
struct kw_balance : grammar::word<words::balance> {};
struct kw_closing : grammar::word<words::closing> {};
// `closing balance`; in Dutch one word, `eindsaldo`.
struct kw_closing_balance : grammar::in_language<p::seq<kw_closing, ws, kw_balance>, grammar::word<words::closing_balance>> {
  static constexpr const words::Word* spelled_word = &words::closing_balance;  // one word for tools (testing/test_translate.cpp)
};
struct kw_of : grammar::word<words::of> {};
struct kw_note : grammar::word<words::note_of_test> {};
struct kw_is : grammar::word<words::is> {};
struct kw_not : grammar::word<words::not_> {};
struct kw_error : grammar::word<words::error> {};
struct kw_snapshot : grammar::word<words::snapshot> {};
struct kw_where : grammar::word<words::where> {};
struct kw_report : grammar::word<words::report_of_test> {};

// ---- slots: a word or quoted text (see testing/test_file.h) ----
struct word_char : p::not_one<' ', '\t', '\r', '\n', ':', '|', '"', '#', '=', '{', '}'> {};
// An amount may have a space after the euro sign, as in rule files: € 6.000,00, -EUR 50.00.
struct spaced_amount : p::seq<p::opt<p::one<'-'>>, p::sor<TAO_PEGTL_STRING("€"), TAO_PEGTL_STRING("EUR")>, p::one<' '>, p::digit,
                              p::star<word_char>> {};
struct word : p::sor<spaced_amount, p::plus<word_char>> {};
struct quoted : grammar::string_literal {};
struct slot : p::sor<quoted, word> {};
struct expect_slot : slot {};
struct expect_quoted : quoted {};
struct expect_equals : p::one<'='> {};

// ---- data: a path, or a JSON object written in the test ----
struct json_string : p::seq<p::one<'"'>, p::star<p::sor<p::seq<p::one<'\\'>, p::any>, p::not_one<'"', '\\'>>>, p::one<'"'>> {};
struct json_inside;
struct json_brackets : p::sor<p::seq<p::one<'{'>, json_inside, p::one<'}'>>, p::seq<p::one<'['>, json_inside, p::one<']'>>> {};
struct json_inside : p::star<p::sor<json_string, json_brackets, p::not_one<'{', '}', '[', ']', '"'>>> {};
struct expect_json_close : p::one<'}'> {};
struct inline_json : p::seq<p::one<'{'>, json_inside, expect_json_close> {};
struct data_path : quoted {};
struct expect_data : p::sor<data_path, inline_json> {};
struct data_line : p::seq<kw_data, ws, expect_data, ws> {};

// ---- what a test sets up ----
struct first_year : grammar::year {};
struct last_year : grammar::year {};
struct expect_first_year : p::seq<first_year> {};
struct expect_last_year : p::seq<last_year> {};
struct years_line : p::seq<kw_years, ws, expect_first_year, p::opt<TAO_PEGTL_STRING(".."), expect_last_year>, ws> {};
struct scenario_line : p::seq<kw_scenario, ws, expect_slot, ws> {};
struct setting_parameter : slot {};
struct setting_year : slot {};
struct setting_value : slot {};
struct expect_setting_value : p::seq<setting_value> {};
struct set_line : p::seq<kw_set, ws, setting_parameter, ws, p::opt<kw_from, ws, setting_year, ws>, expect_equals, ws,
                         expect_setting_value, ws> {};

// ---- claims: what an expectation says about the year's settlement ----
struct from_slot : slot {};
struct to_slot : slot {};
struct amount_slot : slot {};
struct expect_amount : p::seq<amount_slot> {};
struct expect_to : kw_to {};
struct expect_to_slot : p::seq<to_slot> {};
struct item_slot : slot {};
struct expect_item : p::seq<item_slot> {};
struct pays_nothing : kw_nothing {};
struct pays_for : p::seq<kw_for, ws, expect_item> {};
struct pays_to : p::seq<expect_amount, ws, expect_to, ws, expect_to_slot> {};
struct pays_what : p::sor<pays_for, p::seq<pays_nothing, ws, p::sor<pays_for, p::seq<expect_to, ws, expect_to_slot>>>, pays_to> {};
struct pays_claim : p::seq<from_slot, ws, kw_pays, ws, pays_what> {};
struct no_postings_claim : p::seq<kw_no, ws, kw_postings> {};
struct account_slot : slot {};
struct expect_account : p::seq<account_slot> {};
struct expect_of : kw_of {};
struct balance_claim : p::seq<kw_balance, ws, expect_of, ws, expect_account, ws, expect_equals, ws, expect_amount> {};
// `closing balance of <account> = <amount>` (`closing` alone may still be an account that pays)
struct closing_balance_claim : p::seq<kw_closing_balance, ws, expect_of, ws, expect_account, ws, expect_equals, ws,
                                      expect_amount> {};
struct note_label : quoted {};
struct expect_for : kw_for {};
struct note_claim : p::seq<kw_note, ws, p::opt<note_label, ws>, expect_for, ws, expect_account, ws, expect_equals, ws, expect_amount> {};
struct negated : kw_not {};
struct definition_slot : slot {};
struct expect_definition : p::seq<definition_slot> {};
struct is_claim : p::seq<item_slot, ws, kw_is, ws, p::opt<negated, ws>, expect_definition> {};
// `report <name> [for <subject>] = <value>`: the value a `report` statement reported (written as in rule files).
struct report_name_slot : slot {};
struct expect_report_name : p::seq<report_name_slot> {};
struct report_subject_slot : slot {};
struct expect_report_subject : p::seq<report_subject_slot> {};
struct report_value_slot : slot {};
struct expect_report_value : p::seq<report_value_slot> {};
struct report_claim : p::seq<kw_report, ws, expect_report_name, ws, p::opt<kw_for, ws, expect_report_subject, ws>, expect_equals, ws,
                             expect_report_value> {};
struct claim : p::sor<report_claim, no_postings_claim, balance_claim, closing_balance_claim, note_claim, is_claim, pays_claim> {};
struct expect_claim : claim {};

struct year_slot : slot {};
struct rule_slot : slot {};
struct expect_rule : p::seq<rule_slot> {};
struct expect_colon : p::one<':'> {};
struct dated_expectation : p::seq<year_slot, ws, p::opt<kw_rule, ws, expect_rule, ws>, expect_colon, ws, expect_claim> {};
struct error_expectation : p::seq<kw_error, ws, expect_quoted> {};
struct snapshot_expectation : p::seq<kw_snapshot, ws, expect_quoted> {};
struct expect_expectation : p::sor<error_expectation, snapshot_expectation, dated_expectation> {};
struct expectation : p::seq<kw_expect, ws, expect_expectation, ws> {};

// ---- tables: `where` and rows of cells between bars ----
struct cell : p::star<p::not_one<'|', '\r', '\n'>> {};
struct row_end : p::one<'|'> {};
struct table_row : p::seq<p::one<'|'>, p::plus<cell, row_end>, ws> {};
struct header_row : table_row {};
struct expect_header_row : p::seq<header_row> {};
struct data_row : table_row {};
struct table : p::seq<kw_where, ws, expect_header_row, p::star<data_row>> {};

// ---- the file ----
struct test_item : p::sor<data_line, years_line, scenario_line, set_line, expectation, table> {};
struct test_name : quoted {};
struct expect_test_name : p::seq<test_name> {};
struct expect_open : p::one<'{'> {};
struct expect_close : p::one<'}'> {};
struct test_block : p::seq<kw_test, ws, expect_test_name, ws, expect_open, ws, p::star<test_item>, expect_close, ws> {};
struct model_path : quoted {};
struct expect_model_path : p::seq<model_path> {};
struct expect_for_model : kw_for {};
struct header : p::seq<kw_tests, ws, expect_for_model, ws, expect_model_path, ws> {};
struct expect_header : header {};
struct expect_test : p::eof {};
struct file : p::seq<ws, expect_header, p::opt<data_line>, p::star<test_block>, expect_test> {};

}  // namespace rw::test_grammar

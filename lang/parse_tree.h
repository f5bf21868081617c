#pragma once
// The PEGTL parse tree of a rule file: which grammar rules become nodes. Shared by the parser entry
// point (lang/parser.cpp) and the AST builder (lang/ast_builder.cpp).
#include <memory>

#include <tao/pegtl/contrib/parse_tree.hpp>

#include "lang/grammar.h"

namespace rw::grammar {

using Node = tao::pegtl::parse_tree::node;

// Error points (expect_*) must be nodes of the tree for PEGTL to raise their messages, but they add
// nothing to it: each is replaced by its only child, or dropped when it has none.
struct unwrap : tao::pegtl::parse_tree::apply<unwrap> {
  template <typename... States>
  static void transform(std::unique_ptr<Node>& node, States&&... /*unused*/) {
    if (node->children.size() == 1) {
      node = std::move(node->children.front());
    } else if (node->children.empty()) {
      node.reset();
    }
  }
};

template <typename Rule>
using selector = tao::pegtl::parse_tree::selector<
    Rule,
    tao::pegtl::parse_tree::store_content::on<
        // literals and names
        integer_literal, decimal_literal, percent_literal, money_literal, date_literal, duration_literal,
        string_literal, expect_string, true_literal, false_literal, name, all_members, member_reference, identifier, expect_identifier,
        expect_field_name, rounding_mode_name, expect_rounding_mode, expect_variant, type_name, optional_mark,
        // expressions
        call, arguments, argument, comprehension, field_access, exists_test, negation, multiply_operator,
        add_operator, day_rounding, day_rounding_up, day_rounding_down, compare_operator, negated_condition, if_expression, parenthesised,
        // types
        list_type, named_type,
        // statements
        block, for_statement, where_clause, if_statement, else_clause, let_statement, pay_statement,
        distribute_statement, require_statement, weight_clause, cap_clause, expect_excess_mode, remainder_clause, column_axis, note_statement,
        report_statement, report_subject,
        // declarations
        model_header, members_decl, member_entry, member_from, member_until, account_decl, opening_clause, rounding_decl, enum_decl, record_decl,
        field_decl, input_decl, key_clause, expect_key_field, parameter_decl, dated_value, define_decl, param_list, param, result_type, rule_decl,
        expect_rule_id, year_range, year, expect_year, when_clause, due_clause, scenario_decl, setting,
        records_json, records_file, add_records, record_key, change_records, remove_records, field_assignment>,
    // a chain of one operand is that operand: most expressions are one, and nodes cost memory
    tao::pegtl::parse_tree::fold_one::on<postfix, product, sum, comparison, conjunction, disjunction>,
    unwrap::on<expect_expression, expect_operand, expect_product, expect_sum, expect_condition, expect_conjunction,
               expect_type, expect_block, expect_year_range, expect_model_header, expect_then, expect_else, expect_of,
               expect_block_close, expect_each, expect_in, expect_equals, expect_pays, expect_to, expect_colon,
               expect_record_open, expect_record_close, expect_for, expect_closing_paren, expect_closing_quote,
               expect_declaration, expect_at, expect_the_excess, expect_by, expect_over, expect_as, expect_note_colon,
               expect_for_account, expect_report_colon, expect_scenario_close, expect_else_message,
               expect_records, expect_record_selector, expect_change_open, expect_change_close, expect_records_json_close,
               expect_keyed_by, expect_no_more_factors, expect_no_more_terms, expect_no_more_and, expect_no_more_or,
               expect_no_more_arguments>>;

}  // namespace rw::grammar

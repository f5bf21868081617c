#pragma once
// The PEGTL parse tree of a rule file: which grammar rules become nodes. Shared by the parser entry
// point (lang/parser.cpp) and the AST builder (lang/ast_builder.cpp).
#include <memory>

#include <tao/pegtl/contrib/parse_tree.hpp>

#include "lang/grammar.h"

namespace rw::grammar {

using Node = tao::pegtl::parse_tree::node;

template <typename Rule>
using selector = tao::pegtl::parse_tree::selector<
    Rule,
    tao::pegtl::parse_tree::store_content::on<
        // literals and names
        integer_literal, decimal_literal, percent_literal, money_literal, date_literal, duration_literal,
        string_literal, expect_string, true_literal, false_literal, name, identifier, expect_identifier,
        expect_field_name, rounding_mode_name, expect_rounding_mode, expect_variant, type_name, optional_mark,
        // expressions
        call, arguments, field_access, postfix, exists_test, negation, product, multiply_operator, sum,
        add_operator, day_rounding, comparison, compare_operator, negated_condition, conjunction, disjunction,
        if_expression, parenthesised,
        // types
        list_type, named_type,
        // statements
        block, for_statement, where_clause, if_statement, else_clause, let_statement, pay_statement,
        // declarations
        model_header, members_decl, account_decl, rounding_decl, enum_decl, record_decl,
        field_decl, input_decl, parameter_decl, define_decl, param_list, param, result_type, rule_decl,
        expect_rule_id, year_range, year, expect_year, due_clause>>;

}  // namespace rw::grammar

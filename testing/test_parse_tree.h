#pragma once
// The PEGTL parse tree of a test file: which grammar rules (testing/test_grammar.h) become nodes.
// Shared by the parser (testing/test_parser.cpp) and the control class (testing/test_parse_errors.h),
// which checks that every error point is one.
#include <tao/pegtl/contrib/parse_tree.hpp>

#include "lang/parse_tree.h"
#include "testing/test_grammar.h"

namespace rw::test_grammar {

// The nodes the builder reads; everything else is folded away. Every error point is a node (an error
// point that holds nodes must be one for PEGTL to raise its message, and the control class checks all
// of them); each is replaced by its only child, or dropped when it has none.
template <typename Rule>
using selector = tao::pegtl::parse_tree::selector<
    Rule,
    grammar::unwrap::on<expect_slot, expect_data, expect_first_year, expect_last_year, expect_setting_value,
                        expect_amount, expect_to_slot, expect_item, expect_account, expect_definition,
                        expect_claim, expect_rule, expect_expectation, expect_header_row, expect_test_name,
                        expect_model_path, expect_header, expect_report_name, expect_report_subject,
                        expect_report_value, expect_close, expect_open, expect_for_model, expect_json_close,
                        expect_test, grammar::expect_closing_quote, expect_colon,
                        expect_equals, expect_for, expect_of, expect_to>,
    tao::pegtl::parse_tree::store_content::on<
        quoted, word, data_path, inline_json, first_year, last_year, scenario_line, set_line,
        setting_parameter, setting_year, setting_value, from_slot, to_slot, amount_slot, item_slot,
        pays_nothing, pays_for, pays_claim, no_postings_claim, account_slot, balance_claim, closing_balance_claim, note_label,
        note_claim, negated, definition_slot, is_claim, year_slot, rule_slot, dated_expectation,
        error_expectation, snapshot_expectation, expect_quoted, expectation, cell, header_row, data_row, table,
        test_name, test_block, model_path, data_line, years_line, report_claim, report_name_slot,
        report_subject_slot, report_value_slot>>;

}  // namespace rw::test_grammar

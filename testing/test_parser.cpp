#include "testing/test_parser.h"

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/parse_tree.hpp>

#include "lang/spelling_hint.h"
#include "testing/test_parse_errors.h"
#include "testing/test_parse_tree.h"

namespace rw::testing {

namespace {

namespace pegtl = tao::pegtl;
namespace g = test_grammar;
using Node = pegtl::parse_tree::node;

SourceRange range_of(const Node& node) {
  return {static_cast<std::uint32_t>(node.begin().byte), static_cast<std::uint32_t>(node.end().byte)};
}

// The first child of type T, or null.
template <typename T>
const Node* child(const Node& node) {
  for (const auto& c : node.children) {
    if (c->is_type<T>()) return c.get();
  }
  return nullptr;
}

// A slot from a node that matched a word or quoted text.
Slot slot_of(const Node& node) {
  std::string text = node.string();
  bool quoted = !text.empty() && text.front() == '"';
  if (quoted) text = text.substr(1, text.size() - 2);
  return {text, quoted, range_of(node)};
}

// A table cell: its text without the spaces around it, quotes removed.
Slot cell_of(const Node& node) {
  std::string text = node.string();
  std::size_t first = text.find_first_not_of(" \t");
  std::size_t last = text.find_last_not_of(" \t");
  auto begin = static_cast<std::uint32_t>(node.begin().byte);
  if (first == std::string::npos) return {"", false, {begin, begin}};
  text = text.substr(first, last - first + 1);
  SourceRange range{static_cast<std::uint32_t>(begin + first), static_cast<std::uint32_t>(begin + last + 1)};
  bool quoted = text.size() >= 2 && text.front() == '"' && text.back() == '"';
  if (quoted) text = text.substr(1, text.size() - 2);
  return {text, quoted, range};
}

DataSource data_of(const Node& line) {
  const Node& value = *line.children.at(0);
  if (value.is_type<g::inline_json>()) return {"", value.string(), range_of(value)};
  return {slot_of(value).text, "", range_of(value)};
}

std::vector<Slot> row_of(const Node& row) {
  std::vector<Slot> cells;
  for (const auto& c : row.children) cells.push_back(cell_of(*c));
  return cells;
}

DatedExpectation dated_of(const Node& node) {
  DatedExpectation e;
  e.year = slot_of(*child<g::year_slot>(node));
  if (const Node* rule = child<g::rule_slot>(node)) e.rule = slot_of(*rule);
  const Node& claim = *node.children.back();
  if (claim.is_type<g::no_postings_claim>()) {
    e.claim = NoPostingsClaim{};
  } else if (claim.is_type<g::balance_claim>()) {
    e.claim = BalanceClaim{slot_of(*child<g::account_slot>(claim)), slot_of(*child<g::amount_slot>(claim))};
  } else if (claim.is_type<g::closing_balance_claim>()) {
    e.claim = BalanceClaim{slot_of(*child<g::account_slot>(claim)), slot_of(*child<g::amount_slot>(claim)), true};
  } else if (claim.is_type<g::note_claim>()) {
    const Node* label = child<g::note_label>(claim);
    e.claim = NoteClaim{label ? std::optional(slot_of(*label)) : std::nullopt, slot_of(*child<g::account_slot>(claim)),
                        slot_of(*child<g::amount_slot>(claim))};
  } else if (claim.is_type<g::report_claim>()) {
    const Node* subject = child<g::report_subject_slot>(claim);
    e.claim = ReportClaim{slot_of(*child<g::report_name_slot>(claim)), subject ? std::optional(slot_of(*subject)) : std::nullopt,
                          slot_of(*child<g::report_value_slot>(claim))};
  } else if (claim.is_type<g::is_claim>()) {
    e.claim = IsClaim{slot_of(*child<g::item_slot>(claim)), slot_of(*child<g::definition_slot>(claim)),
                      child<g::negated>(claim) != nullptr};
  } else {  // pays
    Slot from = slot_of(*child<g::from_slot>(claim));
    bool nothing = child<g::pays_nothing>(claim) != nullptr;
    if (const Node* pays_for = child<g::pays_for>(claim)) {
      e.claim = PaysForClaim{from, slot_of(*child<g::item_slot>(*pays_for)), nothing};
    } else {
      const Node* amount = child<g::amount_slot>(claim);
      e.claim = PaysClaim{from, amount ? slot_of(*amount) : Slot{"€0.00", false, range_of(claim)},
                          slot_of(*child<g::to_slot>(claim)), nothing};
    }
  }
  return e;
}

Expectation expectation_of(const Node& node) {
  const Node& what = *node.children.at(0);
  Expectation e{range_of(node), {}};
  if (what.is_type<g::error_expectation>()) {
    e.what = ErrorExpectation{slot_of(*child<g::expect_quoted>(what))};
  } else if (what.is_type<g::snapshot_expectation>()) {
    e.what = SnapshotExpectation{slot_of(*child<g::expect_quoted>(what))};
  } else {
    e.what = dated_of(what);
  }
  return e;
}

Test test_of(const Node& node) {
  Test test;
  const Node& name = *child<g::test_name>(node);
  test.name = slot_of(name).text;
  test.range = range_of(name);
  for (const auto& c : node.children) {
    const Node& item = *c;
    if (item.is_type<g::data_line>()) {
      test.data = data_of(item);
    } else if (item.is_type<g::years_line>()) {
      Slot first{child<g::first_year>(item)->string(), false, range_of(*child<g::first_year>(item))};
      const Node* last = child<g::last_year>(item);
      test.years = {first, last ? Slot{last->string(), false, range_of(*last)} : first};
    } else if (item.is_type<g::scenario_line>()) {
      test.scenario = Slot{item.children.at(0)->string(), false, range_of(*item.children.at(0))};
    } else if (item.is_type<g::set_line>()) {
      Setting setting{slot_of(*child<g::setting_parameter>(item)), std::nullopt, slot_of(*child<g::setting_value>(item)),
                      range_of(item)};
      if (const Node* year = child<g::setting_year>(item)) setting.from_year = slot_of(*year);
      test.settings.push_back(std::move(setting));
    } else if (item.is_type<g::expectation>()) {
      test.expectations.push_back(expectation_of(item));
    } else if (item.is_type<g::table>()) {
      Table table{row_of(*child<g::header_row>(item)), {}, range_of(item)};
      for (const auto& row : item.children) {
        if (row->is_type<g::data_row>()) table.rows.push_back(row_of(*row));
      }
      test.table = std::move(table);
    }
  }
  return test;
}

}  // namespace

TestParseResult parse_test_file(const SourceFile& source) {
  TestParseResult result;
  Language language = language_of(source.text(), words::tests);
  grammar::RuleInput input(source.text(), source.path(), language);
  std::unique_ptr<Node> root;
  try {
    root = pegtl::parse_tree::parse<g::file, g::selector, pegtl::nothing, g::error_control>(input);
  } catch (const pegtl::parse_error& error) {
    auto at = static_cast<std::uint32_t>(error.positions().empty() ? 0 : error.positions().front().byte);
    Diagnostic diagnostic{Severity::Error, {at, at + 1}, std::string(tr(error.message())), {}};  // testing/test_parse_errors.h
    // A word of the other spelling near the error (`expect` in a file that begins with `testen`) is said in a note.
    if (auto note = other_spelling_note_in_test_file(source.text(), at, language)) diagnostic.notes.push_back(std::move(*note));
    result.diagnostics.push_back(std::move(diagnostic));
    return result;
  }
  if (!root) {
    result.diagnostics.push_back({Severity::Error, {0, 0}, say("not a test file"), {}});
    return result;
  }
  TestFile file;
  file.language = language;
  for (const auto& c : root->children) {
    if (c->is_type<g::model_path>()) file.model = slot_of(*c);
    if (c->is_type<g::data_line>()) file.data = data_of(*c);
    if (c->is_type<g::test_block>()) file.tests.push_back(test_of(*c));
  }
  result.file = std::move(file);
  return result;
}

}  // namespace rw::testing

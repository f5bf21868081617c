#pragma once
// What a set of evaluations exercised, for `regelwerk test --coverage`: which rules applied in some
// year, and which way each condition went (if/else, if-then-else, where, when).
#include <cstdint>
#include <vector>

namespace rw {

struct Coverage {
  static constexpr std::uint8_t seen_true = 1, seen_false = 2;
  std::vector<std::uint8_t> conditions;  // by expression id of the condition: seen_true | seen_false
  std::vector<std::uint8_t> rules;       // by rule index: 1 when the rule applied in some year

  // Records that `condition` (an expression id) evaluated to `value`.
  void record(int condition, bool value) {
    if (conditions.size() <= static_cast<std::size_t>(condition)) conditions.resize(condition + 1, 0);
    conditions[condition] |= value ? seen_true : seen_false;
  }
  // Records that rule `index` applied in a year.
  void record_rule(int index) {
    if (rules.size() <= static_cast<std::size_t>(index)) rules.resize(index + 1, 0);
    rules[index] = 1;
  }
  // Adds what `other` exercised.
  void merge(const Coverage& other) {
    if (conditions.size() < other.conditions.size()) conditions.resize(other.conditions.size(), 0);
    for (std::size_t i = 0; i < other.conditions.size(); ++i) conditions[i] |= other.conditions[i];
    if (rules.size() < other.rules.size()) rules.resize(other.rules.size(), 0);
    for (std::size_t i = 0; i < other.rules.size(); ++i) rules[i] |= other.rules[i];
  }
};

}  // namespace rw

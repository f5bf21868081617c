#pragma once
// What the tests exercised of each model, per rule and definition, with the conditions that never went
// one way (file and line), and the share of rules and branches covered, in integer arithmetic.
#include <memory>
#include <string>
#include <vector>

#include "testing/runner.h"

namespace rw::testing {

struct CoverageSummary {
  int covered = 0;  // rules applied + condition outcomes seen
  int total = 0;    // rules + 2 × conditions
  std::string text; // the report for people
  // Whether at least `percent` of the total is covered.
  bool meets(int percent) const { return static_cast<long long>(covered) * 100 >= static_cast<long long>(percent) * total; }
};

// The coverage of every model that checked.
CoverageSummary coverage_summary(const std::vector<std::unique_ptr<TestedModel>>& models);

// "93.7%": covered/total to one decimal, rounded down.
std::string percentage(int covered, int total);

}  // namespace rw::testing

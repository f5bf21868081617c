#include "runtime/eval/time_limit.h"

#include <fmt/format.h>

#include "messages/say.h"
#include "stdlib/eval_error.h"

namespace rw {

namespace {

struct ThreadLimit {
  std::optional<std::chrono::steady_clock::time_point> deadline;
  std::chrono::milliseconds budget{0};
  std::string advice;
  unsigned calls = 0;
};

thread_local ThreadLimit limit;

}  // namespace

TimeLimit::TimeLimit(std::chrono::milliseconds budget, std::string advice)
    : outer_(limit.deadline), outer_budget_(limit.budget), outer_advice_(std::move(limit.advice)) {
  limit.deadline = std::chrono::steady_clock::now() + budget;
  limit.budget = budget;
  limit.advice = std::move(advice);
  limit.calls = 0;  // the first check in the scope reads the clock
}

TimeLimit::~TimeLimit() {
  limit.deadline = outer_;
  limit.budget = outer_budget_;
  limit.advice = std::move(outer_advice_);
}

void check_time_limit() {
  if (!limit.deadline || ++limit.calls % 1024 != 1) return;
  if (std::chrono::steady_clock::now() < *limit.deadline) return;
  throw EvalFailure(say("the evaluation was stopped after {} seconds, {}", limit.budget.count() / 1000.0, limit.advice));
}

}  // namespace rw

#pragma once
// How long the evaluations on one thread may take, for a scope (the workbench gives each request one,
// so that one heavy draft of the rules cannot hold a server thread). Outside such a scope there is no
// limit (the CLI's evaluations run as long as they need).
#include <chrono>
#include <optional>
#include <string>

namespace rw {

class TimeLimit {
 public:
  // Evaluations on this thread stop with an error once `budget` has passed, until this object goes;
  // the error ends with `advice` (whose limit it is, and what to do instead).
  TimeLimit(std::chrono::milliseconds budget, std::string advice);
  ~TimeLimit();
  TimeLimit(const TimeLimit&) = delete;
  TimeLimit& operator=(const TimeLimit&) = delete;

 private:
  std::optional<std::chrono::steady_clock::time_point> outer_;  // the limit this one replaces, if any
  std::chrono::milliseconds outer_budget_{0};
  std::string outer_advice_;
};

// Throws EvalFailure when this thread's time limit has passed; cheap enough to call for every item of a
// loop (it reads the clock once every 1024 calls).
void check_time_limit();

}  // namespace rw

#pragma once
// The result of reading one value from text (a literal, a data value, a file): the value, or why it is not one.
#include <optional>
#include <string>
#include <utility>

namespace rw {

template <class T>
struct Checked {
  std::optional<T> value;
  std::string error;  // set exactly when value is empty

  static Checked ok(T v) { return Checked{std::move(v), {}}; }
  static Checked fail(std::string message) { return Checked{std::nullopt, std::move(message)}; }
};

}  // namespace rw

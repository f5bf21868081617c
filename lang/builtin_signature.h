#pragma once
// How the checker sees a native built-in function: its name, documentation and a typing function.
// The table itself lives in stdlib/builtins.cpp, next to the implementations.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "lang/types.h"

namespace rw {

struct BuiltinSignature {
  std::string name;
  std::string usage;  // "share_of_year(period, year)", shown in messages and docs
  std::string summary;
  // The result type for these argument types, or nullopt with `problem` set (wrong count or types).
  std::function<std::optional<Type>(const std::vector<Type>& arguments, std::string& problem)> type_of;
};

}  // namespace rw

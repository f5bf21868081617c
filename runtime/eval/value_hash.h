#pragma once
// Hashing of argument lists, for remembering the results of definitions within a year. Records and
// lists hash by identity (they are immutable and shared), everything else by value.
#include <cstddef>
#include <vector>

#include "runtime/values/value.h"

namespace rw {

// A hash of one value, consistent with operator== on Value.
std::size_t hash_value(const Value& value);

struct ArgumentsHash {
  std::size_t operator()(const std::vector<Value>& arguments) const;
};

}  // namespace rw

#pragma once
// Hashing of argument lists, for remembering the results of definitions within a year. Records and
// lists hash by identity (they are immutable and shared), everything else by value.
#include <algorithm>
#include <cstddef>
#include <span>
#include <vector>

#include "values/value.h"

namespace rw {

// A hash of one value, consistent with operator== on Value.
std::size_t hash_value(const Value& value);

// Hash of an exact number, for maps keyed by amounts.
struct RationalHash {
  std::size_t operator()(const Rational& value) const { return hash_value(Value(value)); }
};

// Hash and equality of argument lists, also for lookups by a span of values (no list is built).
struct ArgumentsHash {
  using is_transparent = void;
  std::size_t operator()(std::span<const Value> arguments) const;
  std::size_t operator()(const std::vector<Value>& arguments) const { return (*this)(std::span<const Value>(arguments)); }
};
struct ArgumentsEqual {
  using is_transparent = void;
  bool operator()(std::span<const Value> a, std::span<const Value> b) const { return std::equal(a.begin(), a.end(), b.begin(), b.end()); }
};

}  // namespace rw

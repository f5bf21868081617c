#pragma once
// Splitting an amount in cents over recipients by a key, so that the parts add up exactly.
#include <cstdint>
#include <optional>
#include <vector>

#include "runtime/ledger/distribution_trace.h"
#include "values/rational.h"

namespace rw {

enum class CapExcess {
  Spread,  // what a cap cuts off is split again over the recipients that still have room
  Keep,    // what a cap cuts off is not split again; it becomes the remainder
};

struct Allocation {
  std::vector<std::int64_t> parts;  // one per recipient, in the recipients' order
  std::int64_t remainder = 0;       // cents that could not be placed (caps, or every weight zero)
};

// Largest remainder: each recipient gets amount × weight / total weight rounded down to cents; the
// cents left over go one by one to the largest fractional remainders, ties to the earlier recipient.
// With caps (cents, one per recipient; negative caps count as zero) no part exceeds its cap.
// Preconditions: amount >= 0, weights >= 0 (the interpreter checks and reports).
// With `rounds`, appends each round of largest remainder (for explanations; the result is the same).
Allocation allocate(std::int64_t amount, const std::vector<Rational>& weights,
                    const std::optional<std::vector<std::int64_t>>& caps, CapExcess excess,
                    std::vector<AllocationRound>* rounds = nullptr);

}  // namespace rw

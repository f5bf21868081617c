#include "runtime/eval/distribution.h"

#include <algorithm>
#include <numeric>

namespace rw {

namespace {

// Largest-remainder split of `amount` over the recipients in `who` (indices into weights); with
// `round`, records each one's exact share, floor and whether it got a left-over cent.
std::vector<std::int64_t> largest_remainder(std::int64_t amount, const std::vector<Rational>& weights,
                                            const std::vector<std::size_t>& who, AllocationRound* round) {
  std::vector<std::int64_t> parts(who.size(), 0);
  Rational total;
  for (std::size_t i : who) total += weights[i];
  if (round) {
    round->amount = amount;
    for (std::size_t i : who) round->shares.push_back({i, Rational(0), 0, false, false, 0});
  }
  if (total.is_zero() || amount == 0) return parts;
  std::vector<Rational> fractions(who.size());
  std::int64_t placed = 0;
  for (std::size_t k = 0; k < who.size(); ++k) {
    Rational ideal = Rational(amount) * weights[who[k]] / total;
    Rational floor = ideal.round(0, RoundingMode::Down);
    parts[k] = floor.to_int64();
    fractions[k] = ideal - floor;
    placed += parts[k];
    if (round) {
      round->shares[k].exact = ideal;
      round->shares[k].floor = parts[k];
    }
  }
  std::vector<std::size_t> order(who.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return fractions[a] > fractions[b]; });
  for (std::int64_t left = amount - placed, k = 0; left > 0; --left, ++k) {
    ++parts[order[k]];
    if (round) round->shares[order[k]].extra_cent = true;
  }
  return parts;
}

// A new round in `rounds`, or null when rounds are not recorded.
AllocationRound* next_round(std::vector<AllocationRound>* rounds) {
  if (!rounds) return nullptr;
  rounds->emplace_back();
  return &rounds->back();
}

}  // namespace

Allocation allocate(std::int64_t amount, const std::vector<Rational>& weights,
                    const std::optional<std::vector<std::int64_t>>& caps, CapExcess excess,
                    std::vector<AllocationRound>* rounds) {
  std::size_t n = weights.size();
  std::vector<std::size_t> everyone(n);
  std::iota(everyone.begin(), everyone.end(), 0);
  Allocation result{std::vector<std::int64_t>(n, 0), 0};
  if (!caps) {
    result.parts = largest_remainder(amount, weights, everyone, next_round(rounds));
    result.remainder = amount - std::accumulate(result.parts.begin(), result.parts.end(), std::int64_t{0});
    return result;
  }
  auto room = [&](std::size_t i) { return std::max<std::int64_t>(0, (*caps)[i]) - result.parts[i]; };
  if (excess == CapExcess::Keep) {
    AllocationRound* round = next_round(rounds);
    std::vector<std::int64_t> shares = largest_remainder(amount, weights, everyone, round);
    for (std::size_t i = 0; i < n; ++i) {
      if (round) {
        round->shares[i].room = room(i);
        round->shares[i].capped = shares[i] > room(i);
      }
      result.parts[i] = std::min(shares[i], room(i));
    }
  } else {
    // Water-filling: whoever would get more than its room gets its room and drops out; repeat with
    // what is left over the others until nobody exceeds its room.
    std::int64_t remaining = amount;
    std::vector<std::size_t> active;
    for (std::size_t i = 0; i < n; ++i) {
      if (!weights[i].is_zero() && room(i) > 0) active.push_back(i);
    }
    while (remaining > 0 && !active.empty()) {
      AllocationRound* round = next_round(rounds);
      std::vector<std::int64_t> shares = largest_remainder(remaining, weights, active, round);
      std::vector<std::size_t> still_active;
      bool capped = false;
      for (std::size_t k = 0; k < active.size(); ++k) {
        if (round) round->shares[k].room = room(active[k]);
        if (shares[k] >= room(active[k])) {
          capped = true;
          if (round) round->shares[k].capped = true;
          remaining -= room(active[k]);
          result.parts[active[k]] += room(active[k]);
        } else {
          still_active.push_back(active[k]);
        }
      }
      if (!capped) {
        for (std::size_t k = 0; k < active.size(); ++k) result.parts[active[k]] += shares[k];
        remaining = 0;
      }
      active = std::move(still_active);
    }
  }
  result.remainder = amount - std::accumulate(result.parts.begin(), result.parts.end(), std::int64_t{0});
  return result;
}

}  // namespace rw

// Cent-exact distribution: largest remainder, the tie rule, caps with the excess spread or kept.
#include <gtest/gtest.h>

#include "runtime/eval/distribution.h"

namespace rw {
namespace {

using Cents = std::vector<std::int64_t>;

std::vector<Rational> w(std::initializer_list<std::int64_t> weights) { return {weights.begin(), weights.end()}; }

TEST(Distribution, EqualSharesGiveLeftOverCentsToTheEarliest) {
  // €100.00 over three equal keys: 3333.33... cents each, floors 3333 × 3 = 9999, one cent left;
  // all fractions tie (1/3), so the first recipient gets it.
  Allocation a = allocate(10000, w({1, 1, 1}), std::nullopt, CapExcess::Spread);
  EXPECT_EQ(a.parts, (Cents{3334, 3333, 3333}));
  EXPECT_EQ(a.remainder, 0);
}

TEST(Distribution, LargestFractionGetsTheCentFirst) {
  // €1.00 over keys 1, 2, 4 (total 7): 14.28, 28.57, 57.14 cents -> floors 14 + 28 + 57 = 99;
  // fractions .28, .57, .14: the cent goes to the second.
  Allocation a = allocate(100, w({1, 2, 4}), std::nullopt, CapExcess::Spread);
  EXPECT_EQ(a.parts, (Cents{14, 29, 57}));
}

TEST(Distribution, ProRataInhabitants) {
  // €2,000,000.00 pro rata 61,000 / 45,000 / 11,000 inhabitants (117,000):
  // 200000000 × 61/117 = 104273504.27 -> 104273504; × 45/117 = 76923076.92 -> 76923076;
  // × 11/117 = 18803418.80 -> 18803418; floors sum 199999998, 2 cents left: to .92 and .80.
  Allocation a = allocate(200000000, w({61000, 45000, 11000}), std::nullopt, CapExcess::Spread);
  EXPECT_EQ(a.parts, (Cents{104273504, 76923077, 18803419}));
}

TEST(Distribution, ZeroWeightsLeaveEverythingAsRemainder) {
  Allocation a = allocate(500, w({0, 0}), std::nullopt, CapExcess::Spread);
  EXPECT_EQ(a.parts, (Cents{0, 0}));
  EXPECT_EQ(a.remainder, 500);
}

TEST(Distribution, ACappedShareIsSpreadOverTheOthers) {
  // €900 by keys 1, 1, 1 (€300 each), but the first may give at most €100: it gives €100 and the
  // other €800 is split over the two others, €400 each (both have room for it).
  Allocation a = allocate(90000, w({1, 1, 1}), Cents{10000, 100000, 100000}, CapExcess::Spread);
  EXPECT_EQ(a.parts, (Cents{10000, 40000, 40000}));
  EXPECT_EQ(a.remainder, 0);
}

TEST(Distribution, SpreadingCascades) {
  // €900 by 1, 1, 1 with caps 100, 350, 1000: round 1 shares 300 each -> first capped at 100 (800
  // left over the other two: 400 each) -> second capped at 350 (450 left) -> third takes 450.
  Allocation a = allocate(90000, w({1, 1, 1}), Cents{10000, 35000, 100000}, CapExcess::Spread);
  EXPECT_EQ(a.parts, (Cents{10000, 35000, 45000}));
}

TEST(Distribution, WhatNobodyHasRoomForIsTheRemainder) {
  // €900 by 1, 1, 1 with caps 100, 200, 300: everyone gives its cap (600), 300 cannot be placed.
  Allocation a = allocate(90000, w({1, 1, 1}), Cents{10000, 20000, 30000}, CapExcess::Spread);
  EXPECT_EQ(a.parts, (Cents{10000, 20000, 30000}));
  EXPECT_EQ(a.remainder, 30000);
}

TEST(Distribution, KeepingTheExcessDoesNotSpreadIt) {
  // €900 by 1, 1, 1 (300 each) with the first capped at 100: 200 is kept as the remainder.
  Allocation a = allocate(90000, w({1, 1, 1}), Cents{10000, 100000, 100000}, CapExcess::Keep);
  EXPECT_EQ(a.parts, (Cents{10000, 30000, 30000}));
  EXPECT_EQ(a.remainder, 20000);
}

TEST(Distribution, NegativeCapsMeanNoRoom) {
  Allocation a = allocate(1000, w({1, 1}), Cents{-500, 5000}, CapExcess::Spread);
  EXPECT_EQ(a.parts, (Cents{0, 1000}));
}

TEST(Distribution, PartsAlwaysAddUpToTheAmount) {
  // Awkward keys (shares of a grant as decimals) over many cents: no cent is lost or created.
  std::vector<Rational> keys = {Rational::fraction(1234567, 10000000), Rational::fraction(2, 3), Rational::fraction(1, 7),
                                Rational::fraction(5, 100000), Rational(0)};
  for (std::int64_t amount : {1, 7, 99, 100001, 123456789}) {
    Allocation a = allocate(amount, keys, std::nullopt, CapExcess::Spread);
    std::int64_t sum = 0;
    for (auto part : a.parts) sum += part;
    EXPECT_EQ(sum, amount);
    EXPECT_EQ(a.parts[4], 0);  // a key of zero gets nothing
  }
}

}  // namespace
}  // namespace rw

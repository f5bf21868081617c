#pragma once
// The Centraal-Gelderland settlement (rules/centraal-gelderland.regels with its declared parameter
// values) computed directly in C++: the practical limit the engine is measured against. Amounts are
// exact (rw::Rational) and rounded to cents once per year, rule, payer and receiver, half away from
// zero, as the model says; distributions use the engine's own largest-remainder arithmetic. The data
// is assumed to be valid (the engine validates it; the baseline only refuses a new client without payer).
#include <cstdint>
#include <map>
#include <string>
#include <tuple>

#include "bench/baseline/region_data.h"

namespace baseline {

// (year, rule, payer, receiver) -> cents; accounts by their ids in the model.
using Totals = std::map<std::tuple<int, std::string, std::string, std::string>, std::int64_t>;

// Settles 2022..2034 (`first`..`last`).
Totals settle(const RegionData& region, int first, int last);

}  // namespace baseline

#pragma once
// Controlled rounding of a two-way table: cells row total × column total / total, in whole cents, so
// that every row and every column still adds up exactly to its total (docs/language.md, "Distributing
// over two keys at once").
#include <cstdint>
#include <vector>

#include "runtime/ledger/distribution_trace.h"

namespace rw {

// The cells, row by row: each is its exact value rounded down, plus one cent for some. The left-over
// cents go one at a time to the cells in order of largest fraction (ties: the earlier row, then the
// earlier column); a cell is skipped when a cent there would leave some row or column total
// impossible to meet. A cell's value is floor + (extra_cent ? 1 : 0).
// Preconditions: rows and columns >= 0, and they add up to the same total.
std::vector<std::vector<TableCell>> round_two_way(const std::vector<std::int64_t>& rows, const std::vector<std::int64_t>& columns);

}  // namespace rw

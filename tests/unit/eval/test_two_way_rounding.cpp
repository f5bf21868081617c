// Controlled rounding of a two-way table: every row and column total exact, every cell its exact value
// rounded down or up, the left-over cents by largest fraction (ties: earlier row, then earlier column).
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>

#include "runtime/eval/two_way_rounding.h"

namespace rw {
namespace {

using Cents = std::vector<std::int64_t>;
using Table = std::vector<Cents>;

// The cents of each cell.
Table values(const std::vector<std::vector<TableCell>>& cells) {
  Table out;
  for (const auto& row : cells) {
    out.emplace_back();
    for (const TableCell& cell : row) out.back().push_back(cell.floor + (cell.extra_cent ? 1 : 0));
  }
  return out;
}

// Checks both margins, and that each cell is its exact value rounded down or up.
void expect_exact_margins(const Cents& rows, const Cents& columns, const std::vector<std::vector<TableCell>>& cells) {
  ASSERT_EQ(cells.size(), rows.size());
  Table table = values(cells);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    ASSERT_EQ(table[r].size(), columns.size());
    EXPECT_EQ(std::accumulate(table[r].begin(), table[r].end(), std::int64_t{0}), rows[r]) << "row " << r;
  }
  for (std::size_t c = 0; c < columns.size(); ++c) {
    std::int64_t sum = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) sum += table[r][c];
    EXPECT_EQ(sum, columns[c]) << "column " << c;
  }
  std::int64_t total = std::accumulate(rows.begin(), rows.end(), std::int64_t{0});
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      // floor(rows × columns / total) computed here with integers, not with the code under test
      std::int64_t down = total == 0 ? 0 : rows[r] * columns[c] / total;
      bool whole = total == 0 || rows[r] * columns[c] % total == 0;
      EXPECT_EQ(cells[r][c].floor, down) << r << "," << c;
      EXPECT_TRUE(table[r][c] == down || (!whole && table[r][c] == down + 1)) << r << "," << c;
    }
  }
}

TEST(TwoWayRounding, TiesGoToTheEarlierRowThenColumnAndACellIsSkippedWhenItWouldBreakATotal) {
  // Rows 2, 2, 2 and columns 2, 2, 2 cents (total 6): every cell is 2 × 2 / 6 = 2/3 cent, rounded down 0;
  // every row and column owes 2 cents and all fractions tie, so cells go in reading order:
  // (1,1) cent, (1,2) cent (row 1 done), (1,3) none; (2,1) cent (column 1 done), (2,2) would leave
  // row 3 two cents to find in column 3 alone, which owes 2 but offers one cell: skipped; (2,3) cent;
  // (3,1) none (column 1 done), (3,2) cent, (3,3) cent.
  auto cells = round_two_way({2, 2, 2}, {2, 2, 2});
  EXPECT_EQ(values(cells), (Table{{1, 1, 0}, {1, 0, 1}, {0, 1, 1}}));
  EXPECT_TRUE(cells[1][1].skipped);
  EXPECT_FALSE(cells[0][2].skipped);  // no cent left in its row: not a skip
  EXPECT_EQ(cells[0][0].exact, Rational::fraction(2, 3));
  expect_exact_margins({2, 2, 2}, {2, 2, 2}, cells);
}

TEST(TwoWayRounding, LargestFractionFirst) {
  // Rows 1, 2 and columns 2, 1 (total 3): exact 2/3, 1/3 / 4/3, 2/3; floors 0, 0 / 1, 0.
  // Row 1 owes 1, row 2 owes 1; the fractions 2/3 of (1,1) and (2,2) come first and take them.
  auto cells = round_two_way({1, 2}, {2, 1});
  EXPECT_EQ(values(cells), (Table{{1, 0}, {1, 1}}));
  expect_exact_margins({1, 2}, {2, 1}, cells);
}

TEST(TwoWayRounding, RowsRoundedSeparatelyWouldMissAColumnTotal) {
  // The new user's case in small: 3 contributors (100.00, 100.00, 100.00) over 3 claimants (100.00
  // each) by thirds. Each cell is 100.00 × 100.00 / 300.00 = 33.33⅓: rounding each row on its own by
  // largest remainder gives 33.34 to the first claimant in every row (column 1 = 100.02). Here each
  // row gives its extra cent to a different claimant: row 1 → column 1, row 2 → column 2, row 3 →
  // column 3 (ties by reading order, then the totals decide).
  auto cells = round_two_way({10000, 10000, 10000}, {10000, 10000, 10000});
  EXPECT_EQ(values(cells), (Table{{3334, 3333, 3333}, {3333, 3334, 3333}, {3333, 3333, 3334}}));
}

TEST(TwoWayRounding, ZeroRowsAndColumns) {
  // A row or column of 0 gets 0 in every cell; the others are split as without it.
  auto cells = round_two_way({0, 5, 0}, {0, 3, 2});
  // 5 × 3 / 5 = 3, 5 × 2 / 5 = 2: whole cents.
  EXPECT_EQ(values(cells), (Table{{0, 0, 0}, {0, 3, 2}, {0, 0, 0}}));
  EXPECT_EQ(values(round_two_way({0, 0}, {0})), (Table{{0}, {0}}));
  EXPECT_TRUE(round_two_way({}, {}).empty());
  EXPECT_EQ(values(round_two_way({0}, {})), (Table{{}}));
}

TEST(TwoWayRounding, OneRowOrOneColumnIsTheMarginItself) {
  // 1 × N: the only row's cells are the columns; N × 1: the only column's cells are the rows.
  EXPECT_EQ(values(round_two_way({10}, {3, 3, 4})), (Table{{3, 3, 4}}));
  EXPECT_EQ(values(round_two_way({3, 3, 4}, {10})), (Table{{3}, {3}, {4}}));
}

// An independent reference for small tables: the cells with a fraction in the documented order
// (largest fraction, then row, then column); of every way to give them 0 or 1 cent that meets both
// margins, the first in that order when 1 comes before 0 (what deciding cell by cell, skipping
// infeasible cents, yields).
Table reference(const Cents& rows, const Cents& columns) {
  std::int64_t total = std::accumulate(rows.begin(), rows.end(), std::int64_t{0});
  std::size_t n = rows.size(), m = columns.size();
  Table floor(n, Cents(m, 0));
  struct Open { Rational fraction; std::size_t r, c; };
  std::vector<Open> open;
  Cents row_owed = rows, column_owed = columns;
  for (std::size_t r = 0; r < n; ++r) {
    for (std::size_t c = 0; c < m; ++c) {
      floor[r][c] = total == 0 ? 0 : rows[r] * columns[c] / total;
      row_owed[r] -= floor[r][c];
      column_owed[c] -= floor[r][c];
      if (total != 0 && rows[r] * columns[c] % total != 0) open.push_back({Rational::fraction(rows[r] * columns[c] % total, total), r, c});
    }
  }
  std::stable_sort(open.begin(), open.end(), [](const Open& a, const Open& b) { return a.fraction > b.fraction; });
  std::size_t k = open.size();
  for (std::uint64_t count = 0; count < (std::uint64_t{1} << k); ++count) {
    std::uint64_t choice = ~count;  // bit k-1-i is cell i; counting up from all ones
    Cents rr(n, 0), cc(m, 0);
    for (std::size_t i = 0; i < k; ++i) {
      if (choice >> (k - 1 - i) & 1) {
        ++rr[open[i].r];
        ++cc[open[i].c];
      }
    }
    if (rr != row_owed || cc != column_owed) continue;
    for (std::size_t i = 0; i < k; ++i) floor[open[i].r][open[i].c] += choice >> (k - 1 - i) & 1;
    return floor;
  }
  ADD_FAILURE() << "no rounding found";
  return floor;
}

TEST(TwoWayRounding, RandomTablesHaveExactMarginsAndMatchTheReference) {
  for (std::uint32_t seed = 1; seed <= 300; ++seed) {
    std::mt19937 random(seed);  // deterministic: the same tables on every run
    std::size_t n = 1 + random() % 4, m = 1 + random() % 4;
    Cents rows(n), columns(m, 0);
    for (auto& r : rows) r = random() % (seed % 3 == 0 ? 1000000 : 40);
    std::int64_t total = std::accumulate(rows.begin(), rows.end(), std::int64_t{0});
    for (std::int64_t left = total; left > 0;) {  // the columns: the same total, split at random
      std::int64_t piece = std::min<std::int64_t>(left, 1 + random() % (1 + total / static_cast<std::int64_t>(m)));
      columns[random() % m] += piece;
      left -= piece;
    }
    SCOPED_TRACE("seed " + std::to_string(seed));
    auto cells = round_two_way(rows, columns);
    expect_exact_margins(rows, columns, cells);
    std::size_t open = 0;
    for (auto& row : cells) {
      for (auto& cell : row) open += !cell.exact.is_integer();
    }
    if (open <= 16) {
      EXPECT_EQ(values(cells), reference(rows, columns));
    }
  }
}

TEST(TwoWayRounding, LargerRandomTablesHaveExactMargins) {
  for (std::uint32_t seed = 1; seed <= 20; ++seed) {
    std::mt19937 random(seed);
    std::size_t n = 5 + random() % 20, m = 5 + random() % 20;
    Cents rows(n), columns(m, 0);
    for (auto& r : rows) r = random() % 100000000;  // up to €1,000,000.00
    std::int64_t total = std::accumulate(rows.begin(), rows.end(), std::int64_t{0});
    for (std::size_t c = 0; c + 1 < m; ++c) columns[c] = total / static_cast<std::int64_t>(m) - static_cast<std::int64_t>(random() % 1000);
    columns[m - 1] = total - std::accumulate(columns.begin(), columns.end() - 1, std::int64_t{0});
    SCOPED_TRACE("seed " + std::to_string(seed));
    expect_exact_margins(rows, columns, round_two_way(rows, columns));
  }
}

}  // namespace
}  // namespace rw

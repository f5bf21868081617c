#include "runtime/eval/two_way_rounding.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <numeric>

namespace rw {

namespace {

// The cells that may take a left-over cent (those with a fraction), and a choice of which do that
// meets every row's and column's left-over cents (a 0/1 table; it always exists, see the header).
struct CentTable {
  std::size_t rows, columns;
  std::vector<char> open;     // by cell: has a fraction and is not decided yet
  std::vector<char> cent;     // by cell: takes a cent in the current choice
  std::size_t at(std::size_t r, std::size_t c) const { return r * columns + c; }

  // A path that lets `cell` take a cent while every total stays met: from its column, alternately
  // to a row through an open cell with a cent (it gives the cent up) and to a column through an open
  // cell without one (it takes a cent), ending in the cell's row. The cells on it, or empty if none.
  std::vector<std::size_t> cycle_through(std::size_t row, std::size_t column) const {
    // Nodes: rows 0..rows-1, columns rows..rows+columns-1. Reached through which cell, from which node.
    std::size_t nodes = rows + columns;
    std::vector<std::size_t> via(nodes, SIZE_MAX), from(nodes, SIZE_MAX);
    std::vector<char> seen(nodes, 0);
    std::deque<std::size_t> queue{rows + column};
    seen[rows + column] = 1;
    while (!queue.empty()) {
      std::size_t node = queue.front();
      queue.pop_front();
      if (node == row) break;
      bool is_column = node >= rows;
      for (std::size_t other = 0; other < (is_column ? rows : columns); ++other) {
        std::size_t cell = is_column ? at(other, node - rows) : at(node, other);
        std::size_t next = is_column ? other : rows + other;
        if (seen[next] || !open[cell] || cell == at(row, column)) continue;
        if (is_column != static_cast<bool>(cent[cell])) continue;  // from a column give a cent up; from a row take one
        seen[next] = 1;
        via[next] = cell;
        from[next] = node;
        queue.push_back(next);
      }
    }
    std::vector<std::size_t> path;
    if (!seen[row]) return path;
    for (std::size_t node = row; node != rows + column; node = from[node]) path.push_back(via[node]);
    return path;
  }

  // Adds one cent along an augmenting path from a row still owing cents to a column still owing cents;
  // false if there is none.
  bool augment(std::vector<std::int64_t>& row_owed, std::vector<std::int64_t>& column_owed) {
    std::size_t nodes = rows + columns;
    std::vector<std::size_t> via(nodes, SIZE_MAX), from(nodes, SIZE_MAX);
    std::vector<char> seen(nodes, 0);
    std::deque<std::size_t> queue;
    for (std::size_t r = 0; r < rows; ++r) {
      if (row_owed[r] > 0) {
        seen[r] = 1;
        queue.push_back(r);
      }
    }
    while (!queue.empty()) {
      std::size_t node = queue.front();
      queue.pop_front();
      bool is_column = node >= rows;
      if (is_column && column_owed[node - rows] > 0) {
        std::size_t start = node;
        for (; from[start] != SIZE_MAX; start = from[start]) cent[via[start]] ^= 1;
        --row_owed[start];
        --column_owed[node - rows];
        return true;
      }
      for (std::size_t other = 0; other < (is_column ? rows : columns); ++other) {
        std::size_t cell = is_column ? at(other, node - rows) : at(node, other);
        std::size_t next = is_column ? other : rows + other;
        if (seen[next] || !open[cell]) continue;
        if (is_column != static_cast<bool>(cent[cell])) continue;  // rows add a cent, columns take one back
        seen[next] = 1;
        via[next] = cell;
        from[next] = node;
        queue.push_back(next);
      }
    }
    return false;
  }
};

}  // namespace

std::vector<std::vector<TableCell>> round_two_way(const std::vector<std::int64_t>& rows, const std::vector<std::int64_t>& columns) {
  std::vector<std::vector<TableCell>> cells(rows.size(), std::vector<TableCell>(columns.size()));
  std::int64_t total = std::accumulate(rows.begin(), rows.end(), std::int64_t{0});
  if (total == 0 || columns.empty()) return cells;
  CentTable table{rows.size(), columns.size(), std::vector<char>(rows.size() * columns.size(), 0),
                  std::vector<char>(rows.size() * columns.size(), 0)};
  std::vector<std::int64_t> row_owed(rows), column_owed(columns);
  std::vector<Rational> fractions(rows.size() * columns.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      TableCell& cell = cells[r][c];
      cell.exact = Rational(rows[r]) * Rational(columns[c]) / Rational(total);
      cell.floor = cell.exact.round(0, RoundingMode::Down).to_int64();
      fractions[table.at(r, c)] = cell.exact - Rational(cell.floor);
      table.open[table.at(r, c)] = !fractions[table.at(r, c)].is_zero();
      row_owed[r] -= cell.floor;
      column_owed[c] -= cell.floor;
    }
  }
  // A first choice of cents that meets every total: the exact table is a fractional one, so an
  // integral one exists (the integrality of flows in a bipartite network).
  while (table.augment(row_owed, column_owed)) {
  }
  // Then the cells by largest fraction decide in turn, each keeping the choice feasible.
  std::vector<std::size_t> order(fractions.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return fractions[a] > fractions[b]; });
  std::vector<std::int64_t> row_left(rows.size(), 0), column_left(columns.size(), 0);  // cents still to give, undecided cells
  for (std::size_t i = 0; i < table.cent.size(); ++i) {
    row_left[i / columns.size()] += table.cent[i];
    column_left[i % columns.size()] += table.cent[i];
  }
  for (std::size_t index : order) {
    if (!table.open[index]) continue;
    std::size_t r = index / columns.size(), c = index % columns.size();
    if (!table.cent[index] && row_left[r] > 0 && column_left[c] > 0) {
      std::vector<std::size_t> cycle = table.cycle_through(r, c);
      for (std::size_t cell : cycle) table.cent[cell] ^= 1;
      if (!cycle.empty()) table.cent[index] = 1;
      else cells[r][c].skipped = true;
    }
    table.open[index] = 0;
    cells[r][c].extra_cent = table.cent[index];
    row_left[r] -= table.cent[index];
    column_left[c] -= table.cent[index];
  }
  return cells;
}

}  // namespace rw

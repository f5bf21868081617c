// What a rule body does: loops, branches, lets, requires, payments, distributions and notes.
#include "runtime/eval/interpreter_core.h"

#include <algorithm>

#include <fmt/ranges.h>

#include "runtime/eval/describe.h"
#include "runtime/eval/two_way_rounding.h"

namespace rw::detail {

namespace {

// Whole cents of a cap, rounded down: a cap is never exceeded.
std::int64_t cents_down(const Rational& amount, const ast::Expr& where) {
  try {
    return amount.to_cents(RoundingMode::Down);
  } catch (const ArithmeticOverflow&) {
    throw EvalFailure(say("this amount is too large to express in cents"), where.range);
  }
}

}  // namespace

void Interpreter::exec(const ast::Block& block, Frame& frame) {
  for (const auto& stmt : block) exec(*stmt, frame);
}

// One statement: dispatched to the overload of run() for its kind (each kind has one; none takes the rest).
void Interpreter::exec(const ast::Stmt& stmt, Frame& frame) {
  std::visit([&](const auto& node) { run(stmt, node, frame); }, stmt.node);
}

void Interpreter::run(const ast::Stmt&, const ast::ForEach& loop, Frame& frame) {
  Value collection = eval(*loop.collection, frame);
  if (std::holds_alternative<Absent>(collection)) return;  // an absent optional list has no items
  each_matching(std::get<ListPtr>(collection), loop.filter.get(), loop.slot, frame,
                [&](const Value& item) { with_item(item, [&] { exec(loop.body, frame); }); });
}

void Interpreter::run(const ast::Stmt&, const ast::If& branch, Frame& frame) {
  exec(decide(*branch.condition, frame) ? branch.then_block : branch.else_block, frame);
}

void Interpreter::run(const ast::Stmt&, const ast::Let& let, Frame& frame) { frame[let.slot] = eval(*let.value, frame); }

void Interpreter::run(const ast::Stmt&, const ast::Require& r, Frame& frame) {
  if (eval_bool(*r.condition, frame)) return;
  std::vector<std::string> found;
  explain_false(*r.condition, frame, found);
  throw EvalFailure(found.empty() ? r.message : fmt::format("{} ({})", r.message, fmt::join(found, "; ")), r.condition->range);
}


// Whole cents of an amount, rounded with the model's mode.
std::int64_t Interpreter::cents(const Rational& amount, const ast::Expr& where) const {
  try {
    return amount.to_cents(model_.rounding);
  } catch (const ArithmeticOverflow&) {
    throw EvalFailure(say("this amount is too large to express in cents"), where.range);
  }
}

// A recipient of a distribution as people know it and where it was read: a record by its id, else by
// its (first) member or account, else as "the record"; anything else by its value, read from nowhere.
std::pair<std::string, std::string> Interpreter::recipient_name(const Value& item, const Type& type) const {
  auto* record = std::get_if<RecordPtr>(&item);
  if (!record) return {describe_value(item, type, model_.tables), ""};
  if (const std::string* id = id_in(**record)) return {*id, (*record)->origin};
  for (const Value& field : (*record)->fields) {
    if (auto* account = std::get_if<AccountRef>(&field)) return {model_.tables.accounts.at(account->index).id, (*record)->origin};
  }
  return {"the record", (*record)->origin};
}

// The items of `list` that meet `filter`, with their keys and caps; a negative key is an error.
AxisItems Interpreter::axis_items(const ast::Expr& list_expr, const ast::Expr* filter, const ast::Expr& weight, const ast::Expr* cap,
                                  int slot, Frame& frame) {
  AxisItems axis;
  Value list = eval(list_expr, frame);
  if (std::holds_alternative<Absent>(list)) return axis;
  for (const Value& item : std::get<ListPtr>(list)->items) {
    frame[slot] = item;
    if (filter && !decide(*filter, frame)) continue;
    axis.items.push_back(item);
    axis.weights.push_back(eval_as<Rational>(weight, frame));
    if (axis.weights.back().sign() < 0) {
      throw EvalFailure(say("the key is negative ({}) for the recipient {}", axis.weights.back().to_string(),
                            describe_item(item, *model_.expr_types[list_expr.id].unwrapped().element)),
                        weight.range);
    }
    if (cap) axis.caps.push_back(cents_down(eval_as<Rational>(*cap, frame), *cap));
  }
  return axis;
}

// What explain shows of one key's split.
AxisTrace Interpreter::axis_trace(const AxisItems& axis, const ast::Expr& list, const ast::Expr& key, const ast::Expr* cap,
                                  std::int64_t amount, const Allocation& allocation, std::vector<AllocationRound> rounds,
                                  ast::ExcessMode excess) const {
  AxisTrace trace;
  trace.list_text = source_.slice(list.range);
  trace.key_text = source_.slice(key.range);
  if (cap) trace.cap_text = source_.slice(cap->range);
  const Type& element = *model_.expr_types[list.id].unwrapped().element;
  for (const Value& item : axis.items) {
    auto [name, origin] = recipient_name(item, element);
    trace.names.push_back(std::move(name));
    trace.origins.push_back(std::move(origin));
  }
  trace.keys = axis.weights;
  trace.caps = axis.caps;
  trace.parts = allocation.parts;
  for (const Rational& key : axis.weights) trace.total_key += key;
  trace.amount = amount;
  trace.remainder = allocation.remainder;
  trace.rounds = std::move(rounds);
  trace.excess = excess == ast::ExcessMode::Spread ? "spreading" : excess == ast::ExcessMode::Keep ? "keeping" : "";
  return trace;
}

// Runs the remainder block with what could not be placed (signed cents), or fails without one.
void Interpreter::remainder(const ast::Distribute& d, std::int64_t cents, Frame& frame) {
  if (cents == 0) return;
  if (d.rest_name.empty()) {
    throw EvalFailure(say("{} of the amount could not be placed (every recipient reached its cap, or has a key of zero); add "
                          "'remainder <name> {{ ... }}' to say where it goes",
                          Rational::from_cents(cents).to_fixed(2)),
                      d.amount->range);
  }
  frame[d.rest_slot] = Rational::from_cents(cents);
  exec(d.remainder, frame);
}

void Interpreter::distribute(const ast::Distribute& d, Frame& frame) {
  auto trace = std::make_shared<DistributionTrace>();
  trace->exact_amount = eval_as<Rational>(*d.amount, frame);
  trace->amount = cents(trace->exact_amount, *d.amount);
  trace->rounding = std::string(rounding_mode_name(model_.rounding));
  trace->location = source_.location(d.amount->range);
  trace->amount_text = source_.slice(d.amount->range);
  if (d.columns) return distribute_two_keys(d, std::move(trace), frame);
  std::int64_t amount = trace->amount;
  AxisItems axis = axis_items(*d.list, d.filter.get(), *d.weight, d.cap.get(), d.variable_slot, frame);
  if (amount < 0 && d.cap) throw EvalFailure(say("a negative amount cannot be distributed with caps"), d.amount->range);
  std::int64_t sign = amount < 0 ? -1 : 1;
  std::vector<AllocationRound> rounds;
  Allocation allocation = allocate(sign * amount, axis.weights, d.cap ? std::optional(axis.caps) : std::nullopt,
                                   d.excess == ast::ExcessMode::Keep ? CapExcess::Keep : CapExcess::Spread, &rounds);
  trace->axes.push_back(axis_trace(axis, *d.list, *d.weight, d.cap.get(), sign * amount, allocation, std::move(rounds), d.excess));
  trace->placed = sign * amount - allocation.remainder;
  trace->remainder = allocation.remainder;
  for (std::size_t i = 0; i < axis.items.size(); ++i) {
    frame[d.variable_slot] = axis.items[i];
    frame[d.part_slot] = Rational::from_cents(sign * allocation.parts[i]);
    distributions_.push_back({trace, static_cast<int>(i), -1});
    with_item(axis.items[i], [&] { exec(d.body, frame); });
    distributions_.pop_back();
  }
  remainder(d, sign * allocation.remainder, frame);
}

// Two keys: the rows split the amount by their key, the columns by theirs; when caps leave different
// amounts placed, the side that placed more splits again what the other placed, until both agree.
// Each cell is row × column / placed, rounded so that every row and column total is exact.
void Interpreter::distribute_two_keys(const ast::Distribute& d, std::shared_ptr<DistributionTrace> trace, Frame& frame) {
  const ast::DistributeAxis& c = *d.columns;
  AxisItems rows = axis_items(*d.list, d.filter.get(), *d.weight, d.cap.get(), d.variable_slot, frame);
  AxisItems columns = axis_items(*c.list, c.filter.get(), *c.weight, c.cap.get(), c.variable_slot, frame);
  std::int64_t amount = trace->amount;
  if (amount < 0 && (d.cap || c.cap)) throw EvalFailure(say("a negative amount cannot be distributed with caps"), d.amount->range);
  std::int64_t sign = amount < 0 ? -1 : 1;
  auto split = [](std::int64_t cents, const AxisItems& axis, bool capped, ast::ExcessMode excess, std::vector<AllocationRound>& rounds) {
    rounds.clear();
    return allocate(cents, axis.weights, capped ? std::optional(axis.caps) : std::nullopt,
                    excess == ast::ExcessMode::Keep ? CapExcess::Keep : CapExcess::Spread, &rounds);
  };
  std::vector<AllocationRound> row_rounds, column_rounds;
  std::int64_t row_amount = sign * amount, column_amount = sign * amount;
  Allocation by_row = split(row_amount, rows, d.cap != nullptr, d.excess, row_rounds);
  Allocation by_column = split(column_amount, columns, c.cap != nullptr, c.excess, column_rounds);
  // Each pass strictly lowers the larger placed amount, so this ends.
  while (row_amount - by_row.remainder != column_amount - by_column.remainder) {
    if (row_amount - by_row.remainder > column_amount - by_column.remainder) {
      row_amount = column_amount - by_column.remainder;
      by_row = split(row_amount, rows, d.cap != nullptr, d.excess, row_rounds);
    } else {
      column_amount = row_amount - by_row.remainder;
      by_column = split(column_amount, columns, c.cap != nullptr, c.excess, column_rounds);
    }
  }
  trace->axes.push_back(axis_trace(rows, *d.list, *d.weight, d.cap.get(), row_amount, by_row, std::move(row_rounds), d.excess));
  trace->axes.push_back(axis_trace(columns, *c.list, *c.weight, c.cap.get(), column_amount, by_column, std::move(column_rounds), c.excess));
  trace->placed = row_amount - by_row.remainder;
  trace->remainder = sign * amount - trace->placed;
  trace->cells = round_two_way(by_row.parts, by_column.parts);
  for (std::size_t r = 0; r < rows.items.size(); ++r) {
    for (std::size_t k = 0; k < columns.items.size(); ++k) {
      const TableCell& cell = trace->cells[r][k];
      frame[d.variable_slot] = rows.items[r];
      frame[c.variable_slot] = columns.items[k];
      frame[d.part_slot] = Rational::from_cents(sign * (cell.floor + (cell.extra_cent ? 1 : 0)));
      distributions_.push_back({trace, static_cast<int>(r), static_cast<int>(k)});
      with_item(rows.items[r], [&] { with_item(columns.items[k], [&] { exec(d.body, frame); }); });
      distributions_.pop_back();
    }
  }
  remainder(d, sign * trace->remainder, frame);
}

void Interpreter::note(const ast::Stmt& stmt, const ast::Note& n, Frame& frame) {
  Rational amount = eval_as<Rational>(*n.amount, frame);
  int account = eval_as<AccountRef>(*n.account, frame).index;
  auto it = std::find_if(pending_notes_.begin(), pending_notes_.end(),
                         [&](const PendingNote& p) { return p.statement == &stmt && p.account == account; });
  if (it == pending_notes_.end()) {
    pending_notes_.push_back({&stmt, account, Rational(0)});
    it = pending_notes_.end() - 1;
  }
  it->amount += amount;
}

void Interpreter::pay(const ast::Stmt& stmt, const ast::Pay& pay, Frame& frame) {
  int from = eval_as<AccountRef>(*pay.from, frame).index;
  Rational amount = eval_as<Rational>(*pay.amount, frame);
  int to = eval_as<AccountRef>(*pay.to, frame).index;
  auto same = [&](const PendingPosting& p) { return p.statement == &stmt && p.from == from && p.to == to && p.due == due_; };
  auto it = std::find_if(pending_.begin(), pending_.end(), same);
  if (it == pending_.end()) {
    pending_.push_back({&stmt, from, to, due_, Rational(0), 0, {}, {}, {}, {}, {}});
    it = pending_.end() - 1;
  }
  try {
    it->amount += amount;
  } catch (const ArithmeticOverflow&) {
    throw EvalFailure(say("the total of this payment grew too large to compute exactly"), stmt.range);
  }
  if (!it->beyond_limit_at && (it->amount > largest_posting || it->amount < -largest_posting)) it->beyond_limit_at = failing_item();
  ++it->contributions;
  ++it->groups[amount];
  if (!items_.empty() && (it->items.empty() || it->items.back() != *items_.back().second)) it->items.push_back(*items_.back().second);
  if (!records_.empty()) it->each.emplace_back(*records_.back(), items_.empty() ? nullptr : items_.back().first, amount);
  if (!distributions_.empty()) {
    const DistributionShare& share = distributions_.back();
    auto& known = it->distributions;
    if (known.empty() || known.back().trace != share.trace || known.back().row != share.row || known.back().column != share.column) {
      known.push_back(share);
    }
  }
}

}  // namespace rw::detail

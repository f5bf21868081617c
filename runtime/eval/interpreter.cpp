#include "runtime/eval/interpreter.h"

#include <algorithm>
#include <map>
#include <deque>
#include <limits>
#include <set>
#include <span>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "lang/uses.h"
#include "runtime/eval/data_changes.h"
#include "runtime/eval/describe.h"
#include "runtime/eval/distribution.h"
#include "runtime/eval/eval_error.h"
#include "runtime/eval/model_facts.h"
#include "runtime/eval/operators.h"
#include "runtime/eval/report_value.h"
#include "runtime/eval/time_limit.h"
#include "runtime/eval/two_way_rounding.h"
#include "runtime/eval/value_hash.h"
#include "stdlib/builtins.h"

namespace rw {

namespace {

using Frame = std::vector<Value>;

// The postings one pay statement builds up during one rule and year, before rounding.
struct PendingPosting {
  const ast::Stmt* statement;
  int from, to;
  std::optional<Date> due;
  Rational amount;
  int contributions = 0;
  std::vector<RecordPtr> items;  // the records (with ids) it was made for, in order, repeats possible
  // Each contribution made inside a loop over records: the innermost record, the innermost id, the amount.
  std::vector<std::tuple<RecordPtr, const std::string*, Rational>> each;
  std::unordered_map<Rational, int, RationalHash> groups;  // exact contribution -> how many times
  // Where the running total first went beyond what a posting can hold: the record being iterated over
  // then (empty when none), for the message if the final total is still beyond it.
  std::optional<std::string> beyond_limit_at;
  std::vector<DistributionShare> distributions;  // the splits its contributions came from, each once in a row
};

// One key of a distribution, evaluated: who takes part, by which key, up to which cap.
struct AxisItems {
  std::vector<Value> items;
  std::vector<Rational> weights;
  std::vector<std::int64_t> caps;  // empty without a cap
};

// The notes one note statement builds up during one rule and year, before rounding.
struct PendingNote {
  const ast::Stmt* statement;
  int account;
  Rational amount;
};

// The parameters a what-if changes, by index.
std::set<int> overridden(const Overrides& overrides) {
  std::set<int> indices;
  for (const auto& [index, override_] : overrides.parameters) indices.insert(index);
  return indices;
}

class Interpreter {
 public:
  Interpreter(const CheckedModel& model, const SourceFile& source, const Dataset& data, const Overrides& overrides,
              Coverage* coverage)
      : model_(model), source_(source), data_(data), overrides_(overrides), coverage_(coverage), parameters_(model.parameters.size()),
        parameter_sources_(model.parameters.size()), overriding_(model.parameters.size()), constants_(model.definitions.size()),
        balances_(model.tables.accounts.size(), 0), context_{model.rounding, &balances_}, facts_(model, overridden(overrides)),
        memoisable_(model.definitions.size()), memo_use_(model.definitions.size(), {0, 0}), memo_(model.definitions.size()) {
    for (std::size_t d = 0; d < model.definitions.size(); ++d) memoisable_[d] = facts_.pure(static_cast<int>(d));
  }

  // Whether `condition` holds with `frame` as its locals, outside any year (a record's require).
  bool holds(const ast::Expr& condition, Frame& frame) { return eval_bool(condition, frame); }
  // The value of `expr` with `frame` as its locals and parameters as in `year` (a scenario's change to the data).
  Value value_in(const ast::Expr& expr, Frame& frame, int year) {
    enter_year(year);
    return eval(expr, frame);
  }
  // Evaluates one rule for one year and appends its postings to `ledger`.
  void run_rule(const RuleInfo& rule, int year, Ledger& ledger);
  // The declared opening balances per account in cents (0 where none), evaluated as in `first_year`
  // and rounded with the model's mode; balance() starts from them.
  std::vector<std::int64_t> open_accounts(int first_year);
  // Records coverage in `coverage` from now on (null: record none).
  void record_coverage(Coverage* coverage) { coverage_ = coverage; }
  // Notes reports made without running their rule (a what-if copies them), so that a second report of
  // the same name and subject in that year is still found.
  void reported(const Report& report);
  // The value of a definition in `year` for the given arguments.
  Value call_definition(int definition, int year, std::vector<Value> arguments);
  // After a failure: the record being iterated over when it happened: the innermost one with an id
  // ("CG-0017 (clients.json: $.clients[16])"), else the innermost one ("the record at years.json: $.years[2]").
  std::string failing_item() const {
    for (auto record = records_.rbegin(); record != records_.rend(); ++record) {
      if (const std::string* id = id_in(***record)) return *id + " (" + (**record)->origin + ")";
    }
    return records_.empty() ? "" : "the record at " + (*records_.back())->origin;
  }

 private:
  const CheckedModel& model_;
  const SourceFile& source_;
  const Dataset& data_;
  const Overrides& overrides_;
  Coverage* coverage_;  // null unless coverage is asked for
  std::vector<std::optional<Value>> parameters_;  // evaluated on first use
  std::vector<std::string> parameter_sources_;    // where each memoised value came from
  std::vector<bool> overriding_;                  // an override of this parameter is being evaluated
  std::vector<std::optional<Value>> constants_;   // definitions without parameters, on first use
  std::vector<std::int64_t> balances_;  // running net cents per account, for balance()
  BuiltinContext context_;
  int year_ = 0;
  std::optional<Date> due_;
  const RuleInfo* current_rule_ = nullptr;  // the rule being run
  std::vector<PendingPosting> pending_;
  std::vector<PendingNote> pending_notes_;
  std::vector<Report> pending_reports_;
  // The reports made this year, by name, subject kind and subject: the statement that made each.
  std::map<std::tuple<std::string, ReportSubjectKind, std::string>, const ReportStatement*> reported_;
  // By report statement: what its reports share (made on its first run).
  std::unordered_map<const ast::Stmt*, std::shared_ptr<const ReportStatement>> report_statements_;
  // By report statement and value (bool, party or enum variant; -1 absent): the value as reported.
  std::map<std::pair<const ast::Stmt*, std::int64_t>, std::shared_ptr<const ReportValue>> report_values_;
  // By expression: the year and the parameters it reads in that year, shared by the reports made with it.
  std::unordered_map<const ast::Expr*, std::pair<int, std::shared_ptr<const std::vector<ParameterUse>>>> year_parameter_uses_;
  int reported_year_ = 0;
  int memo_year_ = 0;  // the year the memoised parameters and definitions belong to
  // (id, origin) of the records iterated over, innermost last; they point into the data, which outlives the run
  std::vector<std::pair<const std::string*, const RecordPtr*>> items_;
  std::vector<DistributionShare> distributions_;  // the distribute bodies being run, innermost last
  std::vector<const RecordPtr*> records_;  // every record iterated over, innermost last (they live in the data)
  std::map<const ast::Expr*, std::vector<int>> expression_parameters_;  // parameters each pay amount or reported value reads
  ModelFacts facts_;  // what is pure, year-free or stable; where records keep ids and keys
  // Definitions are pure within a year unless they read balances (which change rule by rule), so their
  // results are remembered per year, by argument values.
  std::vector<char> memoisable_;  // by definition: pure, and its results are asked for again often enough
  std::vector<std::pair<int, int>> memo_use_;  // by definition: lookups and hits so far
  std::vector<std::unordered_map<std::vector<Value>, Value, ArgumentsHash, ArgumentsEqual>> memo_;  // by definition, this year
  std::deque<Frame> frames_;  // reused for calls, by depth: no allocation per call
  std::size_t depth_ = 0;
  // The items of a long list that pass a filter reading nothing but the item and values fixed within the
  // year: found once per year (the list is kept alive with them, so its address is not reused).
  struct Matches {
    ListPtr list;
    std::vector<std::uint32_t> indices;
  };
  std::map<std::pair<int, const ListValue*>, Matches> matches_;            // this year
  std::map<std::pair<int, const ListValue*>, Matches> matches_all_years_;  // filters that do not read the year
  int overrides_in_progress_ = 0;  // inside a scenario's expression a parameter may mean its declared value: remember nothing

  template <typename Body>
  void each_matching(const ListPtr& list, const ast::Expr* filter, int slot, Frame& frame, Body body);
  Value aggregate(const ast::Expr& expr, const ast::Comprehension& node, Frame& frame, bool is_sum);

  Value eval(const ast::Expr& expr, Frame& frame);
  Value eval_node(const ast::Expr& expr, Frame& frame);
  Value eval_name(const ast::Expr& expr, Frame& frame);
  Value eval_call(const ast::Expr& expr, const ast::Call& call, Frame& frame);
  Value eval_field(const ast::Expr& expr, const ast::Field& field, Frame& frame);
  const Value* in_place(const ast::Expr& expr, const Frame& frame) const;
  // Evaluates an expression whose type the checker knows to be T (or T?): an absent value is an error
  // at that expression, not a crash.
  template <typename T>
  T eval_as(const ast::Expr& expr, Frame& frame) {
    Value value = eval(expr, frame);
    if (auto* known = std::get_if<T>(&value)) return *known;
    throw EvalFailure(fmt::format("'{}' has no value here (an optional field that is absent); test it with 'exists' first",
                                  source_.slice(expr.range)),
                      expr.range);
  }
  bool eval_bool(const ast::Expr& expr, Frame& frame) { return eval_as<bool>(expr, frame); }
  // A condition that decides a branch: recorded for coverage.
  bool decide(const ast::Expr& condition, Frame& frame) {
    bool value = eval_bool(condition, frame);
    if (coverage_) coverage_->record(condition.id, value);
    return value;
  }
  void enter_year(int year);
  void exec(const ast::Block& block, Frame& frame);
  void exec(const ast::Stmt& stmt, Frame& frame);
  // Runs one statement of each kind (exec dispatches to these).
  void run(const ast::Stmt& stmt, const ast::ForEach& loop, Frame& frame);
  void run(const ast::Stmt& stmt, const ast::If& branch, Frame& frame);
  void run(const ast::Stmt& stmt, const ast::Let& let, Frame& frame);
  void run(const ast::Stmt& stmt, const ast::Require& require, Frame& frame);
  void run(const ast::Stmt& stmt, const ast::Pay& p, Frame& frame) { pay(stmt, p, frame); }
  void run(const ast::Stmt&, const ast::Distribute& d, Frame& frame) { distribute(d, frame); }
  void run(const ast::Stmt& stmt, const ast::Note& n, Frame& frame) { note(stmt, n, frame); }
  void run(const ast::Stmt& stmt, const ast::Report& r, Frame& frame) { report(stmt, r, frame); }
  void pay(const ast::Stmt& stmt, const ast::Pay& pay, Frame& frame);
  void distribute(const ast::Distribute& d, Frame& frame);
  void distribute_two_keys(const ast::Distribute& d, std::shared_ptr<DistributionTrace> trace, Frame& frame);
  AxisItems axis_items(const ast::Expr& list, const ast::Expr* filter, const ast::Expr& weight, const ast::Expr* cap, int slot,
                       Frame& frame);
  AxisTrace axis_trace(const AxisItems& axis, const ast::Expr& list, const ast::Expr& key, const ast::Expr* cap, std::int64_t amount,
                       const Allocation& allocation, std::vector<AllocationRound> rounds, ast::ExcessMode excess) const;
  std::pair<std::string, std::string> recipient_name(const Value& item, const Type& type) const;
  void remainder(const ast::Distribute& d, std::int64_t cents, Frame& frame);
  void note(const ast::Stmt& stmt, const ast::Note& note, Frame& frame);
  void report(const ast::Stmt& stmt, const ast::Report& report, Frame& frame);
  // The subject of a report statement: its kind, its text and (for a record) the record.
  std::tuple<ReportSubjectKind, std::string, RecordPtr> report_subject(const ast::Report& report, Frame& frame);
  Value parameter_value(int index);
  Value comprehension(const ast::Expr& expr, const ast::Comprehension& node, Frame& frame);
  std::int64_t cents(const Rational& amount, const ast::Expr& where) const;
  std::optional<std::pair<const std::string*, const RecordPtr*>> item_id(const Value& item) const;
  // Runs `body` with `item` as the record being iterated over (if it is one), for messages and provenance.
  template <typename Body>
  void with_item(const Value& item, Body body);
  const std::string* id_in(const RecordValue& record) const;
  std::string describe_item(const Value& item, const Type& type) const;
  EvalFailure too_large_to_post(const PendingPosting& posting) const;
  void explain_false(const ast::Expr& condition, Frame& frame, std::vector<std::string>& found);
  // The id of a record known to have one.
  const std::string& id_of(const RecordPtr& record) const { return std::get<std::string>(record->fields[facts_.id_field(record->decl)]); }
  std::vector<ParameterUse> parameter_uses(const ast::Expr& expr);
  // The same, shared by every call for `expr` within one year (null when it reads no parameter).
  std::shared_ptr<const std::vector<ParameterUse>> shared_parameter_uses(const ast::Expr& expr);
  // The value `value` of report statement `stmt` as reported: one for every report of `stmt` with the
  // same value where the values are few (yes/no, parties, enum variants, absent).
  std::shared_ptr<const ReportValue> shared_report_value(const ast::Stmt& stmt, const ast::Report& report, const Value& value);
  // What the reports of `stmt` (a report statement of the rule being run) share.
  const std::shared_ptr<const ReportStatement>& report_statement(const ast::Stmt& stmt, const ast::Report& report);
};

Value literal_value(const ast::Literal& literal) {
  switch (literal.kind) {
    case ast::LiteralKind::Date: return literal.date;
    case ast::LiteralKind::Duration: return literal.duration;
    case ast::LiteralKind::Text: return literal.text;
    case ast::LiteralKind::Bool: return literal.boolean;
    default: return literal.number;
  }
}

Value Interpreter::eval(const ast::Expr& expr, Frame& frame) {
  try {
    return eval_node(expr, frame);
  } catch (EvalFailure& failure) {
    if (!failure.range) failure.range = expr.range;
    throw;
  } catch (const ArithmeticOverflow&) {
    throw EvalFailure("a number grew too large to compute exactly (more than 38 digits)", expr.range);
  } catch (const DivisionByZero&) {
    throw EvalFailure("division by zero", expr.range);
  }
}

Value Interpreter::eval_name(const ast::Expr& expr, Frame& frame) {
  const Resolution& r = model_.resolutions[expr.id];
  switch (r.kind) {
    case Resolution::Kind::Local: return frame[r.index];
    case Resolution::Kind::Parameter: return parameter_value(r.index);
    case Resolution::Kind::Definition: {
      if (constants_[r.index]) return *constants_[r.index];
      const DefinitionInfo& definition = model_.definitions[r.index];
      Frame locals(definition.frame_size);
      Value value = eval(*definition.decl->body, locals);
      if (memoisable_[r.index] && overrides_in_progress_ == 0) constants_[r.index] = value;
      return value;
    }
    case Resolution::Kind::Input: return data_.inputs.at(r.index);
    case Resolution::Kind::Account: return AccountRef{r.index};
    case Resolution::Kind::EnumVariant: return EnumValue{r.index, r.variant};
    case Resolution::Kind::RoundingMode: return static_cast<RoundingMode>(r.variant);
    case Resolution::Kind::Year: return Rational(year_);
    case Resolution::Kind::Members: {  // the members of the region in the year being settled
      auto members = std::make_shared<ListValue>();
      for (int i = 0; i < model_.tables.member_count; ++i) {
        if (model_.tables.accounts[i].member_in(year_)) members->items.push_back(AccountRef{i});
      }
      return ListPtr(std::move(members));
    }
    default: throw std::logic_error("unresolved name after checking");
  }
}

// The value of a parameter in the year being settled: of its dated values (the declared ones, with
// any overrides merged in), the last that applies. Inside its own override (`fee = fee * 2` in a
// scenario) the parameter means its declared value.
Value Interpreter::parameter_value(int index) {
  bool declared_only = overriding_[index];
  if (parameters_[index] && !declared_only) return *parameters_[index];
  const ast::ParameterDecl& decl = *model_.parameters[index].decl;
  // from-year (0 = from the start) -> the value, the frame size its expression needs, where it comes from
  struct Entry {
    std::variant<Value, const ast::Expr*> value;
    int frame_size;
    std::string source;
  };
  std::map<int, Entry> series;
  auto override_ = declared_only ? overrides_.parameters.end() : overrides_.parameters.find(index);
  if (override_ == overrides_.parameters.end() || !override_->second.replaces_series) {
    for (const ast::DatedValue& dated : decl.values) {
      series[dated.from_year.value_or(0)] = {dated.value.get(), model_.parameters[index].frame_size,
                                             "declared at " + source_.location(dated.range)};
    }
  }
  if (override_ != overrides_.parameters.end()) {
    for (const OverrideValue& value : override_->second.values) {
      series[value.from_year.value_or(0)] = {value.value, value.frame_size, value.origin};
    }
  }
  auto applies = series.upper_bound(year_);
  if (applies == series.begin()) {
    throw EvalFailure(fmt::format("parameter '{}' has no value for {}: its first value applies from {}", decl.name.name,
                                  year_, series.begin()->first));
  }
  --applies;
  const Entry& entry = applies->second;
  Value value;
  if (auto* known = std::get_if<Value>(&entry.value)) {
    value = *known;
  } else {
    Frame locals(entry.frame_size);
    bool is_override = override_ != overrides_.parameters.end();
    overriding_[index] = is_override;
    overrides_in_progress_ += is_override ? 1 : 0;
    value = eval(*std::get<const ast::Expr*>(entry.value), locals);
    overrides_in_progress_ -= is_override ? 1 : 0;
    overriding_[index] = declared_only;
  }
  if (declared_only) return value;  // the declared value, asked for by the override: not memoised
  parameter_sources_[index] = entry.source + (applies->first ? " (from " + std::to_string(applies->first) + ")" : "");
  parameters_[index] = value;
  return value;
}

Value Interpreter::comprehension(const ast::Expr& expr, const ast::Comprehension& node, Frame& frame) {
  Value list = eval(*node.list, frame);
  auto result = std::make_shared<ListValue>();
  if (std::holds_alternative<Absent>(list)) return ListPtr(std::move(result));
  int slot = model_.resolutions[expr.id].index;
  each_matching(std::get<ListPtr>(list), node.filter.get(), slot, frame,
                [&](const Value&) { result->items.push_back(eval(*node.element, frame)); });
  return ListPtr(std::move(result));
}

Value Interpreter::eval_call(const ast::Expr& expr, const ast::Call& call, Frame& frame) {
  const Resolution& r = model_.resolutions[expr.id];
  if (r.kind == Resolution::Kind::Builtin && (r.index == facts_.sum_builtin() || r.index == facts_.count_builtin())) {
    if (auto* comprehension = std::get_if<ast::Comprehension>(&call.arguments.front()->node)) {
      return aggregate(*call.arguments.front(), *comprehension, frame, r.index == facts_.sum_builtin());
    }
  }
  // Arguments go into a frame of this call's depth, reused from call to call; calls made while
  // evaluating them use deeper frames.
  std::size_t my_depth = depth_++;
  struct Leave {
    std::size_t& depth;
    ~Leave() { --depth; }
  } leave{depth_};
  if (frames_.size() <= my_depth) frames_.emplace_back();
  Frame& locals = frames_[my_depth];
  locals.clear();
  for (const auto& argument : call.arguments) locals.push_back(eval(*argument, frame));
  std::span<const Value> arguments(locals.data(), call.arguments.size());
  if (r.kind == Resolution::Kind::Builtin) {
    for (const Value& argument : arguments) {
      if (std::holds_alternative<Absent>(argument)) throw EvalFailure("an argument is absent (an optional field without a value)");
    }
    return builtins().at(r.index).call(locals, context_);
  }
  const DefinitionInfo& definition = model_.definitions[r.index];
  bool remember = memoisable_[r.index] && overrides_in_progress_ == 0 &&
                  std::none_of(arguments.begin(), arguments.end(), [](const Value& v) { return std::holds_alternative<ListPtr>(v); });
  if (remember) {
    auto& [lookups, hits] = memo_use_[r.index];
    auto known = memo_[r.index].find(arguments);
    ++lookups;
    if (known != memo_[r.index].end()) {
      ++hits;
      return known->second;
    }
    if (lookups >= 256 && hits * 4 < lookups) {  // mostly new arguments: remembering costs more than it saves
      memoisable_[r.index] = false;
      memo_[r.index].clear();
      remember = false;
    }
  }
  locals.resize(std::max<std::size_t>(definition.frame_size, call.arguments.size()));
  Value value = eval(*definition.decl->body, locals);  // parameters are never reassigned: locals[0..n) stay the arguments
  if (remember) memo_[r.index].emplace(std::vector<Value>(locals.begin(), locals.begin() + static_cast<std::ptrdiff_t>(call.arguments.size())), value);
  return value;
}

// sum(...) or count(...) of a comprehension, item by item, without building the list.
Value Interpreter::aggregate(const ast::Expr& expr, const ast::Comprehension& node, Frame& frame, bool is_sum) {
  Value list = eval(*node.list, frame);
  Rational total;
  if (std::holds_alternative<Absent>(list)) return total;
  int slot = model_.resolutions[expr.id].index;
  each_matching(std::get<ListPtr>(list), node.filter.get(), slot, frame,
                [&](const Value&) { total += is_sum ? eval_as<Rational>(*node.element, frame) : Rational(1); });
  return total;
}

// Runs `body` for each item of `list` that passes `filter`, with the item in `slot`. The matches of a
// stable filter over a long list are found once per year.
template <typename Body>
void Interpreter::each_matching(const ListPtr& list, const ast::Expr* filter, int slot, Frame& frame, Body body) {
  constexpr std::size_t long_list = 32;
  if (filter && list->items.size() >= long_list && overrides_in_progress_ == 0 && facts_.stable(*filter, slot)) {
    auto& cache = facts_.year_free(*filter) ? matches_all_years_ : matches_;
    auto [it, added] = cache.try_emplace({filter->id, list.get()});
    Matches& matches = it->second;  // stays valid while other entries are added
    if (added) {
      matches.list = list;
      for (std::size_t i = 0; i < list->items.size(); ++i) {
        frame[slot] = list->items[i];
        if (decide(*filter, frame)) matches.indices.push_back(static_cast<std::uint32_t>(i));
      }
    }
    for (std::uint32_t i : matches.indices) {
      check_time_limit();
      frame[slot] = list->items[i];
      body(list->items[i]);
    }
    return;
  }
  for (const Value& item : list->items) {
    check_time_limit();
    frame[slot] = item;
    if (filter && !decide(*filter, frame)) continue;
    body(item);
  }
}

// Where the value of a local variable, or of a field of a record reached from one, already is: no copy
// is needed to read it. Null for any other expression.
const Value* Interpreter::in_place(const ast::Expr& expr, const Frame& frame) const {
  if (std::holds_alternative<ast::Name>(expr.node)) {
    const Resolution& r = model_.resolutions[expr.id];
    return r.kind == Resolution::Kind::Local ? &frame[r.index] : nullptr;
  }
  if (const auto* field = std::get_if<ast::Field>(&expr.node)) {
    const Value* object = in_place(*field->object, frame);
    const auto* record = object ? std::get_if<RecordPtr>(object) : nullptr;
    if (record) return &(*record)->fields.at(model_.field_indices[expr.id]);
  }
  return nullptr;
}

Value Interpreter::eval_field(const ast::Expr& expr, const ast::Field& field, Frame& frame) {
  if (const Value* known = in_place(expr, frame)) return *known;
  Value object = eval(*field.object, frame);
  if (std::holds_alternative<Absent>(object)) {
    throw EvalFailure(fmt::format("'{}' is absent here, so it has no '{}'; test it with 'exists' first",
                                  source_.slice(field.object->range), field.field),
                      field.object->range);
  }
  if (auto* record = std::get_if<RecordPtr>(&object)) return (*record)->fields.at(model_.field_indices[expr.id]);
  if (auto* period = std::get_if<Period>(&object)) {
    if (field.field == "start") return period->start;
    return period->end ? Value(*period->end) : Value(Absent{});
  }
  const Date& date = std::get<Date>(object);
  return Rational(field.field == "year" ? date.year() : field.field == "month" ? date.month() : date.day());
}

Value Interpreter::eval_node(const ast::Expr& expr, Frame& frame) {
  return std::visit(
      [&](const auto& node) -> Value {
        using T = std::decay_t<decltype(node)>;
        if constexpr (std::is_same_v<T, ast::Literal>) {
          return literal_value(node);
        } else if constexpr (std::is_same_v<T, ast::Name>) {
          return eval_name(expr, frame);
        } else if constexpr (std::is_same_v<T, ast::Field>) {
          return eval_field(expr, node, frame);
        } else if constexpr (std::is_same_v<T, ast::Call>) {
          return eval_call(expr, node, frame);
        } else if constexpr (std::is_same_v<T, ast::Unary>) {
          if (node.op == ast::UnaryOp::Not) return !eval_bool(*node.operand, frame);
          return negate(eval(*node.operand, frame));
        } else if constexpr (std::is_same_v<T, ast::Binary>) {
          if (node.op == ast::BinaryOp::And) return eval_bool(*node.left, frame) && eval_bool(*node.right, frame);
          if (node.op == ast::BinaryOp::Or) return eval_bool(*node.left, frame) || eval_bool(*node.right, frame);
          Value left = eval(*node.left, frame);
          Value right = eval(*node.right, frame);
          return apply_binary(node.op, left, right, node.day_overflow);
        } else if constexpr (std::is_same_v<T, ast::Conditional>) {
          return decide(*node.condition, frame) ? eval(*node.then_branch, frame) : eval(*node.else_branch, frame);
        } else if constexpr (std::is_same_v<T, ast::Comprehension>) {
          return comprehension(expr, node, frame);
        } else {  // Exists
          return !std::holds_alternative<Absent>(eval(*node.operand, frame));
        }
      },
      expr.node);
}

// The pseudonymous id of a record being iterated over (its text field `id`) and where the record was
// read, if it has an id.
std::optional<std::pair<const std::string*, const RecordPtr*>> Interpreter::item_id(const Value& item) const {
  auto* record = std::get_if<RecordPtr>(&item);
  if (!record) return std::nullopt;
  int index = facts_.id_field((*record)->decl);
  if (index < 0) return std::nullopt;
  if (auto* text = std::get_if<std::string>(&(*record)->fields[index])) return std::pair{text, record};
  return std::nullopt;
}

// The id of a record (its text field `id`), or null when it has none.
const std::string* Interpreter::id_in(const RecordValue& record) const {
  int index = facts_.id_field(record.decl);
  return index < 0 ? nullptr : std::get_if<std::string>(&record.fields[index]);
}

template <typename Body>
void Interpreter::with_item(const Value& item, Body body) {
  auto* record = std::get_if<RecordPtr>(&item);
  auto id = item_id(item);
  if (record) records_.push_back(record);
  if (id) items_.push_back(*id);
  body();
  if (id) items_.pop_back();
  if (record) records_.pop_back();
}

// An item for a message: a record by its id and where it was read, anything else by its value.
std::string Interpreter::describe_item(const Value& item, const Type& type) const {
  auto* record = std::get_if<RecordPtr>(&item);
  if (!record) return describe_value(item, type, model_.tables);
  const std::string* id = id_in(**record);
  return id ? *id + " (" + (*record)->origin + ")" : "at " + (*record)->origin;
}

// The most a posting can hold: its cents are a 64-bit integer.
const Rational largest_posting = Rational::from_cents(std::numeric_limits<std::int64_t>::max());

// A payment beyond what a posting can hold, as a failure naming the payment, the limit and the record
// at which its total went beyond it.
EvalFailure Interpreter::too_large_to_post(const PendingPosting& posting) const {
  const auto& accounts = model_.tables.accounts;
  std::string where = posting.beyond_limit_at && !posting.beyond_limit_at->empty()
                          ? "; its total went beyond that with " + *posting.beyond_limit_at
                          : "";
  return EvalFailure(fmt::format("this payment from {} to {} is {}: more than a posting can hold (at most {}){}",
                                 accounts.at(posting.from).id, accounts.at(posting.to).id, describe_money(posting.amount),
                                 describe_money(largest_posting), where),
                     posting.statement->range);
}

// After a failed condition: "<expression> is <value>" for each side of the comparisons that made it
// false (through 'and' and 'or'), literals left out.
void Interpreter::explain_false(const ast::Expr& condition, Frame& frame, std::vector<std::string>& found) {
  const auto* binary = std::get_if<ast::Binary>(&condition.node);
  if (!binary || binary->op < ast::BinaryOp::Equal) return;
  if (binary->op == ast::BinaryOp::And || binary->op == ast::BinaryOp::Or) {
    bool left = eval_bool(*binary->left, frame);  // false for 'or'; for 'and' the right side is false only after a true left
    if (!left) explain_false(*binary->left, frame, found);
    if (left || binary->op == ast::BinaryOp::Or) explain_false(*binary->right, frame, found);
    return;
  }
  for (const ast::Expr* side : {binary->left.get(), binary->right.get()}) {
    if (std::holds_alternative<ast::Literal>(side->node)) continue;
    std::string text;  // the expression as written, on one line
    for (char c : source_.slice(side->range)) {
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      if (!space) text += c;
      else if (!text.empty() && text.back() != ' ') text += ' ';
    }
    found.push_back(fmt::format("{} is {}", text, describe_value(eval(*side, frame), model_.expr_types[side->id], model_.tables)));
  }
}

// The parameters an expression (a pay statement's amount, a reported value) reads, with their values
// this year and where they came from.
std::vector<ParameterUse> Interpreter::parameter_uses(const ast::Expr& expr) {
  auto known = expression_parameters_.find(&expr);
  if (known == expression_parameters_.end()) {
    known = expression_parameters_.emplace(&expr, parameters_used(model_, expr)).first;
  }
  std::vector<ParameterUse> uses;
  for (int index : known->second) {
    Value value = parameter_value(index);
    const ParameterInfo& parameter = model_.parameters[index];
    uses.push_back({parameter.name, describe_value(value, parameter.type, model_.tables), parameter_sources_[index]});
  }
  return uses;
}

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

// Whole cents of a cap, rounded down: a cap is never exceeded.
std::int64_t cents_down(const Rational& amount, const ast::Expr& where) {
  try {
    return amount.to_cents(RoundingMode::Down);
  } catch (const ArithmeticOverflow&) {
    throw EvalFailure("this amount is too large to express in cents", where.range);
  }
}

// Whole cents of an amount, rounded with the model's mode.
std::int64_t Interpreter::cents(const Rational& amount, const ast::Expr& where) const {
  try {
    return amount.to_cents(model_.rounding);
  } catch (const ArithmeticOverflow&) {
    throw EvalFailure("this amount is too large to express in cents", where.range);
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
      throw EvalFailure(fmt::format("the key is negative ({}) for the recipient {}", axis.weights.back().to_string(),
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
    throw EvalFailure(fmt::format("{} of the amount could not be placed (every recipient reached its cap, or has a key of "
                                  "zero); add 'remainder <name> {{ ... }}' to say where it goes",
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
  if (amount < 0 && d.cap) throw EvalFailure("a negative amount cannot be distributed with caps", d.amount->range);
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
  if (amount < 0 && (d.cap || c.cap)) throw EvalFailure("a negative amount cannot be distributed with caps", d.amount->range);
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

std::tuple<ReportSubjectKind, std::string, RecordPtr> Interpreter::report_subject(const ast::Report& r, Frame& frame) {
  if (!r.subject) return {ReportSubjectKind::Rule, "", nullptr};
  if (model_.expr_types[r.subject->id].unwrapped().is(TypeKind::Record)) {
    RecordPtr record = eval_as<RecordPtr>(*r.subject, frame);
    std::string key;
    for (int field : facts_.key_fields(record->decl)) key += (key.empty() ? "" : ", ") + key_text(record->fields.at(field), model_.tables);
    return {ReportSubjectKind::Record, key, record};
  }
  int account = eval_as<AccountRef>(*r.subject, frame).index;
  return {account < model_.tables.member_count ? ReportSubjectKind::Member : ReportSubjectKind::Account,
          model_.tables.accounts.at(account).id, nullptr};
}

void Interpreter::reported(const Report& report) {
  if (reported_year_ != report.year) {
    reported_.clear();
    reported_year_ = report.year;
  }
  reported_.try_emplace({report.name(), report.subject_kind, report.subject}, report.made_by.get());
}

const std::shared_ptr<const ReportStatement>& Interpreter::report_statement(const ast::Stmt& stmt, const ast::Report& r) {
  auto [known, added] = report_statements_.try_emplace(&stmt);
  if (added) {
    const ast::RuleDecl& rule = *current_rule_->decl;
    known->second = std::make_shared<const ReportStatement>(
        ReportStatement{rule.id.name, rule.title, r.name, source_.location(stmt.range), stmt.range, r.value->range});
  }
  return known->second;
}

std::shared_ptr<const ReportValue> Interpreter::shared_report_value(const ast::Stmt& stmt, const ast::Report& r, const Value& value) {
  auto made = [&] {
    try {
      return std::make_shared<const ReportValue>(report_value(value, model_.report_types.at(r.name), model_.tables, model_.rounding));
    } catch (const ArithmeticOverflow&) {
      throw EvalFailure("this amount is too large to express in cents", r.value->range);
    }
  };
  std::optional<std::int64_t> code;  // the value among few: a key for sharing
  if (std::holds_alternative<Absent>(value)) code = -1;
  if (auto* yes = std::get_if<bool>(&value)) code = *yes ? 1 : 0;
  if (auto* party = std::get_if<AccountRef>(&value)) code = party->index;
  if (auto* variant = std::get_if<EnumValue>(&value)) code = variant->variant;
  if (!code) return made();
  auto& known = report_values_[{&stmt, *code}];
  if (!known) known = made();
  return known;
}

std::shared_ptr<const std::vector<ParameterUse>> Interpreter::shared_parameter_uses(const ast::Expr& expr) {
  auto& [year, uses] = year_parameter_uses_[&expr];
  if (year != year_ || !uses) {
    std::vector<ParameterUse> found = parameter_uses(expr);
    uses = found.empty() ? nullptr : std::make_shared<const std::vector<ParameterUse>>(std::move(found));
    year = year_;
  }
  return uses;
}

// One report: its value (money in whole cents) and subject; a second report of the name for the same
// subject in the same year is an error naming both statements.
void Interpreter::report(const ast::Stmt& stmt, const ast::Report& r, Frame& frame) {
  Report made;
  made.year = year_;
  made.made_by = report_statement(stmt, r);
  std::tie(made.subject_kind, made.subject, made.subject_record) = report_subject(r, frame);
  made.shared_value = shared_report_value(stmt, r, eval(*r.value, frame));
  made.parameter_uses = shared_parameter_uses(*r.value);
  if (reported_year_ != year_) {
    reported_.clear();
    reported_year_ = year_;
  }
  auto [first, added] = reported_.try_emplace({r.name, made.subject_kind, made.subject}, made.made_by.get());
  if (!added) {
    std::string subject = made.subject_kind == ReportSubjectKind::Rule ? "" : fmt::format(" for {}", made.subject);
    throw EvalFailure(fmt::format("'{}'{} is reported twice in {}: by this statement (rule {}) and by rule {} at {}; report a name "
                                  "once per subject and year (give the two figures different names, or report one of them "
                                  "for another subject)",
                                  r.name, subject, year_, made.rule_id(), first->second->rule_id, first->second->location),
                      stmt.range);
  }
  pending_reports_.push_back(std::move(made));
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
    throw EvalFailure("the total of this payment grew too large to compute exactly", stmt.range);
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

// Sets the year being settled; parameters may have dated values, so memoised values hold for one year.
void Interpreter::enter_year(int year) {
  year_ = year;
  if (memo_year_ != year) {
    std::fill(parameters_.begin(), parameters_.end(), std::nullopt);
    for (std::size_t d = 0; d < memo_.size(); ++d) {
      if (facts_.year_free_definition(static_cast<int>(d))) continue;
      constants_[d].reset();
      memo_[d].clear();
    }
    matches_.clear();
    memo_year_ = year;
  }
}

Value Interpreter::call_definition(int definition, int year, std::vector<Value> arguments) {
  enter_year(year);
  const DefinitionInfo& info = model_.definitions.at(definition);
  Frame locals(std::max<std::size_t>(info.frame_size, arguments.size()));
  std::move(arguments.begin(), arguments.end(), locals.begin());
  return eval(*info.decl->body, locals);
}

void Interpreter::run_rule(const RuleInfo& rule, int year, Ledger& ledger) {
  const ast::RuleDecl& decl = *rule.decl;
  check_time_limit();
  enter_year(year);
  pending_.clear();
  pending_notes_.clear();
  distributions_.clear();
  pending_reports_.clear();
  current_rule_ = &rule;
  Frame frame(rule.frame_size);
  if (decl.when && !decide(*decl.when, frame)) return;
  if (coverage_) coverage_->record_rule(static_cast<int>(&rule - model_.rules.data()));
  due_.reset();
  if (decl.due) due_ = eval_as<Date>(*decl.due, frame);
  exec(decl.body, frame);
  // A note is a reported figure: it is kept when it is €0.00 too (a payment of €0.00 is not posted).
  for (const PendingNote& n : pending_notes_) {
    std::int64_t amount = n.amount.to_cents(model_.rounding);
    ledger.notes.push_back({year, decl.id.name, decl.title, std::get<ast::Note>(n.statement->node).label, n.account,
                            amount, source_.location(n.statement->range)});
  }
  // A report is kept whatever its value (€0.00, false and 0 too), in the order the statements ran.
  ledger.reports.add(std::make_shared<const std::vector<Report>>(std::move(pending_reports_)));
  int number = 0;
  std::size_t first_new = ledger.postings.size();
  for (PendingPosting& p : pending_) {
    std::int64_t cents = 0;
    try {
      cents = p.amount.to_cents(model_.rounding);
    } catch (const ArithmeticOverflow&) {
      throw too_large_to_post(p);
    }
    if (cents == 0) continue;  // moves no money: not in the ledger (docs/language.md, "Payments and notes of €0.00")
    Posting posting;
    posting.id = fmt::format("{}/{}/{}", year, decl.id.name, ++number);
    posting.year = year;
    posting.rule_id = decl.id.name;
    posting.title = decl.title;
    posting.from = p.from;
    posting.to = p.to;
    posting.cents = cents;
    posting.due = p.due;
    Provenance& provenance = posting.provenance;
    provenance.location = source_.location(p.statement->range);
    provenance.statement = p.statement->range;
    provenance.amount = std::get<ast::Pay>(p.statement->node).amount->range;
    provenance.contributions = p.contributions;
    // The ids, sorted and each once (the first record with an id stands for it).
    std::stable_sort(p.items.begin(), p.items.end(), [&](const RecordPtr& a, const RecordPtr& b) { return id_of(a) < id_of(b); });
    if (!p.items.empty() || !p.each.empty()) {
      auto items = std::make_shared<ItemList>();
      for (const RecordPtr& record : p.items) {
        if (!items->ids.empty() && items->ids.back() == id_of(record)) continue;
        items->ids.push_back(id_of(record));
        items->records.push_back(record);
      }
      items->each.reserve(p.each.size());
      for (auto& [record, id, amount] : p.each) {
        auto found = id ? std::lower_bound(items->ids.begin(), items->ids.end(), *id) : items->ids.end();
        int item = found != items->ids.end() && *found == *id ? static_cast<int>(found - items->ids.begin()) : -1;
        items->each.push_back({std::move(record), item, amount});
      }
      provenance.items = std::move(items);
    }
    for (const auto& [amount, count] : p.groups) provenance.groups.push_back({amount, count});
    std::sort(provenance.groups.begin(), provenance.groups.end(), [](const ContributionGroup& a, const ContributionGroup& b) {
      return a.count != b.count ? a.count > b.count : a.amount < b.amount;  // most frequent first, then by amount
    });
    provenance.exact_total = p.amount;
    if (auto* pay = std::get_if<ast::Pay>(&p.statement->node)) provenance.parameters = parameter_uses(*pay->amount);
    provenance.distributions = std::move(p.distributions);
    ledger.postings.push_back(std::move(posting));
  }
  for (std::size_t i = first_new; i < ledger.postings.size(); ++i) {
    balances_[ledger.postings[i].from] -= ledger.postings[i].cents;
    balances_[ledger.postings[i].to] += ledger.postings[i].cents;
  }
}

std::vector<std::int64_t> Interpreter::open_accounts(int first_year) {
  enter_year(first_year);
  std::vector<std::int64_t> opening(model_.tables.accounts.size(), 0);
  for (const OpeningInfo& info : model_.openings) {
    Frame frame(info.frame_size);
    opening[info.account] = cents(eval_as<Rational>(*info.value, frame), *info.value);
  }
  balances_ = opening;
  return opening;
}

// Whether the model reads balances that carry over from year to year (balance()): then every year from
// the first must be evaluated, whichever years are asked for.
bool carries_balances(const CheckedModel& model) {
  for (const Resolution& r : model.resolutions) {
    if (r.kind == Resolution::Kind::Builtin && builtins().at(r.index).signature.name == "balance") return true;
  }
  return false;
}

// The postings and notes of each (year, rule index) in a ledger, as ranges: a ledger keeps them together.
struct LedgerIndex {
  std::map<std::pair<int, std::string>, std::pair<std::size_t, std::size_t>> postings, notes;  // -> [first, last)
  std::map<std::pair<int, std::string>, ReportList::Group> reports;

  explicit LedgerIndex(const Ledger& ledger) {
    for (std::size_t i = 0; i < ledger.postings.size(); ++i) {
      auto [it, added] = postings.try_emplace({ledger.postings[i].year, ledger.postings[i].rule_id}, i, i + 1);
      if (!added) it->second.second = i + 1;
    }
    for (std::size_t i = 0; i < ledger.notes.size(); ++i) {
      auto [it, added] = notes.try_emplace({ledger.notes[i].year, ledger.notes[i].rule_id}, i, i + 1);
      if (!added) it->second.second = i + 1;
    }
    for (const ReportList::Group& group : ledger.reports.groups()) reports.emplace(std::pair{group->front().year, group->front().rule_id()}, group);
  }
};

// The years a settlement of `years` evaluates: every year from the model's first (or the first asked,
// if earlier) up to the last asked, so that closing balances (and balance()) count the earlier years.
// With AskedYearsOnly (and no balance() to carry over) just `years`.
std::vector<int> years_evaluated(const CheckedModel& model, const std::vector<int>& years, ClosingBalances closing) {
  std::vector<int> evaluated;
  if (years.empty()) return evaluated;
  if (closing == ClosingBalances::AskedYearsOnly && !carries_balances(model)) return years;
  int first = model.rules.empty() ? years.front() : std::min(model.year_span().first, years.front());
  for (int year = first; year <= years.back(); ++year) evaluated.push_back(year);
  return evaluated;
}

// Moves the postings of `year` from `ledger.postings[first ..)` into `ledger.unshown_flows`, per rule.
void fold_unshown(Ledger& ledger, std::size_t first, int year) {
  for (std::size_t i = first; i < ledger.postings.size(); ++i) {
    const Posting& posting = ledger.postings[i];
    auto& flows = ledger.unshown_flows[{year, posting.rule_id}];
    flows.resize(ledger.accounts.size(), 0);
    flows[posting.from] -= posting.cents;
    flows[posting.to] += posting.cents;
  }
  ledger.postings.resize(first);
}

// The diagnostic for an evaluation that stopped in `rule` (or in the opening balances when null) in `year`.
Diagnostic failure_diagnostic(const Interpreter& interpreter, const RuleInfo* rule, int year, const EvalFailure& failure,
                              SourceRange fallback) {
  Diagnostic diagnostic{Severity::Error, failure.range.value_or(fallback), failure.what(), {}};
  std::string item = interpreter.failing_item();
  std::string what = rule ? fmt::format("while evaluating rule {} for {}", rule->decl->id.name, year)
                          : std::string("while evaluating the opening balances");
  diagnostic.notes.push_back({fallback, what + (item.empty() ? "" : ", for " + item)});
  return diagnostic;
}

// Settles `years`; with `previous`, the rules not marked in `rerun` are not evaluated but copied from it.
// Years before the first asked (or between them) are evaluated too, for closing balances, but only their
// flows are kept (Ledger::unshown_flows); they count for coverage only when balance() carries them over.
EvalResult settle(const CheckedModel& model, const SourceFile& source, const Dataset& data, const std::vector<int>& years,
                  const Overrides& overrides, Coverage* coverage, const Ledger* previous, const std::vector<bool>& rerun,
                  ClosingBalances closing) {
  EvalResult result;
  Ledger ledger;
  ledger.model_name = model.tables.model_name;
  ledger.computed_under = overrides.computed_under;
  ledger.accounts = model.tables.accounts;
  ledger.years = years;
  Interpreter interpreter(model, source, data, overrides, coverage);
  std::optional<LedgerIndex> index;
  std::set<std::string> rerun_reports;  // what the rules evaluated again report: a copied report of another name cannot clash
  if (previous) {
    index.emplace(*previous);
    for (std::size_t r = 0; r < model.rules.size(); ++r) {
      if (rerun[r]) for (std::string& name : report_names(model, *model.rules[r].decl)) rerun_reports.insert(std::move(name));
    }
  }
  std::vector<int> evaluated = years_evaluated(model, years, closing);
  bool carried = carries_balances(model);
  ledger.flows_from = evaluated.empty() ? 0 : evaluated.front();
  try {
    ledger.opening = interpreter.open_accounts(evaluated.empty() ? 0 : evaluated.front());
  } catch (const ArithmeticOverflow&) {
    result.diagnostics.push_back({Severity::Error, model.openings.front().value->range,
                                  "an opening balance grew too large to compute exactly", {}});
    return result;
  } catch (const EvalFailure& failure) {
    result.diagnostics.push_back(failure_diagnostic(interpreter, nullptr, 0, failure, model.openings.front().value->range));
    return result;
  }
  for (int year : evaluated) {
    bool shown = std::find(years.begin(), years.end(), year) != years.end();
    interpreter.record_coverage(shown || carried ? coverage : nullptr);
    std::size_t first_of_year = ledger.postings.size();
    for (std::size_t r = 0; r < model.rules.size(); ++r) {
      const RuleInfo& rule = model.rules[r];
      if (year < rule.decl->first_year || year > rule.decl->last_year) continue;
      if (previous && !rerun[r]) {  // unchanged by the what-if: the earlier result stands
        auto key = std::pair{year, rule.decl->id.name};
        if (!shown) {
          if (auto f = previous->unshown_flows.find(key); f != previous->unshown_flows.end()) ledger.unshown_flows[key] = f->second;
          continue;
        }
        if (auto p = index->postings.find(key); p != index->postings.end()) {
          ledger.postings.insert(ledger.postings.end(), previous->postings.begin() + p->second.first,
                                 previous->postings.begin() + p->second.second);
        }
        if (auto n = index->notes.find(key); n != index->notes.end()) {
          ledger.notes.insert(ledger.notes.end(), previous->notes.begin() + n->second.first, previous->notes.begin() + n->second.second);
        }
        if (auto n = index->reports.find(key); n != index->reports.end()) {
          for (const Report& report : *n->second) {
            if (rerun_reports.count(report.name())) interpreter.reported(report);
          }
          ledger.reports.add(n->second);
        }
        continue;
      }
      try {
        interpreter.run_rule(rule, year, ledger);
      } catch (const ArithmeticOverflow&) {
        result.diagnostics.push_back({Severity::Error, rule.decl->id.range,
                                      fmt::format("rule {} for {}: an amount grew too large to compute exactly", rule.decl->id.name, year), {}});
        return result;
      } catch (const EvalFailure& failure) {
        result.diagnostics.push_back(failure_diagnostic(interpreter, &rule, year, failure, rule.decl->id.range));
        return result;
      }
    }
    if (!shown) {  // evaluated only for the balances it carries over: its flows are kept, not its postings
      fold_unshown(ledger, first_of_year, year);
      std::erase_if(ledger.notes, [&](const Note& n) { return n.year == year; });
      ledger.reports.remove_year(year);
    }
  }
  result.ledger = std::move(ledger);
  return result;
}

}  // namespace

EvalResult evaluate(const CheckedModel& model, const SourceFile& source, const Dataset& data, const std::vector<int>& years,
                    const Overrides& overrides, Coverage* coverage, ClosingBalances closing) {
  if (!overrides.changes_data()) return settle(model, source, data, years, overrides, coverage, nullptr, {}, closing);
  ChangedData changed = apply_data_changes(model, source, data, overrides);
  if (!changed.data) return EvalResult{std::nullopt, std::move(changed.diagnostics)};
  EvalResult result = settle(model, source, *changed.data, years, overrides, coverage, nullptr, {}, closing);
  if (result.ledger) result.ledger->computed_under.data_changes = std::move(changed.descriptions);
  return result;
}

EvalResult reevaluate(const CheckedModel& model, const SourceFile& source, const Dataset& data, const Ledger& previous,
                      const Overrides& overrides) {
  bool complete = previous.years.empty() || previous.flows_from <= model.year_span().first;  // as `previous` was settled
  ClosingBalances closing = complete ? ClosingBalances::Complete : ClosingBalances::AskedYearsOnly;
  // Every rule may read the data a scenario changes: nothing can be reused.
  if (overrides.changes_data()) return evaluate(model, source, data, previous.years, overrides, nullptr, closing);
  std::vector<bool> rerun;
  for (const RuleInfo& rule : model.rules) {
    std::vector<int> reads = parameters_used(model, *rule.decl);
    rerun.push_back(std::any_of(reads.begin(), reads.end(), [&](int p) { return overrides.parameters.count(p) > 0; }));
  }
  bool whole = carries_balances(model);  // balances flow from rule to rule: nothing can be reused
  return settle(model, source, data, previous.years, overrides, nullptr, whole ? nullptr : &previous, rerun, closing);
}

}  // namespace rw

namespace rw {

std::variant<Value, Diagnostic> evaluate_definition(const CheckedModel& model, const SourceFile& source, const Dataset& data,
                                                    const Overrides& overrides, int definition, int year,
                                                    std::vector<Value> arguments) {
  std::optional<ChangedData> changed;
  if (overrides.changes_data()) {
    changed = apply_data_changes(model, source, data, overrides);
    if (!changed->data) return std::move(changed->diagnostics.front());
  }
  Interpreter interpreter(model, source, changed ? *changed->data : data, overrides, nullptr);
  const ast::DefineDecl& decl = *model.definitions.at(definition).decl;
  try {
    return interpreter.call_definition(definition, year, std::move(arguments));
  } catch (const ArithmeticOverflow&) {
    return Diagnostic{Severity::Error, decl.name.range, "a number grew too large to compute exactly", {}};
  } catch (const EvalFailure& failure) {
    return Diagnostic{Severity::Error, failure.range.value_or(decl.name.range), failure.what(), {}};
  }
}

}  // namespace rw

namespace rw {

struct ConditionEvaluator::Impl {
  Overrides overrides;
  Interpreter interpreter;
  Impl(const CheckedModel& model, const SourceFile& source, const Dataset& data, Overrides given)
      : overrides(std::move(given)), interpreter(model, source, data, overrides, nullptr) {}
};

ConditionEvaluator::ConditionEvaluator(const CheckedModel& model, const SourceFile& source, const Dataset& data)
    : impl_(std::make_unique<Impl>(model, source, data, Overrides{})) {}

ConditionEvaluator::ConditionEvaluator(const CheckedModel& model, const SourceFile& source, const Dataset& data,
                                       const Overrides& overrides)
    : impl_(std::make_unique<Impl>(model, source, data, overrides)) {}

std::variant<Value, Diagnostic> ConditionEvaluator::value_in(const ast::Expr& expr, std::vector<Value>& frame, int year) {
  try {
    return impl_->interpreter.value_in(expr, frame, year);
  } catch (const ArithmeticOverflow&) {
    return Diagnostic{Severity::Error, expr.range, "a number grew too large to compute exactly", {}};
  } catch (const EvalFailure& failure) {
    return Diagnostic{Severity::Error, failure.range.value_or(expr.range), failure.what(), {}};
  }
}

ConditionEvaluator::~ConditionEvaluator() = default;

std::variant<bool, std::string> ConditionEvaluator::holds(const ast::Expr& condition, std::vector<Value>& frame) {
  try {
    return impl_->interpreter.holds(condition, frame);
  } catch (const ArithmeticOverflow&) {
    return std::string("a number grew too large to compute exactly");
  } catch (const EvalFailure& failure) {
    return std::string(failure.what());
  }
}

}  // namespace rw

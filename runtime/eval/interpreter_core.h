#pragma once
// Inside the evaluator: the Interpreter that runs one model's rules on one dataset, year by year, and
// the state it keeps while it does. Its work is split by job: expressions.cpp (values), statements.cpp
// (what a rule body does), report_statements.cpp (reports), rule_run.cpp (one rule and year into the
// ledger, with provenance); settlement.cpp drives it over the years. runtime/eval/interpreter.h is the
// public face; nothing outside runtime/eval includes this header.
#include <cstdint>
#include <deque>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "messages/say.h"
#include "runtime/eval/distribution.h"
#include "stdlib/eval_error.h"
#include "runtime/eval/interpreter.h"
#include "runtime/eval/model_facts.h"
#include "runtime/eval/plan.h"
#include "runtime/eval/time_limit.h"
#include "runtime/eval/value_hash.h"
#include "stdlib/builtins.h"

namespace rw::detail {

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

// A report's name, subject kind and subject: what may be reported once per year.
using ReportKey = std::tuple<std::string, ReportSubjectKind, std::string>;
struct ReportKeyHash {
  std::size_t operator()(const ReportKey& key) const {
    std::hash<std::string> text;
    return text(std::get<0>(key)) * 31 + static_cast<std::size_t>(std::get<1>(key)) * 7 + text(std::get<2>(key));
  }
};

// The parameters a what-if changes, by index.
inline std::set<int> overridden(const Overrides& overrides) {
  std::set<int> indices;
  for (const auto& [index, override_] : overrides.parameters) indices.insert(index);
  return indices;
}

// Runs one model's rules on one dataset under one what-if, rule by rule and year by year, keeping what
// it remembers within a year (parameters, definitions, stable filters) and what the rule being run
// builds up (postings, notes, reports) until run_rule puts it in the ledger.
class Interpreter {
 public:
  Interpreter(const CheckedModel& model, const SourceFile& source, const Dataset& data, const Overrides& overrides,
              Coverage* coverage)
      : model_(model), source_(source), data_(data), overrides_(overrides), coverage_(coverage), parameters_(model.parameters.size()),
        parameter_sources_(model.parameters.size()), overriding_(model.parameters.size()), constants_(model.definitions.size()),
        balances_(model.tables.accounts.size(), 0), context_{model.rounding, &balances_}, facts_(model, overridden(overrides)), plan_(model, facts_),
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
    return records_.empty() ? "" : say("the record at {}", (*records_.back())->origin);
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
  std::unordered_map<ReportKey, const ReportStatement*, ReportKeyHash> reported_;
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
  ExpressionPlan plan_;  // each expression's step, lowered on first use with the facts above
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

  // Whether what is remembered may be used and added to: not inside a scenario's expression, where a
  // parameter may mean its declared value. Every cache of the interpreter asks this.
  bool caching() const { return overrides_in_progress_ == 0; }

  Value eval(const ast::Expr& expr, Frame& frame);
  Value eval_node(const ast::Expr& expr, Frame& frame);
  Value definition_value(int index);
  Value members_now() const;
  Value eval_call(const ast::Call& call, const PlanNode& node, Frame& frame);
  Value eval_field(const ast::Expr& expr, const ast::Field& field, Frame& frame);
  const Value* path_in_place(const PlanNode& node, const Frame& frame) const;
  const Value& operand(const ast::Expr& expr, Frame& frame, Value& scratch);
  // Evaluates an expression whose type the checker knows to be T (or T?): an absent value is an error
  // at that expression, not a crash.
  template <typename T>
  T eval_as(const ast::Expr& expr, Frame& frame) {
    Value value = eval(expr, frame);
    if (auto* known = std::get_if<T>(&value)) return *known;
    throw EvalFailure(say("'{}' has no value here (an optional field that is absent); test it with 'exists' first",
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

// Runs `body` for each item of `list` that passes `filter`, with the item in `slot`. The matches of a
// stable filter over a long list are found once per year.
template <typename Body>
void Interpreter::each_matching(const ListPtr& list, const ast::Expr* filter, int slot, Frame& frame, Body body) {
  constexpr std::size_t long_list = 32;
  if (filter && list->items.size() >= long_list && caching() && facts_.stable(*filter, slot)) {
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

// The most a posting can hold: its cents are a 64-bit integer.
inline const Rational largest_posting = Rational::from_cents(std::numeric_limits<std::int64_t>::max());

}  // namespace rw::detail

// The values of expressions: names, parameters (with what-ifs), calls, fields, aggregates, and why a condition is false.
#include "runtime/eval/interpreter_core.h"

#include <algorithm>
#include <span>

#include <fmt/ranges.h>

#include "lang/uses.h"
#include "messages/say.h"
#include "runtime/eval/describe.h"
#include "runtime/eval/operators.h"

namespace rw::detail {

Value Interpreter::eval(const ast::Expr& expr, Frame& frame) {
  try {
    return eval_node(expr, frame);
  } catch (EvalFailure& failure) {
    if (!failure.range) failure.range = expr.range;
    throw;
  } catch (const ArithmeticOverflow&) {
    throw EvalFailure(say("a number grew too large to compute exactly (more than 38 digits)"), expr.range);
  } catch (const DivisionByZero&) {
    throw EvalFailure(say("division by zero"), expr.range);
  }
}

// The value of definition `index`, which has no parameters: remembered within the year where it may be.
Value Interpreter::definition_value(int index) {
  if (constants_[index]) return *constants_[index];
  const DefinitionInfo& definition = model_.definitions[index];
  Frame locals(definition.frame_size);
  Value value = eval(*definition.decl->body, locals);
  if (memoisable_[index] && caching()) constants_[index] = value;
  return value;
}

// The members of the region in the year being settled.
Value Interpreter::members_now() const {
  auto members = std::make_shared<ListValue>();
  for (int i = 0; i < model_.tables.member_count; ++i) {
    if (model_.tables.accounts[i].member_in(year_)) members->items.push_back(AccountRef{i});
  }
  return ListPtr(std::move(members));
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
                                             fmt::format("declared at {}", source_.location(dated.range))};
    }
  }
  if (override_ != overrides_.parameters.end()) {
    for (const OverrideValue& value : override_->second.values) {
      series[value.from_year.value_or(0)] = {value.value, value.frame_size, value.origin};
    }
  }
  auto applies = series.upper_bound(year_);
  if (applies == series.begin()) {
    throw EvalFailure(say("parameter '{}' has no value for {}: its first value applies from {}", decl.name.name, year_,
                          series.begin()->first));
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
  parameter_sources_[index] = applies->first ? fmt::format("{} (from {})", entry.source, applies->first) : entry.source;
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

// A call of a built-in or a definition (node.step is Builtin or Call).
Value Interpreter::eval_call(const ast::Call& call, const PlanNode& node, Frame& frame) {
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
  if (node.step == Step::Builtin) {
    for (const Value& argument : arguments) {
      if (std::holds_alternative<Absent>(argument)) throw EvalFailure(say("an argument is absent (an optional field without a value)"));
    }
    return builtins().at(node.index).call(locals, context_);
  }
  int index = node.index;
  const DefinitionInfo& definition = model_.definitions[index];
  bool remember = node.memoised && memoisable_[index] && caching();
  if (remember) {
    auto& [lookups, hits] = memo_use_[index];
    auto known = memo_[index].find(arguments);
    ++lookups;
    if (known != memo_[index].end()) {
      ++hits;
      return known->second;
    }
    if (lookups >= 256 && hits * 4 < lookups) {  // mostly new arguments: remembering costs more than it saves
      memoisable_[index] = false;
      memo_[index].clear();
      remember = false;
    }
  }
  locals.resize(std::max<std::size_t>(definition.frame_size, call.arguments.size()));
  Value value = eval(*definition.decl->body, locals);  // parameters are never reassigned: locals[0..n) stay the arguments
  if (remember) memo_[index].emplace(std::vector<Value>(locals.begin(), locals.begin() + static_cast<std::ptrdiff_t>(call.arguments.size())), value);
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

// Where the value of a local followed along record fields (node.step is LocalPath) already is: no copy
// is needed to read it. Null when a record on the way is absent.
const Value* Interpreter::path_in_place(const PlanNode& node, const Frame& frame) const {
  const Value* value = &frame[node.index];
  for (int field : node.path) {
    const auto* record = std::get_if<RecordPtr>(value);
    if (!record) return nullptr;
    value = &(*record)->fields[field];
  }
  return value;
}

// The value of `expr` where it already is (a constant, a local, a field of one), else computed into `scratch`.
const Value& Interpreter::operand(const ast::Expr& expr, Frame& frame, Value& scratch) {
  const PlanNode& node = plan_(expr);
  if (node.step == Step::Constant) return node.constant;
  if (node.step == Step::Local) return frame[node.index];
  if (node.step == Step::LocalPath) {
    if (const Value* known = path_in_place(node, frame)) return *known;
  }
  scratch = eval(expr, frame);
  return scratch;
}

Value Interpreter::eval_field(const ast::Expr& expr, const ast::Field& field, Frame& frame) {
  Value object = eval(*field.object, frame);
  if (std::holds_alternative<Absent>(object)) {
    throw EvalFailure(say("'{}' is absent here, so it has no '{}'; test it with 'exists' first",
                          source_.slice(field.object->range), field.field),
                      field.object->range);
  }
  if (auto* record = std::get_if<RecordPtr>(&object)) return (*record)->fields.at(model_.field_indices[expr.id]);
  int part = model_.date_parts[expr.id];  // in words::date_parts: year, month, day, start, end
  if (auto* period = std::get_if<Period>(&object)) {
    if (part == 3) return period->start;
    return period->end ? Value(*period->end) : Value(Absent{});
  }
  const Date& date = std::get<Date>(object);
  return Rational(part == 0 ? date.year() : part == 1 ? date.month() : date.day());
}

// Runs the step the planner chose for `expr` (runtime/eval/plan.h). The parts of the expression are
// those of the kind the step was lowered from.
Value Interpreter::eval_node(const ast::Expr& expr, Frame& frame) {
  const PlanNode& node = plan_(expr);
  switch (node.step) {
    case Step::Constant: return node.constant;
    case Step::Local: return frame[node.index];
    case Step::LocalPath:
      if (const Value* known = path_in_place(node, frame)) return *known;
      return eval_field(expr, std::get<ast::Field>(expr.node), frame);  // a record on the way is absent: the message
    case Step::Parameter: return parameter_value(node.index);
    case Step::Definition: return definition_value(node.index);
    case Step::Input: return data_.inputs.at(node.index);
    case Step::Year: return Rational(year_);
    case Step::Members: return members_now();
    case Step::Field: return eval_field(expr, std::get<ast::Field>(expr.node), frame);
    case Step::Builtin:
    case Step::Call: return eval_call(std::get<ast::Call>(expr.node), node, frame);
    case Step::Aggregate: {
      const ast::Expr& argument = *std::get<ast::Call>(expr.node).arguments.front();
      return aggregate(argument, std::get<ast::Comprehension>(argument.node), frame, node.is_sum);
    }
    case Step::Not: return !eval_bool(*std::get<ast::Unary>(expr.node).operand, frame);
    case Step::Negate: return negate(eval(*std::get<ast::Unary>(expr.node).operand, frame));
    case Step::And: {
      const auto& binary = std::get<ast::Binary>(expr.node);
      return eval_bool(*binary.left, frame) && eval_bool(*binary.right, frame);
    }
    case Step::Or: {
      const auto& binary = std::get<ast::Binary>(expr.node);
      return eval_bool(*binary.left, frame) || eval_bool(*binary.right, frame);
    }
    case Step::Binary: {
      const auto& binary = std::get<ast::Binary>(expr.node);
      Value left_scratch, right_scratch;
      const Value& left = operand(*binary.left, frame, left_scratch);
      const Value& right = operand(*binary.right, frame, right_scratch);
      return apply_binary(binary.op, left, right, binary.day_overflow);
    }
    case Step::Conditional: {
      const auto& conditional = std::get<ast::Conditional>(expr.node);
      return decide(*conditional.condition, frame) ? eval(*conditional.then_branch, frame) : eval(*conditional.else_branch, frame);
    }
    case Step::Comprehension: return comprehension(expr, std::get<ast::Comprehension>(expr.node), frame);
    case Step::Exists: return !std::holds_alternative<Absent>(eval(*std::get<ast::Exists>(expr.node).operand, frame));
    case Step::Unplanned: break;
  }
  throw std::logic_error("an expression the planner did not lower");
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

}  // namespace rw::detail

// Settlements over years: every year and rule in order (evaluate), or a what-if that takes over what the
// change does not reach from the settlement before it (reevaluate).
#include "runtime/eval/interpreter_core.h"

#include <algorithm>

#include "lang/uses.h"
#include "runtime/eval/data_changes.h"

namespace rw {

namespace {

using detail::Interpreter;

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
  std::string what;
  if (rule) {
    what = item.empty() ? say("while evaluating rule {} for {}", rule->decl->id.name, year)
                        : say("while evaluating rule {} for {}, for {}", rule->decl->id.name, year, item);
  } else {
    what = item.empty() ? say("while evaluating the opening balances") : say("while evaluating the opening balances, for {}", item);
  }
  diagnostic.notes.push_back({fallback, what});
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
                                  say("an opening balance grew too large to compute exactly"), {}});
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
                                      say("rule {} for {}: an amount grew too large to compute exactly", rule.decl->id.name, year), {}});
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

EvalResult evaluate(const Program& program, const Dataset& data, const std::vector<int>& years,
                    const Overrides& overrides, Coverage* coverage, ClosingBalances closing) {
  const CheckedModel& model = program.model;
  const SourceFile& source = *program.source;
  if (!overrides.changes_data()) return settle(model, source, data, years, overrides, coverage, nullptr, {}, closing);
  ChangedData changed = apply_data_changes(model, source, data, overrides);
  if (!changed.data) return EvalResult{std::nullopt, std::move(changed.diagnostics)};
  EvalResult result = settle(model, source, *changed.data, years, overrides, coverage, nullptr, {}, closing);
  if (result.ledger) result.ledger->computed_under.data_changes = std::move(changed.descriptions);
  return result;
}

EvalResult reevaluate(const Program& program, const Dataset& data, const Ledger& previous,
                      const Overrides& overrides) {
  const CheckedModel& model = program.model;
  const SourceFile& source = *program.source;
  bool complete = previous.years.empty() || previous.flows_from <= model.year_span().first;  // as `previous` was settled
  ClosingBalances closing = complete ? ClosingBalances::Complete : ClosingBalances::AskedYearsOnly;
  // Every rule may read the data a scenario changes: nothing can be reused.
  if (overrides.changes_data()) return evaluate(program, data, previous.years, overrides, nullptr, closing);
  std::vector<bool> rerun;
  for (const RuleInfo& rule : model.rules) {
    std::vector<int> reads = parameters_used(model, *rule.decl);
    rerun.push_back(std::any_of(reads.begin(), reads.end(), [&](int p) { return overrides.parameters.count(p) > 0; }));
  }
  bool whole = carries_balances(model);  // balances flow from rule to rule: nothing can be reused
  return settle(model, source, data, previous.years, overrides, nullptr, whole ? nullptr : &previous, rerun, closing);
}

}  // namespace rw

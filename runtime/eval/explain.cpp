#include "runtime/eval/explain.h"

#include "lang/diagnostics.h"
#include "messages/say.h"

namespace rw {

namespace {

PostingExplanation explain(const CheckedModel& model, const SourceFile& source, const Ledger& ledger, const Posting& posting) {
  PostingExplanation e;
  e.posting = &posting;
  e.from = ledger.accounts[posting.from].name;
  e.to = ledger.accounts[posting.to].name;
  for (const RuleInfo& rule : model.rules) {
    if (rule.decl->id.name != posting.rule_id) continue;
    e.rule_location = source.location(rule.decl->id.range);
    e.rule_line = std::string(source.line(source.position(rule.decl->id.range.begin).line));
  }
  e.statement_text = source.quote(posting.provenance->statement);
  e.amount_text = source.quote(posting.provenance->amount);
  e.rounding = std::string(rounding_mode_name(model.rounding));
  e.computed_under = ledger.computed_under;
  return e;
}

// The record's only period (an absent optional one does not count); nullopt when it has none or several.
std::optional<Period> only_period(const RecordValue& record) {
  std::optional<Period> found;
  for (const Value& field : record.fields) {
    auto* period = std::get_if<Period>(&field);
    if (!period) continue;
    if (found) return std::nullopt;
    found = *period;
  }
  return found;
}

}  // namespace

std::vector<ContributionExplanation> explain_contributions(const Posting& posting, bool all) {
  const Provenance& p = *posting.provenance;
  std::vector<ContributionExplanation> result;
  for (const Contribution& c : p.each_contribution()) {
    if (!all && result.size() == contributions_listed) break;
    ContributionExplanation& e = result.emplace_back();
    e.id = c.item < 0 ? "" : p.item_ids()[c.item];
    e.data = c.record->origin;
    e.amount = c.amount;
    e.period = only_period(*c.record);
    if (e.period) {
      e.days = overlap_days(*e.period, year_period(posting.year));
      e.days_in_year = days_in_year(posting.year);
    }
  }
  return result;
}

std::optional<PostingExplanation> explain_posting(const Program& program, const Ledger& ledger,
                                                  const std::string& id) {
  const CheckedModel& model = program.model;
  const SourceFile& source = *program.source;
  for (const Posting& posting : ledger.postings) {
    if (posting.id == id) return explain(model, source, ledger, posting);
  }
  return std::nullopt;
}

std::optional<AccountExplanation> explain_account(const Program& program, const Ledger& ledger,
                                                  const std::string& account, int year) {
  const CheckedModel& model = program.model;
  const SourceFile& source = *program.source;
  auto index = model.tables.find_account(account);
  if (!index) return std::nullopt;
  AccountExplanation result{account, ledger.accounts[*index].name, year, {}, {}, {}, 0, 0, ledger.computed_under};
  for (const Posting& posting : ledger.postings) {
    if (posting.year != year) continue;
    if (posting.to == *index) {
      result.received.push_back(explain(model, source, ledger, posting));
      result.received_cents += posting.cents;
    }
    if (posting.from == *index) {
      result.paid.push_back(explain(model, source, ledger, posting));
      result.paid_cents += posting.cents;
    }
  }
  for (const Note& note : ledger.notes) {
    if (note.year == year && note.account == *index) result.notes.push_back(&note);
  }
  return result;
}

void keep_only_rule(AccountExplanation& explanation, const std::string& rule_id) {
  auto other_rule = [&](const PostingExplanation& p) { return p.posting->rule_id != rule_id; };
  std::erase_if(explanation.received, other_rule);
  std::erase_if(explanation.paid, other_rule);
}

std::string account_hint(const CheckedModel& model, const std::string& account) {
  std::vector<std::string> names;
  for (const AccountInfo& a : model.tables.accounts) names.push_back(a.id);
  std::string hint = closest_name(account, names);
  return hint.empty() ? "" : say("; did you mean '{}'?", hint);
}

}  // namespace rw

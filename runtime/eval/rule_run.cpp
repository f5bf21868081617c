// One rule in one year into the ledger: its postings (rounded once, with provenance), notes and reports;
// the opening balances; the record a failure happened at.
#include "runtime/eval/interpreter_core.h"

#include <algorithm>

#include "runtime/eval/describe.h"

namespace rw::detail {

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

// An item for a message: a record by its id and where it was read, anything else by its value.
std::string Interpreter::describe_item(const Value& item, const Type& type) const {
  auto* record = std::get_if<RecordPtr>(&item);
  if (!record) return describe_value(item, type, model_.tables);
  const std::string* id = id_in(**record);
  return id ? *id + " (" + (*record)->origin + ")" : say("at {}", (*record)->origin);
}

// A payment beyond what a posting can hold, as a failure naming the payment, the limit and the record
// at which its total went beyond it.
EvalFailure Interpreter::too_large_to_post(const PendingPosting& posting) const {
  const auto& accounts = model_.tables.accounts;
  const std::string& from = accounts.at(posting.from).id;
  const std::string& to = accounts.at(posting.to).id;
  if (posting.beyond_limit_at && !posting.beyond_limit_at->empty()) {
    return EvalFailure(say("this payment from {} to {} is {}: more than a posting can hold (at most {}); its total went beyond "
                           "that with {}",
                           from, to, describe_money(posting.amount), describe_money(largest_posting), *posting.beyond_limit_at),
                       posting.statement->range);
  }
  return EvalFailure(say("this payment from {} to {} is {}: more than a posting can hold (at most {})", from, to,
                         describe_money(posting.amount), describe_money(largest_posting)),
                     posting.statement->range);
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
    auto made = std::make_shared<Provenance>();
    Provenance& provenance = *made;
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
    posting.provenance = std::move(made);
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

}  // namespace rw::detail

#include "testing/expectations.h"

#include <algorithm>

#include <fmt/format.h>

#include "messages/say.h"
#include "report/money_format.h"
#include "runtime/eval/data_changes.h"
#include "runtime/eval/describe.h"
#include "runtime/eval/interpreter.h"
#include "testing/report_claims.h"

namespace rw::testing {

namespace {

// Where a posting's amount came from, in one line: rule, statement, contributions, parameters.
std::string explain(const Posting& p) {
  const Provenance& prov = *p.provenance;
  std::string groups;
  for (std::size_t i = 0; i < prov.groups.size() && i < 3; ++i) {
    groups += fmt::format("{}{} × {}", i ? " + " : "", prov.groups[i].count, describe_money(prov.groups[i].amount));
  }
  if (prov.groups.size() > 3) groups += " + " + say("{} other amounts", prov.groups.size() - 3);
  std::string text = say("rule {} \"{}\" ({}): {} = {}", p.rule_id, p.title, prov.location, groups, describe_money(prov.exact_total));
  for (const ParameterUse& use : prov.parameters) text += fmt::format("; {} = {} ({})", use.name, use.value, use.source);
  return text;
}

// The postings of a year (and rule, if given) matching a test.
template <typename Matches>
std::vector<const Posting*> postings(const Ledger& ledger, int year, const std::optional<std::string>& rule, Matches matches) {
  std::vector<const Posting*> found;
  for (const Posting& p : ledger.postings) {
    if (p.year == year && (!rule || p.rule_id == *rule) && matches(p)) found.push_back(&p);
  }
  return found;
}

// "2022 rule 5: " or "2022: ".
std::string heading(int year, const std::optional<std::string>& rule) {
  return rule ? say("{} rule {}", year, *rule) + ": " : fmt::format("{}: ", year);
}

// `anyone` (or `iedereen`) as the messages say it.
std::string anyone_text() { return std::string(spelled(words::anyone, message_language())); }

// The record whose text field `id` is `id`, in any input that is a list of records.
const RecordValue* find_record(const Dataset& data, const std::string& id, const ModelTables& tables) {
  for (const Value& input : data.inputs) {
    const auto* list = std::get_if<ListPtr>(&input);
    if (!list || !*list) continue;
    for (const Value& item : (*list)->items) {
      const auto* record = std::get_if<RecordPtr>(&item);
      if (!record) continue;
      auto field = tables.records.at((*record)->decl).field_index("id");
      if (!field) continue;
      const auto* text = std::get_if<std::string>(&(*record)->fields[*field]);
      if (text && *text == id) return record->get();
    }
  }
  return nullptr;
}

constexpr int anyone = -1;

// An account, or `anyone` (any account; `iedereen` in a Dutch test file).
std::optional<int> party(const Slot& slot, SlotReader& read) {
  if (read.means(slot, words::anyone)) return anyone;
  return read.account(slot);
}

std::string check_pays(const PaysClaim& claim, int year, const std::optional<std::string>& rule, const Row& row,
                       const Settlement& s, SlotReader& read) {
  auto from = party(row(claim.from), read);
  auto to = party(row(claim.to), read);
  auto expected = claim.nothing ? std::optional<std::int64_t>(0) : read.cents(row(claim.amount));
  if (!from || !to || !expected) return "";
  auto found = postings(s.ledger, year, rule, [&](const Posting& p) {
    return (*from == anyone || p.from == *from) && (*to == anyone || p.to == *to);
  });
  std::int64_t actual = 0;
  for (const Posting* p : found) actual += p->cents;
  if (actual == *expected) return "";
  auto name = [&](int account) { return account == anyone ? anyone_text() : s.ledger.accounts[account].id; };
  std::string text = heading(year, rule) + say("{} pays {}: expected {}, actual {}", name(*from), name(*to), euros(*expected), euros(actual));
  for (std::size_t i = 0; i < found.size() && i < 3; ++i) text += " — " + explain(*found[i]);
  if (found.size() > 3) text += " — " + say("and {} more postings", found.size() - 3);
  if (found.empty()) text += " — " + say("no posting from the one to the other");
  return text;
}

std::string check_pays_for(const PaysForClaim& claim, int year, const std::optional<std::string>& rule, const Row& row,
                           const Settlement& s, SlotReader& read) {
  auto from = party(row(claim.from), read);
  if (!from) return "";
  std::string id = row(claim.item).text;
  auto counts = [&](const Posting& p) {
    return std::binary_search(p.provenance->item_ids().begin(), p.provenance->item_ids().end(), id);
  };
  auto paying = postings(s.ledger, year, rule, [&](const Posting& p) { return (*from == anyone || p.from == *from) && counts(p); });
  if (paying.empty() == claim.nothing) return "";
  std::string payer = *from == anyone ? anyone_text() : s.ledger.accounts[*from].id;
  std::string what = heading(year, rule) + (claim.nothing ? say("{} pays nothing for \"{}\"", payer, id) : say("{} pays for \"{}\"", payer, id));
  if (claim.nothing) return what + say(": expected no posting, found {}", explain(*paying.front()));
  auto others = postings(s.ledger, year, rule, counts);
  if (others.empty()) return what + say(": expected a posting, but no posting counts \"{}\"", id);
  std::string payers;
  for (const Posting* p : others) {
    if (!payers.empty()) payers += ", ";
    payers += say("rule {} {} -> {}", p->rule_id, s.ledger.accounts[p->from].id, s.ledger.accounts[p->to].id);
  }
  return what + say(": expected a posting, but \"{}\" is paid for by: {}", id, payers);
}

std::string check_no_postings(int year, const std::optional<std::string>& rule, const Settlement& s) {
  auto found = postings(s.ledger, year, rule, [](const Posting&) { return true; });
  if (found.empty()) return "";
  return heading(year, rule) + say("expected no postings, found {} — the first: {} -> {} {}: {}", found.size(),
                                   s.ledger.accounts[found.front()->from].id, s.ledger.accounts[found.front()->to].id,
                                   euros(found.front()->cents), explain(*found.front()));
}

std::string check_balance(const BalanceClaim& claim, int year, const Row& row, const Settlement& s, SlotReader& read) {
  auto account = read.account(row(claim.account));
  auto expected = read.cents(row(claim.amount));
  if (!account || !expected) return "";
  if (claim.closing) {
    std::int64_t actual = s.ledger.closing_balances(year).at(*account);
    if (actual == *expected) return "";
    std::int64_t opening = s.ledger.opening.at(*account);
    return say("{}: closing balance of {}: expected {}, actual {} (its opening balance {} plus every flow from {} "
               "up to and including {}; the flow of {} alone is {})",
                       year, s.ledger.accounts[*account].id, euros(*expected), euros(actual), euros(opening),
                       s.ledger.first_counted_year(), year, year, euros(s.ledger.balances(year).at(*account)));
  }
  std::int64_t actual = s.ledger.balances(year).at(*account);
  if (actual == *expected) return "";
  return say("{}: balance of {}: expected {}, actual {} (received minus paid in {})", year, s.ledger.accounts[*account].id,
             euros(*expected), euros(actual), year);
}

std::string check_note(const NoteClaim& claim, int year, const std::optional<std::string>& rule, const Row& row,
                       const Settlement& s, SlotReader& read) {
  auto account = read.account(row(claim.account));
  auto expected = read.cents(row(claim.amount));
  if (!account || !expected) return "";
  std::optional<std::string> label;
  if (claim.label) label = row(*claim.label).text;
  std::int64_t actual = 0;
  for (const Note& n : s.ledger.notes) {
    if (n.year == year && (!rule || n.rule_id == *rule) && n.account == *account && (!label || n.label == *label)) actual += n.cents;
  }
  if (actual == *expected) return "";
  const std::string& id = s.ledger.accounts[*account].id;
  return heading(year, rule) + (label ? say("note \"{}\" for {}: expected {}, actual {}", *label, id, euros(*expected), euros(actual))
                                      : say("note for {}: expected {}, actual {}", id, euros(*expected), euros(actual)));
}

std::string check_is(const IsClaim& claim, int year, const Row& row, const Settlement& s, SlotReader& read) {
  Slot item = row(claim.item), definition = row(claim.definition);
  std::optional<ChangedData> changed;  // a scenario's data changes: the record as the settlement saw it
  if (s.overrides.changes_data()) changed = apply_data_changes(s.program.model, *s.program.source, s.data, s.overrides);
  const Dataset& data = changed && changed->data ? *changed->data : s.data;
  const RecordValue* record = find_record(data, item.text, s.program.model.tables);
  if (!record) {
    read.error(item.range, say("no record in the data has id \"{}\"", item.text));
    return "";
  }
  int index = -1;
  for (std::size_t d = 0; d < s.program.model.definitions.size(); ++d) {
    const DefinitionInfo& info = s.program.model.definitions[d];
    if (info.name == definition.text && info.argument_types.size() == 1 && info.argument_types[0] == Type::record(record->decl) &&
        info.result == Type::of(TypeKind::Bool)) {
      index = static_cast<int>(d);
    }
  }
  if (index < 0) {
    read.error(definition.range, say("model \"{}\" has no yes/no definition '{}' of one {}", s.program.model.tables.model_name,
                                     definition.text, s.program.model.tables.records.at(record->decl).name));
    return "";
  }
  RecordPtr argument(std::shared_ptr<const RecordValue>{}, record);  // aliasing: the data outlives the call
  auto value = evaluate_definition(s.program, s.data, s.overrides, index, year, {argument});
  if (auto* failed = std::get_if<Diagnostic>(&value)) {
    return claim.negated ? say("{}: \"{}\" is not {}: evaluating it failed: {}", year, item.text, definition.text, failed->message)
                         : say("{}: \"{}\" is {}: evaluating it failed: {}", year, item.text, definition.text, failed->message);
  }
  bool actual = std::get<bool>(std::get<Value>(value));
  if (actual != claim.negated) return "";
  auto yes_no = [](bool value) { return std::string(spelled(value ? words::true_ : words::false_, message_language())); };
  std::string where = s.program.source->location(s.program.model.definitions[index].decl->name.range);
  return claim.negated ? say("{}: \"{}\" is not {}: expected {}, actual {} ({} at {})", year, item.text, definition.text, yes_no(false),
                             yes_no(actual), definition.text, where)
                       : say("{}: \"{}\" is {}: expected {}, actual {} ({} at {})", year, item.text, definition.text, yes_no(true),
                             yes_no(actual), definition.text, where);
}

}  // namespace

std::string euros(std::int64_t cents) {
  return cents < 0 ? "-€" + grouped_amount(-cents) : "€" + grouped_amount(cents);
}

std::string check_expectation(const DatedExpectation& e, const Row& row, const Settlement& s, SlotReader& read) {
  auto year = read.year(row(e.year));
  std::optional<std::string> rule;
  if (e.rule) {
    rule = read.rule(row(*e.rule));
    if (!rule) return "";
  }
  if (!year) return "";
  if (std::find(s.ledger.years.begin(), s.ledger.years.end(), *year) == s.ledger.years.end()) {
    std::string settled = s.ledger.years.empty() ? say("none") : fmt::format("{}..{}", s.ledger.years.front(), s.ledger.years.back());
    read.error(row(e.year).range, say("{} is not among the years this test settles ({}); add it to `years`", *year, settled));
    return "";
  }
  return std::visit(
      [&](const auto& claim) -> std::string {
        using T = std::decay_t<decltype(claim)>;
        if constexpr (std::is_same_v<T, PaysClaim>) return check_pays(claim, *year, rule, row, s, read);
        if constexpr (std::is_same_v<T, PaysForClaim>) return check_pays_for(claim, *year, rule, row, s, read);
        if constexpr (std::is_same_v<T, NoPostingsClaim>) return check_no_postings(*year, rule, s);
        if constexpr (std::is_same_v<T, BalanceClaim>) return check_balance(claim, *year, row, s, read);
        if constexpr (std::is_same_v<T, NoteClaim>) return check_note(claim, *year, rule, row, s, read);
        if constexpr (std::is_same_v<T, IsClaim>) return check_is(claim, *year, row, s, read);
        if constexpr (std::is_same_v<T, ReportClaim>) return check_report_claim(claim, *year, rule, row, s.program.model, s.ledger, read);
      },
      e.claim);
}

}  // namespace rw::testing

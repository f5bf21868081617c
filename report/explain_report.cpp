#include "report/explain_report.h"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "messages/say.h"
#include "report/computed_under.h"
#include "report/explain_distribution.h"
#include "report/money_format.h"
#include "runtime/eval/describe.h"

namespace rw {

namespace {

using Json = nlohmann::ordered_json;

// "108 contributions of €6,000.00" lines, the largest groups first, at most ten lines.
std::string contribution_lines(const Provenance& p) {
  std::string out;
  std::size_t shown = std::min<std::size_t>(p.groups.size(), 10);
  for (std::size_t i = 0; i < shown; ++i) {
    out += fmt::format("    {} × {}\n", p.groups[i].count, euro_exact(p.groups[i].amount));
  }
  if (shown < p.groups.size()) out += "    " + say("… and {} other amounts", p.groups.size() - shown) + "\n";
  return out;
}

// For a what-if, a first line that says so and what was changed; "" for the agreed settlement.
std::string what_if_line(const ComputedUnder& c) {
  return c.agreed() ? "" : say("What-if, not the agreed settlement: computed under {}", c.describe()) + "\n\n";
}

std::string posting_summary(const PostingExplanation& e) {
  const Posting& p = *e.posting;
  if (p.due) return say("{}  {} pays {} {} for {}, due {}", p.id, e.from, e.to, euro_amount(p.cents), p.year, people_date(*p.due));
  return say("{}  {} pays {} {} for {}", p.id, e.from, e.to, euro_amount(p.cents), p.year);
}

// "2022-03-01..2022-12-31: 306 of 365 days", or "" when the record has no single period.
std::string days_text(const ContributionExplanation& c) {
  return c.period ? say("{}: {} of {} days", people_period(*c.period), c.days, c.days_in_year) : "";
}

// The contributions one per line, columns aligned: id, exact amount, period and days, data row.
std::string each_contribution_text(const Posting& posting, bool with_items) {
  std::size_t total = posting.provenance->each_contribution().size();
  if (total == 0) return "";
  std::vector<ContributionExplanation> each = explain_contributions(posting, with_items);
  std::size_t id_width = 1, amount_width = 0, days_width = 0;
  for (const ContributionExplanation& c : each) {
    id_width = std::max(id_width, c.id.size());
    amount_width = std::max(amount_width, euro_exact(c.amount).size());
    days_width = std::max(days_width, days_text(c).size());
  }
  std::string out = "\n" + (each.size() == total ? say("Each contribution ({}, in the order made)", total)
                                                : say("Each contribution (the first {} of {}; --items lists all)", each.size(), total)) + "\n";
  for (const ContributionExplanation& c : each) {
    std::string days = days_width ? fmt::format("  {:<{}}", days_text(c), days_width) : "";
    out += fmt::format("  {:<{}}  {:>{}}{}  {}\n", c.id.empty() ? "-" : c.id, id_width, euro_exact(c.amount), amount_width, days, c.data);
  }
  return out;
}

Json each_contribution_json(const Posting& posting, bool with_items) {
  Json each = Json::array();
  for (const ContributionExplanation& c : explain_contributions(posting, with_items)) {
    Json entry = {{"id", c.id.empty() ? Json(nullptr) : Json(c.id)}, {"data", c.data}, {"amount", describe_money(c.amount)}};
    if (c.period) entry.update({{"period", c.period->to_string()}, {"days", c.days}, {"days_in_year", c.days_in_year}});
    each.push_back(std::move(entry));
  }
  return each;
}

// A posting made inside a distribute that ran many times (in a loop) shows its first distributions only.
constexpr std::size_t max_distributions_text = 3, max_distributions_json = 10;

Json posting_json(const PostingExplanation& e, bool with_items) {
  const Posting& p = *e.posting;
  const Provenance& v = *p.provenance;
  Json groups = Json::array();
  for (const ContributionGroup& g : v.groups) groups.push_back({{"count", g.count}, {"each", describe_money(g.amount)}});
  Json parameters = Json::array();
  for (const ParameterUse& u : v.parameters) parameters.push_back({{"name", u.name}, {"value", u.value}, {"source", u.source}});
  Json out = {{"id", p.id}, {"year", p.year}, {"rule", p.rule_id}, {"title", p.title},
              {"rule_source", e.rule_location}, {"rule_line", e.rule_line},
              {"from", e.from}, {"to", e.to}, {"amount", plain_amount(p.cents)},
              {"due", p.due ? Json(p.due->to_string()) : Json(nullptr)},
              {"statement", e.statement_text}, {"statement_source", v.location}, {"formula", e.amount_text},
              {"contributions", v.contributions}, {"groups", groups}, {"exact_total", describe_money(v.exact_total)},
              {"rounding", e.rounding}, {"parameters", parameters}, {"item_count", v.item_ids().size()},
              {"each_count", v.each_contribution().size()}, {"each", each_contribution_json(p, with_items)},
              {"computed_under", computed_under_json(e.computed_under)}};
  if (!v.distributions.empty()) {
    Json distributions = Json::array();
    for (std::size_t i = 0; i < std::min(v.distributions.size(), max_distributions_json); ++i) {
      distributions.push_back(distribution_json(v.distributions[i]));
    }
    out["distribution_count"] = v.distributions.size();
    out["distributions"] = distributions;
  }
  if (with_items) {
    Json items = Json::array();
    for (std::size_t i = 0; i < v.item_ids().size(); ++i) items.push_back({{"id", v.item_ids()[i]}, {"data", v.item_records()[i]->origin}});
    out["items"] = items;
  }
  return out;
}

}  // namespace

std::string render_posting_text(const PostingExplanation& e, bool with_items) {
  const Posting& p = *e.posting;
  const Provenance& v = *p.provenance;
  std::string out = what_if_line(e.computed_under) + posting_summary(e) + "\n\n";
  out += say("Rule {} \"{}\"", p.rule_id, p.title) + fmt::format("\n  {}: {}\n", e.rule_location, e.rule_line);
  out += say("Statement") + fmt::format("\n  {}: {}\n\n", v.location, e.statement_text);
  out += say("Amount: {}", e.amount_text) + "\n";
  out += "  " + (v.contributions == 1 ? say("{} contribution", v.contributions) : say("{} contributions", v.contributions));
  std::size_t records = v.item_ids().size();
  out += records == 0 ? ":\n" : " " + (records == 1 ? say("for {} record:", records) : say("for {} records:", records)) + "\n";
  out += contribution_lines(v);
  std::string rounded = euro_amount(p.cents);
  out += "  " + say("exact total {}; rounded to cents ({}): {}", euro_exact(v.exact_total), e.rounding, rounded) + "\n";
  for (std::size_t i = 0; i < std::min(v.distributions.size(), max_distributions_text); ++i) out += distribution_text(v.distributions[i]);
  if (v.distributions.size() > max_distributions_text) {
    out += "  " + say("… and {} other distributions (--format json shows up to {})", v.distributions.size() - max_distributions_text,
                      max_distributions_json) + "\n";
  }
  if (!v.parameters.empty()) {
    out += "\n" + say("Values used") + "\n";
    for (const ParameterUse& u : v.parameters) out += fmt::format("  {} = {}    ({})\n", u.name, u.value, u.source);
  }
  return out + each_contribution_text(p, with_items);
}

std::string render_posting_json(const PostingExplanation& e, bool with_items) {
  return posting_json(e, with_items).dump(2) + "\n";
}

std::string render_account_text(const AccountExplanation& e) {
  std::string out = what_if_line(e.computed_under);
  out += say("{} in {}: received {}, paid {}, balance {}", e.name, e.year, euro_amount(e.received_cents), euro_amount(e.paid_cents),
             euro_amount(e.received_cents - e.paid_cents)) + "\n";
  auto list = [&](const std::string& heading, const std::vector<PostingExplanation>& postings, bool received) {
    if (postings.empty()) return;
    out += fmt::format("\n{}\n", heading);
    for (const PostingExplanation& p : postings) {
      const Posting& posting = *p.posting;
      out += received ? say("  {:<12} rule {:<4} {:>18}  from {}  ({})", posting.id, posting.rule_id, euro_amount(posting.cents), p.from, posting.title)
                      : say("  {:<12} rule {:<4} {:>18}  to {}  ({})", posting.id, posting.rule_id, euro_amount(posting.cents), p.to, posting.title);
      out += "\n";
    }
  };
  list(say("Received"), e.received, true);
  list(say("Paid"), e.paid, false);
  if (!e.notes.empty()) {
    out += "\n" + say("Notes (no money moves)") + "\n";
    for (const Note* n : e.notes) out += "  " + say("rule {}: {}: {}", n->rule_id, n->label, euro_amount(n->cents)) + "\n";
  }
  out += "\n" + say("Explain one of these with --posting ID.") + "\n";
  return out;
}

std::string render_account_json(const AccountExplanation& e, bool with_items) {
  Json received = Json::array(), paid = Json::array(), notes = Json::array();
  for (const PostingExplanation& p : e.received) received.push_back(posting_json(p, with_items));
  for (const PostingExplanation& p : e.paid) paid.push_back(posting_json(p, with_items));
  for (const Note* n : e.notes) notes.push_back({{"rule", n->rule_id}, {"label", n->label}, {"amount", plain_amount(n->cents)}});
  Json out = {{"account", e.account}, {"name", e.name}, {"year", e.year}, {"computed_under", computed_under_json(e.computed_under)},
              {"received", plain_amount(e.received_cents)}, {"paid", plain_amount(e.paid_cents)},
              {"balance", plain_amount(e.received_cents - e.paid_cents)},
              {"received_postings", received}, {"paid_postings", paid}, {"notes", notes}};
  return out.dump(2) + "\n";
}

}  // namespace rw

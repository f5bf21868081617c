#include "bench/baseline/settlement.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "runtime/eval/distribution.h"
#include "runtime/eval/two_way_rounding.h"

namespace baseline {

namespace {

using rw::Rational;

// The model's parameters, as declared.
const rw::Date reform_date = *rw::Date::from_ymd(2025, 1, 1);
constexpr int reform_year = 2025, solidarity_years = 6, ret_last_year = 2027;
const Rational ambulantisering = Rational(150'000), secondary_fee = Rational(6'000);

Rational tariff(bool bw, int year) {
  if (bw) return Rational(year >= 2028 ? 64'000 : 62'000);
  return Rational(year >= 2028 ? 22'000 : 21'000);
}

// Arrangement 6: the beschikking started before the reform, or is a readmission within 12 months of an
// earlier one that did (a day the month lacks rounds down).
bool existing(const Client& c) {
  if (c.start < reform_date) return true;
  if (!c.has_previous || !(*c.previous_start < reform_date) || !c.previous_end) return false;
  auto window = rw::add_duration(*c.previous_end, rw::Duration{12, 0}, rw::DayOverflow::Down);
  return c.start <= *window;
}

// Who pays a new client's stay (arrangements 9, 9V and 10).
int new_client_payer(const Client& c, const Stay& s) {
  if (!c.bw) return s.municipality;
  return c.last_address >= 0 ? c.last_address : c.registered;
}

// Exact amounts per (rule, payer, receiver) for one year, rounded once at the end.
class Year {
 public:
  Year(int year, const RegionData& region, Totals& totals) : year_(year), region_(region), totals_(totals) {}
  void pay(const char* rule, int from, int to, const Rational& amount) { sums_[{rule, from, to}] += amount; }
  // Days of stays, to be priced per (rule, payer, receiver, price) when the year closes.
  void pay_days(const char* rule, int from, int to, const Rational& price, std::int64_t days) {
    days_[{rule, from, to, price}] += days;
  }
  void close() {
    Rational days_in_year(rw::days_in_year(year_));
    for (const auto& [key, days] : days_) {
      const auto& [rule, from, to, price] = key;
      sums_[{rule, from, to}] += price * Rational(days) / days_in_year;
    }
    for (const auto& [key, amount] : sums_) {
      const auto& [rule, from, to] = key;
      std::int64_t cents = amount.to_cents(rw::RoundingMode::HalfAwayFromZero);
      if (cents != 0) totals_[{year_, rule, id(from), id(to)}] += cents;
    }
  }
  // Account ids: members by index, then the model's own accounts.
  std::string id(int account) const {
    static const char* named[] = {"centre", "programme", "purchasing", "ret", "local_execution", "state"};
    int members = static_cast<int>(region_.members.size());
    return account < members ? region_.members[account] : named[account - members];
  }

 private:
  int year_;
  const RegionData& region_;
  Totals& totals_;
  std::map<std::tuple<std::string, int, int>, Rational> sums_;
  std::map<std::tuple<std::string, int, int, Rational>, std::int64_t> days_;
};

// Part c for one year: shortfalls covered by surpluses, in proportion to the objective shares.
void solidarity(const RegionData& region, int year, const std::vector<char>& is_existing, Year& out, int centre) {
  std::vector<const MemberYear*> rows;
  for (const MemberYear& r : region.member_years) {
    if (r.year == year) rows.push_back(&r);
  }
  if (rows.empty()) return;
  // Primary costs of each member's new clients: days of stays per payer and product.
  std::vector<std::int64_t> bw_days(region.members.size()), bt_days(region.members.size());
  rw::Period whole_year = rw::year_period(year);
  for (std::size_t i = 0; i < region.clients.size(); ++i) {
    if (is_existing[i]) continue;
    const Client& c = region.clients[i];
    for (const Stay& s : c.stays) {
      std::int64_t days = rw::overlap_days(s.period, whole_year);
      if (days > 0) (c.bw ? bw_days : bt_days)[new_client_payer(c, s)] += days;
    }
  }
  Rational days_in_year(rw::days_in_year(year));
  std::vector<Rational> shortfall, surplus;
  Rational claims, room, shares;
  for (const MemberYear* r : rows) {
    Rational primary = (tariff(true, year) * Rational(bw_days[r->member]) + tariff(false, year) * Rational(bt_days[r->member])) / days_in_year;
    Rational expenditure = primary + r->local_access + r->other_costs + r->purchasing_contribution;
    Rational balance = (r->objective_budget - expenditure).round(2, rw::RoundingMode::HalfAwayFromZero);
    shortfall.push_back(balance < Rational(0) ? -balance : Rational(0));
    surplus.push_back(balance > Rational(0) ? balance : Rational(0));
    if (r->member != region.centre_member) claims += shortfall.back();
    room += surplus.back();
    shares += r->objective_share;
  }
  if (shares != Rational(1)) throw std::runtime_error("objective shares do not add up to 1");
  std::int64_t covered = std::min(claims, room).to_cents(rw::RoundingMode::HalfAwayFromZero);
  std::vector<Rational> weights;
  std::vector<std::int64_t> caps;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    weights.push_back(rows[i]->objective_share);
    caps.push_back(surplus[i].to_cents(rw::RoundingMode::Down));
  }
  rw::Allocation contributions = rw::allocate(covered, weights, caps, rw::CapExcess::Spread);
  std::vector<std::size_t> claimants;
  std::vector<Rational> claim_weights;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i]->member != region.centre_member && shortfall[i] > Rational(0)) {
      claimants.push_back(i);
      claim_weights.push_back(shortfall[i]);
    }
  }
  rw::Allocation compensations = rw::allocate(covered, claim_weights, std::nullopt, rw::CapExcess::Spread);
  // Each contributor pays each claimant directly; the rows are spread to their caps and the room covers
  // the claims, so both sides place all of `covered` and the table's margins are the two splits.
  if (contributions.remainder != compensations.remainder) throw std::runtime_error("solidarity: the two sides place different amounts");
  auto cells = rw::round_two_way(contributions.parts, compensations.parts);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (std::size_t k = 0; k < claimants.size(); ++k) {
      const rw::TableCell& cell = cells[i][k];
      out.pay("S", rows[i]->member, rows[claimants[k]]->member, Rational::from_cents(cell.floor + (cell.extra_cent ? 1 : 0)));
    }
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {  // SA: the centre covers its own member's shortfall
    if (rows[i]->member == region.centre_member && shortfall[i] > Rational(0)) out.pay("SA", centre, rows[i]->member, shortfall[i]);
  }
}

}  // namespace

Totals settle(const RegionData& region, int first, int last) {
  Totals totals;
  int members = static_cast<int>(region.members.size());
  const int centre = members, programme = members + 1, purchasing = members + 2, ret = members + 3, local_execution = members + 4,
            state = members + 5;
  std::vector<char> is_existing;
  for (const Client& c : region.clients) {
    is_existing.push_back(existing(c));
    if (!is_existing.back() && c.bw && c.last_address < 0 && c.registered < 0) {  // what rule 6 requires
      throw std::runtime_error("a new BW client needs the municipality of the last address or of registration");
    }
  }
  for (int year = first; year <= last; ++year) {
    Year out(year, region, totals);
    rw::Period whole_year = rw::year_period(year);
    if (year < reform_year) {  // part a
      for (int m = 0; m < members; ++m) out.pay("1", centre, m, ambulantisering);
      for (const LvbRow& r : region.lvb) {
        if (r.year != year) continue;
        out.pay("2", centre, r.member, r.funds);
        out.pay("3", centre, r.member, r.costs);
      }
      for (const ProgrammeRow& r : region.programme) {
        if (r.year == year) out.pay("4", centre, programme, r.amount);
      }
      for (const Client& c : region.clients) {
        if (!c.bw) continue;
        for (const Stay& s : c.stays) out.pay_days("5", centre, s.municipality, secondary_fee, rw::overlap_days(s.period, whole_year));
      }
    } else {  // part b
      for (const MemberYear& r : region.member_years) {
        if (r.year != year) continue;
        out.pay("R", state, r.member, r.objective_budget);
        out.pay("11", r.member, purchasing, r.purchasing_contribution);
        out.pay("12", r.member, local_execution, r.local_access + r.other_costs);
      }
      for (const CentreYear& r : region.centre_years) {
        if (r.year != year) continue;
        out.pay("R", state, centre, r.historical_budget);
        if (year <= ret_last_year) out.pay("13", centre, ret, r.ret_costs);
      }
      for (std::size_t i = 0; i < region.clients.size(); ++i) {
        const Client& c = region.clients[i];
        Rational price = tariff(c.bw, year);
        for (const Stay& s : c.stays) {
          std::int64_t days = rw::overlap_days(s.period, whole_year);
          if (days <= 0) continue;
          if (is_existing[i]) {
            out.pay_days("7", centre, purchasing, price, days);
            if (c.bw) out.pay_days("8", centre, s.municipality, secondary_fee, days);
          } else if (!c.bw) {
            out.pay_days("10", s.municipality, purchasing, price, days);
          } else if (c.last_address >= 0) {
            out.pay_days("9", c.last_address, purchasing, price, days);
          } else {
            out.pay_days("9V", c.registered, purchasing, price, days);
          }
        }
      }
      if (year < reform_year + solidarity_years) solidarity(region, year, is_existing, out, centre);
    }
    out.close();
  }
  return totals;
}

}  // namespace baseline

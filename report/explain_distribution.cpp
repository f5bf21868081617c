#include "report/explain_distribution.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "messages/say.h"
#include "report/money_format.h"
#include "runtime/eval/describe.h"

namespace rw {

namespace {

using Json = nlohmann::ordered_json;

// An exact amount in cents (it may have a fraction of a cent) as euros: "€13,560.384".
std::string exact_euros(const Rational& cents) { return euro_exact(cents / Rational(100)); }
// The fraction of a cent above the rounded-down cents: "0.384".
std::string fraction_of_cent(const Rational& cents, std::int64_t floor) { return (cents - Rational(floor)).to_string(6); }
// Source text on one line, without the layout around it.
std::string one_line(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool space = std::isspace(static_cast<unsigned char>(c));
    if (!space) out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// A recipient with where it was read: "Rheden (member_years.json: $.member_years[4])".
std::string full_name(const AxisTrace& axis, std::size_t i) {
  return axis.origins[i].empty() ? axis.names[i] : axis.names[i] + " (" + axis.origins[i] + ")";
}

// A recipient's share of the amount: key / total key, exactly where it can be written so.
std::string share_text(const AxisTrace& axis, std::size_t i) {
  return axis.total_key.is_zero() ? "0" : (axis.keys[i] / axis.total_key).to_string(6);
}

// Whether `share` got its left-over cent through a tie: someone later with the same fraction got none.
std::string tie_with(const AllocationRound& round, const AxisTrace& axis, const RoundShare& share) {
  Rational fraction = share.exact - Rational(share.floor);
  for (const RoundShare& other : round.shares) {
    if (other.recipient > share.recipient && !other.extra_cent && other.exact - Rational(other.floor) == fraction) {
      return axis.names[other.recipient];
    }
  }
  return "";
}

// The round a recipient was capped in (1-based), or 0.
std::size_t capped_in(const AxisTrace& axis, std::size_t recipient) {
  for (std::size_t r = 0; r < axis.rounds.size(); ++r) {
    for (const RoundShare& s : axis.rounds[r].shares) {
      if (s.recipient == recipient && s.capped) return r + 1;
    }
  }
  return 0;
}

// One key's split, for people.
std::string axis_text(const AxisTrace& axis, const std::string& indent, int mark) {
  std::string out;
  std::string cap = axis.cap_text.empty()         ? ""
                    : axis.excess == "keeping"    ? say(", capped at {}, keeping the excess", one_line(axis.cap_text))
                    : axis.excess == "spreading"  ? say(", capped at {}, spreading the excess", one_line(axis.cap_text))
                                                  : say(", capped at {}, {} the excess", one_line(axis.cap_text), axis.excess);
  out += indent + (axis.names.size() == 1 ? say("over {} ({} recipient) by {} (total key {})", one_line(axis.list_text), axis.names.size(),
                                                one_line(axis.key_text), axis.total_key.to_string(6))
                                          : say("over {} ({} recipients) by {} (total key {})", one_line(axis.list_text), axis.names.size(),
                                                one_line(axis.key_text), axis.total_key.to_string(6))) +
         cap + "\n";
  out += indent + say("split: {}", euro_amount(axis.amount)) + "\n";
  for (std::size_t i = 0; i < axis.names.size(); ++i) {
    std::string cap_of = axis.caps.empty() ? "" : say("  cap {}", euro_amount(std::max<std::int64_t>(0, axis.caps[i])));
    std::size_t capped = capped_in(axis, i);
    out += indent + "  " + (static_cast<int>(i) == mark ? "» " : "") +
           say("{}: key {}, share {}{}, part {}{}", full_name(axis, i), axis.keys[i].to_string(6), share_text(axis, i), cap_of,
               euro_amount(axis.parts[i]), capped ? say(" (reached its cap in round {})", capped) : "") +
           "\n";
  }
  for (std::size_t r = 0; r < axis.rounds.size(); ++r) {
    const AllocationRound& round = axis.rounds[r];
    bool last = r + 1 == axis.rounds.size();
    out += indent + (r == 0 ? say("Round 1: {} over {} by their keys", euro_amount(round.amount),
                                  round.shares.size() == axis.names.size() ? say("everyone")
                                                                           : say("the {} with a key and room", round.shares.size()))
                            : say("Round {}: what is left, {}, spread again over the {} still below their cap", r + 1,
                                  euro_amount(round.amount), round.shares.size())) +
           "\n";
    std::int64_t floors = 0, extra = 0;
    for (const RoundShare& s : round.shares) floors += s.floor, extra += s.extra_cent;
    bool any_capped = false;
    for (const RoundShare& s : round.shares) {
      std::int64_t rounded = s.floor + (s.extra_cent ? 1 : 0);
      std::string line = indent + "  " + say("{}: exact {}, rounded down {}, fraction {} of a cent{}", axis.names[s.recipient],
                                             exact_euros(s.exact), euro_amount(s.floor), fraction_of_cent(s.exact, s.floor),
                                             s.extra_cent ? say(", +1 cent") : "");
      if (s.capped) {
        any_capped = true;
        line += axis.excess == "keeping"
                    ? say(" = {}: above its room {}, so it gets {} and keeps out {}", euro_amount(rounded), euro_amount(s.room),
                          euro_amount(s.room), euro_amount(rounded - s.room))
                    : say(" = {}: reaches its room {}, so it gets {} and passes on {}", euro_amount(rounded), euro_amount(s.room),
                          euro_amount(s.room), euro_amount(rounded - s.room));
      } else if (!last && axis.excess == "spreading") {
        line += say(": below its room, split again in the next round");
      } else {
        line += fmt::format(" = {}", euro_amount(rounded));
      }
      out += line + "\n";
    }
    if (extra > 0 && (last || !any_capped || axis.excess == "keeping")) {
      std::string who;
      std::vector<const RoundShare*> by_fraction;  // largest fraction first, ties in list order, as the cents went
      for (const RoundShare& s : round.shares) by_fraction.push_back(&s);
      std::stable_sort(by_fraction.begin(), by_fraction.end(), [](const RoundShare* a, const RoundShare* b) {
        return a->exact - Rational(a->floor) > b->exact - Rational(b->floor);
      });
      for (const RoundShare* share : by_fraction) {
        const RoundShare& s = *share;
        if (!s.extra_cent) continue;
        std::string tie = tie_with(round, axis, s);
        if (!who.empty()) who += ", ";
        who += tie.empty() ? say("{} (fraction {})", axis.names[s.recipient], fraction_of_cent(s.exact, s.floor))
                           : say("{} (fraction {}, a tie with {}: the earlier in the list first)", axis.names[s.recipient],
                                 fraction_of_cent(s.exact, s.floor), tie);
      }
      out += indent + "  " +
             (extra == 1 ? say("rounding: the parts rounded down add up to {}; the {} cent left over went one each to the largest "
                               "fractions: {}", euro_amount(floors), extra, who)
                         : say("rounding: the parts rounded down add up to {}; the {} cents left over went one each to the largest "
                               "fractions: {}", euro_amount(floors), extra, who)) +
             "\n";
    }
  }
  std::int64_t placed = axis.amount - axis.remainder;
  out += indent + say("placed {}, not placed {}", euro_amount(placed), euro_amount(axis.remainder)) + "\n";
  return out;
}

Json axis_json(const AxisTrace& axis) {
  Json recipients = Json::array();
  for (std::size_t i = 0; i < axis.names.size(); ++i) {
    Json r = {{"name", axis.names[i]}, {"data", axis.origins[i]}, {"key", axis.keys[i].to_string(10)}, {"share", share_text(axis, i)}};
    if (!axis.caps.empty()) r["cap"] = plain_amount(std::max<std::int64_t>(0, axis.caps[i]));
    r["part"] = plain_amount(axis.parts[i]);
    std::size_t capped = capped_in(axis, i);
    r["capped_in_round"] = capped ? Json(capped) : Json(nullptr);
    recipients.push_back(r);
  }
  Json rounds = Json::array();
  for (const AllocationRound& round : axis.rounds) {
    Json shares = Json::array();
    for (const RoundShare& s : round.shares) {
      Json j = {{"name", axis.names[s.recipient]}, {"exact", (s.exact / Rational(100)).to_string(10)}, {"rounded_down", plain_amount(s.floor)},
                {"fraction_of_cent", fraction_of_cent(s.exact, s.floor)}, {"extra_cent", s.extra_cent}, {"capped", s.capped}};
      if (!axis.caps.empty()) j["room"] = plain_amount(s.room);
      if (s.extra_cent) {
        std::string tie = tie_with(round, axis, s);
        j["tie_with"] = tie.empty() ? Json(nullptr) : Json(tie);
      }
      shares.push_back(j);
    }
    rounds.push_back({{"amount", plain_amount(round.amount)}, {"shares", shares}});
  }
  return {{"list", one_line(axis.list_text)}, {"key", one_line(axis.key_text)}, {"cap", one_line(axis.cap_text)},
          {"excess", axis.excess}, {"total_key", axis.total_key.to_string(10)}, {"amount", plain_amount(axis.amount)},
          {"placed", plain_amount(axis.amount - axis.remainder)}, {"recipients", recipients}, {"rounds", rounds}};
}

std::int64_t cell_cents(const TableCell& cell) { return cell.floor + (cell.extra_cent ? 1 : 0); }

// Why a cell has the cents it has, for people.
std::string cell_reason(const TableCell& cell) {
  if (cell.exact.is_integer()) return say("whole cents");
  if (cell.extra_cent) return say("rounded up: one of the left-over cents, largest fractions first");
  if (cell.skipped) return say("rounded down: a cent here would leave a row or column total impossible to meet");
  return say("rounded down: its row or column had no cent left");
}

std::string table_text(const DistributionTrace& t, int row, int column) {
  const AxisTrace& rows = t.axes[0];
  const AxisTrace& columns = t.axes[1];
  std::string out = say("  Table: each cell = row part × column part / {} (the amount placed), rounded down to the cent;\n"
                        "  the cents left over go one at a time to the cells with the largest fractions (ties: the earlier\n"
                        "  row, then the earlier column), skipping a cell where a cent would leave a row or column total\n"
                        "  impossible to meet; so every row and every column adds up exactly.", euro_amount(t.placed)) + "\n";
  auto cell_line = [&](int r, int c) {
    const TableCell& cell = t.cells[r][c];
    return std::string("    ") + (r == row && c == column ? "» " : "") +
           say("{} × {}: {} × {} / {} = {}, fraction {} of a cent → {} ({})", rows.names[r], columns.names[c], euro_amount(rows.parts[r]),
               euro_amount(columns.parts[c]), euro_amount(t.placed), exact_euros(cell.exact), fraction_of_cent(cell.exact, cell.floor),
               euro_amount(cell_cents(cell)), cell_reason(cell)) + "\n";
  };
  out += "  " + say("the row of {} (total {}):", full_name(rows, row), euro_amount(rows.parts[row])) + "\n";
  for (std::size_t c = 0; c < columns.names.size(); ++c) out += cell_line(row, static_cast<int>(c));
  out += "  " + say("the column of {} (total {}):", full_name(columns, column), euro_amount(columns.parts[column])) + "\n";
  for (std::size_t r = 0; r < rows.names.size(); ++r) out += cell_line(static_cast<int>(r), column);
  return out;
}

}  // namespace

std::string distribution_text(const DistributionShare& share) {
  const DistributionTrace& t = *share.trace;
  bool two_keys = t.axes.size() == 2;
  std::string out = "\n" + (two_keys ? say("Distribution over two keys") : say("Distribution")) + "\n  " +
                    say("{}: distribute {} = {} (exact {}, rounded to cents {})", t.location, one_line(t.amount_text), euro_amount(t.amount),
                        euro_exact(t.exact_amount), t.rounding) + "\n";
  if (!two_keys) {
    out += axis_text(t.axes[0], "  ", share.row);
    out += "  " + say("this posting is the part of {}", t.axes[0].names.at(share.row)) + "\n";
  } else {
    out += "  " + say("Rows (who pays):") + "\n" + axis_text(t.axes[0], "    ", share.row);
    out += "  " + say("Columns (who receives):") + "\n" + axis_text(t.axes[1], "    ", share.column);
    if (t.axes[0].amount != t.amount || t.axes[1].amount != t.amount) {
      out += "  " + say("The two sides placed different amounts, so the side that placed more split again what the other placed: "
                        "both place {}", euro_amount(t.placed)) + "\n";
    }
    out += table_text(t, share.row, share.column);
    out += "  " + say("this posting is the cell {} × {}", t.axes[0].names.at(share.row), t.axes[1].names.at(share.column)) + "\n";
  }
  out += "  " + say("remainder (not placed): {}", euro_amount(t.remainder)) + "\n";
  return out;
}

Json distribution_json(const DistributionShare& share) {
  const DistributionTrace& t = *share.trace;
  Json out = {{"source", t.location}, {"amount_formula", one_line(t.amount_text)}, {"amount", plain_amount(t.amount)},
              {"exact_amount", (t.exact_amount).to_string(10)}, {"rounding", t.rounding}};
  Json axes = Json::array();
  for (const AxisTrace& axis : t.axes) axes.push_back(axis_json(axis));
  out["keys"] = axes;
  out["recipient"] = t.axes[0].names.at(share.row);
  if (t.axes.size() == 2) {
    out["column_recipient"] = t.axes[1].names.at(share.column);
    Json cells = Json::array();
    for (std::size_t r = 0; r < t.cells.size(); ++r) {
      for (std::size_t c = 0; c < t.cells[r].size(); ++c) {
        const TableCell& cell = t.cells[r][c];
        cells.push_back({{"row", t.axes[0].names[r]}, {"column", t.axes[1].names[c]}, {"exact", (cell.exact / Rational(100)).to_string(10)},
                         {"rounded_down", plain_amount(cell.floor)}, {"extra_cent", cell.extra_cent}, {"skipped", cell.skipped},
                         {"amount", plain_amount(cell_cents(cell))}});
      }
    }
    out["placed"] = plain_amount(t.placed);
    out["cells"] = cells;
  }
  out["remainder"] = plain_amount(t.remainder);
  return out;
}

void distribution_sheets(XlsxBook& book, const DistributionShare& share) {
  const DistributionTrace& t = *share.trace;
  XlsxSheet sheet = book.add_sheet(say("Distribution"));
  sheet.headers(0, {say("side"), say("recipient"), say("key"), say("share"), say("cap"), say("part"), say("capped in round")},
                {10, 50, 14, 14, 18, 18, 14});
  int row = 1;
  sheet.text(row, 0, say("amount")), sheet.text(row, 1, say("{} (exact {})", one_line(t.amount_text), euro_exact(t.exact_amount))),
      sheet.amount(row++, 5, t.amount);
  auto side_of = [&](std::size_t a) { return t.axes.size() == 1 ? say("recipients") : a == 0 ? say("rows") : say("columns"); };
  for (std::size_t a = 0; a < t.axes.size(); ++a) {
    const AxisTrace& axis = t.axes[a];
    std::string side = side_of(a);
    for (std::size_t i = 0; i < axis.names.size(); ++i) {
      sheet.text(row, 0, side);
      sheet.text(row, 1, full_name(axis, i));
      sheet.text(row, 2, axis.keys[i].to_string(10));
      sheet.text(row, 3, share_text(axis, i));
      if (!axis.caps.empty()) sheet.amount(row, 4, std::max<std::int64_t>(0, axis.caps[i]));
      sheet.amount(row, 5, axis.parts[i]);
      if (std::size_t capped = capped_in(axis, i)) sheet.integer(row, 6, static_cast<std::int64_t>(capped));
      ++row;
    }
  }
  sheet.text(row, 0, say("remainder")), sheet.amount(row++, 5, t.remainder);
  XlsxSheet rounds = book.add_sheet(say("Rounds"));
  rounds.headers(0, {say("side"), say("round"), say("recipient"), say("exact"), say("rounded down"), say("fraction of a cent"), say("extra cent"),
                     say("capped"), say("room")},
                 {10, 8, 50, 22, 18, 18, 10, 10, 18});
  row = 1;
  for (std::size_t a = 0; a < t.axes.size(); ++a) {
    const AxisTrace& axis = t.axes[a];
    for (std::size_t r = 0; r < axis.rounds.size(); ++r) {
      for (const RoundShare& s : axis.rounds[r].shares) {
        rounds.text(row, 0, side_of(a));
        rounds.integer(row, 1, static_cast<std::int64_t>(r + 1));
        rounds.text(row, 2, axis.names[s.recipient]);
        rounds.text(row, 3, exact_euros(s.exact));
        rounds.amount(row, 4, s.floor);
        rounds.text(row, 5, fraction_of_cent(s.exact, s.floor));
        rounds.text(row, 6, s.extra_cent ? say("yes") : say("no"));
        rounds.text(row, 7, s.capped ? say("yes") : say("no"));
        if (!axis.caps.empty()) rounds.amount(row, 8, s.room);
        ++row;
      }
    }
  }
  if (t.axes.size() != 2) return;
  XlsxSheet table = book.add_sheet(say("Table"));
  table.headers(0, {say("row"), say("column"), say("exact"), say("rounded down"), say("amount"), say("why")}, {40, 40, 22, 18, 18, 60});
  row = 1;
  for (std::size_t r = 0; r < t.cells.size(); ++r) {
    for (std::size_t c = 0; c < t.cells[r].size(); ++c) {
      const TableCell& cell = t.cells[r][c];
      table.text(row, 0, t.axes[0].names[r]);
      table.text(row, 1, t.axes[1].names[c]);
      table.text(row, 2, exact_euros(cell.exact));
      table.amount(row, 3, cell.floor);
      table.amount(row, 4, cell_cents(cell));
      table.text(row++, 5, cell_reason(cell));
    }
  }
}

}  // namespace rw

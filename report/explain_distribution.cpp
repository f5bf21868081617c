#include "report/explain_distribution.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "report/money_format.h"
#include "runtime/eval/describe.h"

namespace rw {

namespace {

using Json = nlohmann::ordered_json;

// An exact amount in cents (it may have a fraction of a cent) as euros: "€13,560.384".
std::string exact_euros(const Rational& cents) { return describe_money(cents / Rational(100)); }
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
  out += fmt::format("{}over {} ({} recipient{}) by {} (total key {}){}\n", indent, one_line(axis.list_text), axis.names.size(),
                     axis.names.size() == 1 ? "" : "s", one_line(axis.key_text), axis.total_key.to_string(6),
                     axis.cap_text.empty() ? "" : fmt::format(", capped at {}, {} the excess", one_line(axis.cap_text), axis.excess));
  out += fmt::format("{}split: {}\n", indent, euro_amount(axis.amount));
  for (std::size_t i = 0; i < axis.names.size(); ++i) {
    std::string cap = axis.caps.empty() ? "" : fmt::format("  cap {}", euro_amount(std::max<std::int64_t>(0, axis.caps[i])));
    std::size_t capped = capped_in(axis, i);
    out += fmt::format("{}  {}{}: key {}, share {}{}, part {}{}\n", indent, static_cast<int>(i) == mark ? "» " : "", full_name(axis, i),
                       axis.keys[i].to_string(6), share_text(axis, i), cap, euro_amount(axis.parts[i]),
                       capped ? fmt::format(" (reached its cap in round {})", capped) : "");
  }
  for (std::size_t r = 0; r < axis.rounds.size(); ++r) {
    const AllocationRound& round = axis.rounds[r];
    bool last = r + 1 == axis.rounds.size();
    out += r == 0 ? fmt::format("{}Round 1: {} over {} by their keys\n", indent, euro_amount(round.amount), round.shares.size() == axis.names.size() ? "everyone" : fmt::format("the {} with a key and room", round.shares.size()))
                  : fmt::format("{}Round {}: what is left, {}, spread again over the {} still below their cap\n", indent, r + 1,
                                euro_amount(round.amount), round.shares.size());
    std::int64_t floors = 0, extra = 0;
    for (const RoundShare& s : round.shares) floors += s.floor, extra += s.extra_cent;
    bool any_capped = false;
    for (const RoundShare& s : round.shares) {
      std::int64_t rounded = s.floor + (s.extra_cent ? 1 : 0);
      std::string line = fmt::format("{}  {}: exact {}, rounded down {}, fraction {} of a cent{}", indent, axis.names[s.recipient],
                                     exact_euros(s.exact), euro_amount(s.floor), fraction_of_cent(s.exact, s.floor),
                                     s.extra_cent ? ", +1 cent" : "");
      if (s.capped) {
        any_capped = true;
        bool keep = axis.excess == "keeping";
        line += fmt::format(" = {}: {} its room {}, so it gets {} and {} {}", euro_amount(rounded), keep ? "above" : "reaches",
                            euro_amount(s.room), euro_amount(s.room), keep ? "keeps out" : "passes on", euro_amount(rounded - s.room));
      } else if (!last && axis.excess == "spreading") {
        line += ": below its room, split again in the next round";
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
        who += fmt::format("{}{} (fraction {}{})", who.empty() ? "" : ", ", axis.names[s.recipient], fraction_of_cent(s.exact, s.floor),
                           tie.empty() ? "" : ", a tie with " + tie + ": the earlier in the list first");
      }
      out += fmt::format("{}  rounding: the parts rounded down add up to {}; the {} cent{} left over went one each to the largest "
                         "fractions: {}\n", indent, euro_amount(floors), extra, extra == 1 ? "" : "s", who);
    }
  }
  std::int64_t placed = axis.amount - axis.remainder;
  out += fmt::format("{}placed {}, not placed {}\n", indent, euro_amount(placed), euro_amount(axis.remainder));
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
  if (cell.exact.is_integer()) return "whole cents";
  if (cell.extra_cent) return "rounded up: one of the left-over cents, largest fractions first";
  if (cell.skipped) return "rounded down: a cent here would leave a row or column total impossible to meet";
  return "rounded down: its row or column had no cent left";
}

std::string table_text(const DistributionTrace& t, int row, int column) {
  const AxisTrace& rows = t.axes[0];
  const AxisTrace& columns = t.axes[1];
  std::string out = fmt::format("  Table: each cell = row part × column part / {} (the amount placed), rounded down to the cent;\n"
                                "  the cents left over go one at a time to the cells with the largest fractions (ties: the earlier\n"
                                "  row, then the earlier column), skipping a cell where a cent would leave a row or column total\n"
                                "  impossible to meet; so every row and every column adds up exactly.\n", euro_amount(t.placed));
  auto cell_line = [&](int r, int c) {
    const TableCell& cell = t.cells[r][c];
    return fmt::format("    {}{} × {}: {} × {} / {} = {}, fraction {} of a cent → {} ({})\n", r == row && c == column ? "» " : "",
                       rows.names[r], columns.names[c], euro_amount(rows.parts[r]), euro_amount(columns.parts[c]), euro_amount(t.placed),
                       exact_euros(cell.exact), fraction_of_cent(cell.exact, cell.floor), euro_amount(cell_cents(cell)), cell_reason(cell));
  };
  out += fmt::format("  the row of {} (total {}):\n", full_name(rows, row), euro_amount(rows.parts[row]));
  for (std::size_t c = 0; c < columns.names.size(); ++c) out += cell_line(row, static_cast<int>(c));
  out += fmt::format("  the column of {} (total {}):\n", full_name(columns, column), euro_amount(columns.parts[column]));
  for (std::size_t r = 0; r < rows.names.size(); ++r) out += cell_line(static_cast<int>(r), column);
  return out;
}

}  // namespace

std::string distribution_text(const DistributionShare& share) {
  const DistributionTrace& t = *share.trace;
  bool two_keys = t.axes.size() == 2;
  std::string out = fmt::format("\nDistribution{}\n  {}: distribute {} = {} (exact {}, rounded to cents {})\n",
                                two_keys ? " over two keys" : "", t.location, one_line(t.amount_text), euro_amount(t.amount),
                                describe_money(t.exact_amount), t.rounding);
  if (!two_keys) {
    out += axis_text(t.axes[0], "  ", share.row);
    out += fmt::format("  this posting is the part of {}\n", t.axes[0].names.at(share.row));
  } else {
    out += "  Rows (who pays):\n" + axis_text(t.axes[0], "    ", share.row);
    out += "  Columns (who receives):\n" + axis_text(t.axes[1], "    ", share.column);
    if (t.axes[0].amount != t.amount || t.axes[1].amount != t.amount) {
      out += fmt::format("  The two sides placed different amounts, so the side that placed more split again what the other placed: "
                         "both place {}\n", euro_amount(t.placed));
    }
    out += table_text(t, share.row, share.column);
    out += fmt::format("  this posting is the cell {} × {}\n", t.axes[0].names.at(share.row), t.axes[1].names.at(share.column));
  }
  out += fmt::format("  remainder (not placed): {}\n", euro_amount(t.remainder));
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
  XlsxSheet sheet = book.add_sheet("Distribution");
  sheet.headers(0, {"side", "recipient", "key", "share", "cap", "part", "capped in round"}, {10, 50, 14, 14, 18, 18, 14});
  int row = 1;
  sheet.text(row, 0, "amount"), sheet.text(row, 1, one_line(t.amount_text) + " (exact " + describe_money(t.exact_amount) + ")"),
      sheet.amount(row++, 5, t.amount);
  for (std::size_t a = 0; a < t.axes.size(); ++a) {
    const AxisTrace& axis = t.axes[a];
    std::string side = t.axes.size() == 1 ? "recipients" : a == 0 ? "rows" : "columns";
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
  sheet.text(row, 0, "remainder"), sheet.amount(row++, 5, t.remainder);
  XlsxSheet rounds = book.add_sheet("Rounds");
  rounds.headers(0, {"side", "round", "recipient", "exact", "rounded down", "fraction of a cent", "extra cent", "capped", "room"},
                 {10, 8, 50, 22, 18, 18, 10, 10, 18});
  row = 1;
  for (std::size_t a = 0; a < t.axes.size(); ++a) {
    const AxisTrace& axis = t.axes[a];
    for (std::size_t r = 0; r < axis.rounds.size(); ++r) {
      for (const RoundShare& s : axis.rounds[r].shares) {
        rounds.text(row, 0, t.axes.size() == 1 ? "recipients" : a == 0 ? "rows" : "columns");
        rounds.integer(row, 1, static_cast<std::int64_t>(r + 1));
        rounds.text(row, 2, axis.names[s.recipient]);
        rounds.text(row, 3, exact_euros(s.exact));
        rounds.amount(row, 4, s.floor);
        rounds.text(row, 5, fraction_of_cent(s.exact, s.floor));
        rounds.text(row, 6, s.extra_cent ? "yes" : "no");
        rounds.text(row, 7, s.capped ? "yes" : "no");
        if (!axis.caps.empty()) rounds.amount(row, 8, s.room);
        ++row;
      }
    }
  }
  if (t.axes.size() != 2) return;
  XlsxSheet table = book.add_sheet("Table");
  table.headers(0, {"row", "column", "exact", "rounded down", "amount", "why"}, {40, 40, 22, 18, 18, 60});
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

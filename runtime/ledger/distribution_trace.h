#pragma once
// How a `distribute` statement split its amount, kept for explanations: one trace per execution of the
// statement, shared by every posting made inside its body.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "values/rational.h"

namespace rw {

// One recipient's share in one round of largest remainder.
struct RoundShare {
  std::size_t recipient = 0;  // index into the recipients
  Rational exact;             // in cents (with a fraction): the round's amount × key / total key of those taking part
  std::int64_t floor = 0;     // exact rounded down to the cent
  bool extra_cent = false;    // got one of the cents left over after rounding down
  bool capped = false;        // its share reached its room: it gets its room and drops out
  std::int64_t room = 0;      // with caps: what it could still take before this round
};

// One pass of largest remainder over the recipients still taking part.
struct AllocationRound {
  std::int64_t amount = 0;          // cents split in this round
  std::vector<RoundShare> shares;   // one per recipient taking part, in list order
};

// The split of an amount over one list by one key.
struct AxisTrace {
  std::vector<std::string> names;          // the recipients as people know them (member, id or value), in list order
  std::vector<std::string> origins;        // where each was read ("member_years.json: $.member_years[4]"), or ""
  std::vector<Rational> keys;              // their keys
  std::vector<std::int64_t> caps;          // their caps in cents (empty without caps)
  std::vector<std::int64_t> parts;         // what each finally got, in cents
  Rational total_key;
  std::int64_t amount = 0;                 // cents split
  std::int64_t remainder = 0;              // cents not placed
  std::vector<AllocationRound> rounds;     // in order; the last decides the rounding
  std::string excess;                      // "spreading", "keeping", or "" without caps
  std::string list_text, key_text, cap_text;  // as written in the rule file ("" without a cap)
};

// One cell of a two-key table: a row's and a column's part of the placed amount.
struct TableCell {
  Rational exact;           // in cents (with a fraction): row total × column total / placed total
  std::int64_t floor = 0;   // exact rounded down to the cent
  bool extra_cent = false;  // got a left-over cent
  bool skipped = false;     // had a fraction but could not take a cent without breaking a row or column total
};

struct DistributionTrace {
  std::string location;          // "rules/x.regels:302:3": the distribute statement
  Rational exact_amount;         // the amount as computed, before rounding to cents
  std::int64_t amount = 0;       // the amount in cents (negative amounts are split as their size, signs restored)
  std::string rounding;          // the mode that rounded the amount to cents
  std::string amount_text;       // the amount as written
  std::vector<AxisTrace> axes;   // one (a one-key split), or rows then columns (a two-key table)
  // Two keys: the amount both sides place (the smaller of the two, each side split again until they
  // agree), and the cells row by row.
  std::int64_t placed = 0;
  std::vector<std::vector<TableCell>> cells;
  std::int64_t remainder = 0;    // what the remainder block received
};

}  // namespace rw

#pragma once
// Explanations of results, from the provenance every run records: which rule, which statement, what
// went in (contributions, parameter values and where they came from), and how it was rounded.
#include <optional>
#include <string>
#include <vector>

#include "lang/checked_model.h"
#include "lang/program.h"
#include "lang/source.h"
#include "runtime/ledger/ledger.h"

namespace rw {

struct PostingExplanation {
  const Posting* posting = nullptr;
  std::string from, to;              // display names
  std::string rule_location;         // "rules/x.regels:138:6"
  std::string rule_line;             // the rule's first line as written
  std::string statement_text;        // the pay statement as written
  std::string amount_text;           // its amount expression as written
  std::string rounding;              // the model's rounding mode
  ComputedUnder computed_under;      // the ledger's: agreed, or the what-if it was computed under
};

// One contribution to a posting as explanations show it: for whom, from which data row, how much.
struct ContributionExplanation {
  std::string id;      // the innermost record with an id ("CG-0004"); "" when none
  std::string data;    // where the innermost record was read: "clients.json: $.clients[3].stays[0]"
  Rational amount;     // exact, before rounding
  // When that record has exactly one period: the period, and how many days of the posting's year it covers.
  std::optional<Period> period;
  std::int64_t days = 0;
  int days_in_year = 0;
};

struct AccountExplanation {
  std::string account, name;
  int year = 0;
  std::vector<PostingExplanation> received, paid;
  std::vector<const Note*> notes;
  std::int64_t received_cents = 0, paid_cents = 0;
  ComputedUnder computed_under;      // the ledger's
};

// The explanation of the posting with this id ("2022/5/5"), or nullopt if there is none.
std::optional<PostingExplanation> explain_posting(const Program& program, const Ledger& ledger,
                                                  const std::string& id);
// Everything an account received and paid in a year; nullopt if the account does not exist.
std::optional<AccountExplanation> explain_account(const Program& program, const Ledger& ledger,
                                                  const std::string& account, int year);
// Keeps only the postings of rule `rule_id` in what an account received and paid.
void keep_only_rule(AccountExplanation& explanation, const std::string& rule_id);
// For a message about an account the model lacks: "; did you mean 'centre'?", or "" when no name is close.
std::string account_hint(const CheckedModel& model, const std::string& account);

// How many contributions an explanation lists unless all are asked for (--items).
constexpr std::size_t contributions_listed = 10;

// The contributions to `posting` made inside loops over records, in the order made: all, or the first
// `contributions_listed`.
std::vector<ContributionExplanation> explain_contributions(const Posting& posting, bool all);

}  // namespace rw

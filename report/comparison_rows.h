#pragma once
// The rows every rendering of a comparison shows (table, JSON, CSV, XLSX): per year, the net amounts
// received per account and rule in both ledgers, the balances, the closing balances, the notes and the
// reports, with what is shown.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "report/compare_report.h"

namespace rw {

struct Amounts {
  std::int64_t baseline = 0, scenario = 0;
  std::int64_t difference() const { return scenario - baseline; }
};

// A note in both ledgers, matched by rule, label and account id (0 on a side that lacks it).
struct NoteComparison {
  std::string rule, label, account, account_name;
  Amounts amounts;
};

// A report in either ledger, matched by name, subject kind and subject (a name is reported once per
// subject and year); a side without it is nullopt.
struct ReportComparison {
  std::string rule, name, subject_kind, subject;
  const Report* baseline = nullptr;  // in the comparison's ledgers, which outlive it
  const Report* scenario = nullptr;

  // Whether it is added, removed, or has another value or type.
  bool changed() const;
  // The side that has it (the scenario's when both do).
  const Report& any() const { return scenario ? *scenario : *baseline; }
};

// Net amounts received per (account id, rule) for one year in both ledgers, with the rule order, and
// the notes. Accounts are matched by id, so the two ledgers may come from two versions of a model.
struct YearComparison {
  std::vector<std::string> rules;                     // in order of first appearance
  std::map<std::pair<std::string, std::string>, Amounts> cells;
  std::map<std::string, Amounts> balances;            // per account id
  // Per account id of either ledger: its closing balance at the end of the year (opening + every flow up
  // to and including the year, Ledger::closing_balances), 0 on a side that lacks the account.
  std::map<std::string, Amounts> closing;
  // Whether on either side some account's closing balance is not its balance for the year: an opening
  // balance or an earlier year is brought forward into it.
  bool brought_forward = false;
  std::vector<NoteComparison> notes;                  // the baseline's in its order, then new ones
  std::vector<ReportComparison> reports;              // the baseline's in its order, then new ones

  // Whether anything of the account changes: its balance, or its amount under any rule.
  bool account_changes(const std::string& account) const;
  // Whether any account's amount under `rule` changes.
  bool rule_changes(const std::string& rule) const;
  // How many accounts' closing balances change.
  std::size_t closing_changes() const;
};

// Both ledgers' amounts in `year`.
YearComparison compare_year(const Comparison& comparison, int year);
// Accounts in report order (declared accounts first, then members; the baseline's, then any the
// scenario adds), those with postings in either ledger (with changed_only: those that change).
std::vector<const AccountInfo*> accounts_shown(const Comparison& comparison, const YearComparison& year);
// The accounts whose closing balance to show, in report order: those with a non-zero closing balance on
// either side (with changed_only: those whose closing balance changes).
std::vector<const AccountInfo*> closing_shown(const Comparison& comparison, const YearComparison& year);
// The year's rules in order (with changed_only: those that change).
std::vector<std::string> rules_shown(const Comparison& comparison, const YearComparison& year);
// The year's notes (with changed_only: those that change).
std::vector<const NoteComparison*> notes_shown(const Comparison& comparison, const YearComparison& year);
// The year's reports (with changed_only: those added, removed or changed).
std::vector<const ReportComparison*> reports_shown(const Comparison& comparison, const YearComparison& year);
// "Arnhem", "(none)" for an absent value, "(not reported)" for a side without the report.
std::string report_side_text(const Report* side);
// The years of both ledgers (they are evaluated for the same years).
const std::vector<int>& years_of(const Comparison& comparison);

}  // namespace rw

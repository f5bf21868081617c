#pragma once
// The double-entry ledger a settlement produces. Every posting moves whole cents from one account to
// another, so each year's balances sum to zero by construction.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lang/model.h"
#include "runtime/ledger/distribution_trace.h"
#include "runtime/ledger/report_list.h"
#include "values/date.h"
#include "values/rational.h"
#include "values/value.h"

namespace rw {

// Contributions of one exact amount: "108 × €6,000".
struct ContributionGroup {
  Rational amount;
  int count = 0;
};

// A parameter the amount depends on, with the value it had in that year and where that came from.
struct ParameterUse {
  std::string name;
  std::string value;   // as written: "€6,000.00", "2025-01-01"
  std::string source;  // "rules/x.regels:93:11" or "--set secondary_fee=7000" or "scenario late_reform"
};

// One execution of a pay statement that added to a posting: the record it was made for and its exact amount.
struct Contribution {
  RecordPtr record;  // the innermost record being iterated over (a client's stay, a table's row)
  int item = -1;     // the innermost record with an id, as an index into ItemList::ids; -1 when none
  Rational amount;   // before rounding
};

// The records an amount was made for (e.g. clients), shared by copies of a posting: a what-if that
// reuses a posting copies no list.
struct ItemList {
  std::vector<std::string> ids;     // the records' ids (e.g. client pseudonyms), sorted, each once
  std::vector<RecordPtr> records;  // for each id its record (`origin`: the data file and JSON path)
  std::vector<Contribution> each;  // every contribution made inside a loop over records, in the order made
};

// The distribution (a `distribute` statement's split) a posting's amount came from, and which of its
// recipients it was made for: the row, and for a two-key table the column too.
struct DistributionShare {
  std::shared_ptr<const DistributionTrace> trace;  // shared by every posting of that one split
  int row = -1;
  int column = -1;  // -1 for a one-key split
};

// Where an amount came from, for explanations. Recorded in every run; no special mode needed.
struct Provenance {
  std::string location;               // "rules/region.regels:42:5" of the pay statement
  SourceRange statement;              // the pay statement in the rule file
  SourceRange amount;                 // its amount expression
  int contributions = 0;              // how many times the statement added to this posting
  std::shared_ptr<const ItemList> items;    // the records iterated over; null when none
  std::vector<ContributionGroup> groups;    // contributions by exact amount, largest count first
  Rational exact_total;                     // the sum before rounding to cents
  std::vector<ParameterUse> parameters;     // parameters the amount depends on, by name
  std::vector<DistributionShare> distributions;  // the splits its contributions came from; empty outside distribute

  const std::vector<std::string>& item_ids() const;
  const std::vector<RecordPtr>& item_records() const;
  const std::vector<Contribution>& each_contribution() const;
};

struct Posting {
  std::string id;       // "2022/5/3": year, rule id, 1-based number within that rule and year
  int year = 0;
  std::string rule_id;  // the arrangement number, e.g. "5"
  std::string title;    // the rule's title as written, e.g. "Vergoeding secundaire kosten"
  int from = 0;         // index into accounts
  int to = 0;
  std::int64_t cents = 0;  // signed; a negative amount moves money from `to` to `from`
  std::optional<Date> due;
  // Where its amount came from; never null in a ledger. Shared by copies of the posting: a what-if that
  // takes a posting over copies no provenance.
  std::shared_ptr<const Provenance> provenance;
};

// A reported figure that moves no money, e.g. the part of a shortfall that solidarity could not cover.
struct Note {
  int year = 0;
  std::string rule_id;
  std::string title;
  std::string label;  // as written in the note statement
  int account = 0;    // index into accounts
  std::int64_t cents = 0;
  std::string location;
};

// What a report's value is, for typed output: JSON types, CSV cells, test files' values.
enum class ReportValueKind { Bool, Integer, Decimal, Money, Date, Text, Party, Enum };

// A reported value, as every output shows it.
struct ReportValue {
  ReportValueKind kind = ReportValueKind::Bool;
  std::string type;     // as a user writes it: "money", "bool", "account", "Product", "date?"
  bool absent = false;  // an optional figure without a value
  // Canonical text: money in whole cents "1234.56", an exact decimal "0.25" (or "1/3"), "12", "true",
  // "2025-01-01", the text itself, an account's id, an enum variant; "" when absent.
  std::string text;
  std::string display;  // for people: "€1,234.56", an account's display name, "(none)" when absent
};

// What a report is about: a record of a keyed input (by its key), a member, an account, or the rule itself.
enum class ReportSubjectKind { Rule, Record, Member, Account };

// What every report one report statement makes shares: its rule and where it is in the rule file.
struct ReportStatement {
  std::string rule_id;   // the rule's id, e.g. "K"
  std::string title;     // the rule's title as written
  std::string name;      // as written in the report statement
  std::string location;  // "rules/region.regels:42:5" of the report statement
  SourceRange statement;  // the report statement in the rule file
  SourceRange formula;    // its value expression
};

// A named figure of any type a rule publishes for a subject and year (`report <name>: <value> [for <subject>]`).
// What one statement's reports have in common is shared, so that a model reporting a figure for every
// client and year (a million reports nationally) keeps each report small and copies it cheaply.
struct Report {
  int year = 0;
  std::shared_ptr<const ReportStatement> made_by;  // never null in a ledger, nor shared_value
  ReportSubjectKind subject_kind = ReportSubjectKind::Rule;
  std::string subject;          // the record's key ("c08"; "2025, A" for two key fields), the account id; "" for the rule
  RecordPtr subject_record;     // the record reported on (its `origin`: data file and JSON path); null otherwise
  // Its value; reports of the same statement with the same yes/no, party or enum value share one.
  std::shared_ptr<const ReportValue> shared_value;
  // The parameters the value reads, by name, with their values in that year: shared by the statement's
  // reports of one year (null when it reads none).
  std::shared_ptr<const std::vector<ParameterUse>> parameter_uses;

  const ReportValue& value() const { return *shared_value; }
  const std::string& rule_id() const { return made_by->rule_id; }
  const std::string& title() const { return made_by->title; }
  const std::string& name() const { return made_by->name; }
  const std::string& location() const { return made_by->location; }
  SourceRange statement() const { return made_by->statement; }
  SourceRange formula() const { return made_by->formula; }
  // A record's data file and JSON path ("clients.json: $.clients[7]"); "" for another subject.
  const std::string& subject_origin() const;
  // The parameters the value reads (empty when none).
  const std::vector<ParameterUse>& parameters() const;
};

// "rule", "record", "member", "account": a report subject's kind as outputs name it.
const char* subject_kind_name(ReportSubjectKind kind);

// What a settlement was computed under: the model as agreed (nothing set), or a what-if.
// Its texts are facts of the settlement and stay English in every message language, as JSON and CSV
// carry them unchanged (so do record origins, parameter sources and the values in explanations).
struct ComputedUnder {
  std::string scenario;               // the scenario's name (--scenario NAME), or ""
  std::vector<std::string> settings;  // each setting as given, "NAME=VALUE" or "NAME@YEAR=VALUE", in order
  // Each change to the data the scenario made, briefly: "adds 10 clients (R-01 … R-10)".
  std::vector<std::string> data_changes;
  // The data read, named only when a comparison puts two data sets side by side (compare --against-data); else "".
  std::string data;

  // Whether nothing was changed and no data set is named: the settlement of the model as written.
  bool agreed() const { return scenario.empty() && settings.empty() && data_changes.empty() && data.empty(); }
  // "data other/x; scenario more: adds 10 clients (R-01 … R-10); changes 40 member_years (local_access), --set fee=7000"
  // (the parts that are there); "" when agreed.
  std::string describe() const;
};

struct Ledger {
  std::string model_name;
  ComputedUnder computed_under;   // a what-if's scenario and settings; agreed() for the real settlement
  std::vector<AccountInfo> accounts;
  std::vector<int> years;         // the years asked for and shown, ascending: `postings` and `notes` are of these years
  std::vector<Posting> postings;  // by year, then rule order in the file, then first occurrence
  std::vector<Note> notes;        // in the same order
  // Per account: its declared opening balance (`opening` in its declaration), in cents; 0 when none.
  // It has no counterpart in the ledger, so the accounts' openings do not sum to zero.
  std::vector<std::int64_t> opening;
  // The flows of the years that were evaluated but are not shown (from the model's first year up to the
  // last of `years`, those not in `years`), by (year, rule id): per account, received minus paid, in
  // cents. They are in no posting, but closing balances count them.
  std::map<std::pair<int, std::string>, std::vector<std::int64_t>> unshown_flows;
  // The first year whose flows closing balances count: the model's first year (or the first of `years`
  // if earlier), unless the settlement was asked for the years alone (then the first of `years`);
  // 0 stands for the first of `years`. Read it with first_counted_year().
  int flows_from = 0;
  ReportList reports;  // by year, then rule order in the file, then evaluation order

  // Net position per account for one year: received minus paid, in cents (sums to zero).
  std::vector<std::int64_t> balances(int year) const;
  // Closing balance per account at the end of `year`: its opening balance plus every flow from the
  // model's first year up to and including `year`, shown or not, in cents (sums to the total opening).
  std::vector<std::int64_t> closing_balances(int year) const;
  // The first year closing balances count the flows of (flows_from, or the first of `years`; 0 when none).
  int first_counted_year() const { return flows_from ? flows_from : years.empty() ? 0 : years.front(); }
};

}  // namespace rw

#pragma once
// A test file (*.regeltest) as written: which model it tests, with which data, and what each test
// expects. Values in expectations are "slots": a word or quoted text as written, which a table row
// may replace (a word that names a column of the test's `where` table means that column's cell).
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "lang/language.h"
#include "lang/source.h"

namespace rw::testing {

// A word (Rheden, 2022, €6_000.00, 5) or "quoted text", as written, with where it was written.
struct Slot {
  std::string text;    // without quotes
  bool quoted = false;
  SourceRange range;
};

// Where a test's data comes from: a path relative to the test file, or JSON written in the test.
struct DataSource {
  std::string path;         // empty for inline data
  std::string inline_json;  // the JSON object's text, braces included
  SourceRange range;
};

// `<from> pays <amount> to <to>`, `<from> pays nothing to <to>`: the sum of the matching postings.
// Either side may be `anyone`.
struct PaysClaim { Slot from, amount, to; bool nothing = false; };
// `<from> pays for "<id>"` (or `pays nothing for`): whether a posting from that account counts the item.
struct PaysForClaim { Slot from, item; bool nothing = false; };
// `no postings`: the rule (or, without a rule, the whole year) posts nothing.
struct NoPostingsClaim {};
// `balance of <account> = <amount>`: received minus paid in that year (the year's flow); with `closing`
// first, the closing balance: the opening balance plus every flow up to and including that year.
struct BalanceClaim { Slot account, amount; bool closing = false; };
// `note ["<label>"] for <account> = <amount>`: the notes for the account (with that label).
struct NoteClaim { std::optional<Slot> label; Slot account, amount; };
// `"<id>" is [not] <definition>`: a yes/no definition of the model applied to the record with that id.
struct IsClaim { Slot item, definition; bool negated = false; };

// `report <name> [for <subject>] = <value>`: what a `report` statement reported for the subject (a
// record's key, a member or an account; without `for`, the rule's own figure), the value as in rule files.
struct ReportClaim { Slot name; std::optional<Slot> subject; Slot value; };

// `expect <year> [rule <id>]: <claim>`.
struct DatedExpectation {
  Slot year;
  std::optional<Slot> rule;
  std::variant<PaysClaim, PaysForClaim, NoPostingsClaim, BalanceClaim, NoteClaim, IsClaim, ReportClaim> claim;
};
// `expect error "<text>"`: loading or settling fails with a message that contains the text.
struct ErrorExpectation { Slot text; };
// `expect snapshot "<file>"`: the whole ledger equals the snapshot file (see testing/snapshot.h).
struct SnapshotExpectation { Slot path; };

struct Expectation {
  SourceRange range;
  std::variant<DatedExpectation, ErrorExpectation, SnapshotExpectation> what;
};

// `set <parameter> [from <year>] = <value>`.
struct Setting {
  Slot parameter;
  std::optional<Slot> from_year;
  Slot value;
  SourceRange range;
};

// `where | a | b |` followed by rows: the test runs once per row.
struct Table {
  std::vector<Slot> columns;
  std::vector<std::vector<Slot>> rows;
  SourceRange range;
};

struct Test {
  std::string name;
  SourceRange range;  // the name, for messages
  std::optional<DataSource> data;
  std::optional<std::pair<Slot, Slot>> years;  // first..last (equal for one year)
  std::optional<Slot> scenario;
  std::vector<Setting> settings;
  std::vector<Expectation> expectations;
  std::optional<Table> table;
};

struct TestFile {
  Language language = Language::English;  // Dutch when the file begins with `testen`: its words and values are Dutch
  Slot model;                     // `tests for "<rule file>"`, relative to the test file
  std::optional<DataSource> data; // default data for every test
  std::vector<Test> tests;
};

}  // namespace rw::testing

#pragma once
// What the words of a test mean: slots read as years, amounts, accounts and rules of the model under
// test, after a table row has filled in its cells. Each reader returns nullopt after adding a located
// error message for the test file's author. In a Dutch test file (it begins with `testen`) values are
// written as in a Dutch rule file: € 6.000,00, 0,5, 31-12-2024, 12 maanden, waar, and `iedereen`, `geen`.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "lang/checked_model.h"
#include "lang/keywords.h"
#include "lang/language.h"
#include "lang/source.h"
#include "testing/test_file.h"

namespace rw::testing {

// The values of one table row (none for a test without a table).
class Row {
 public:
  Row() = default;
  Row(const Table* table, const std::vector<Slot>* cells) : table_(table), cells_(cells) {}
  // The slot with a column's cell put in when it is a word naming a column of the table.
  Slot operator()(const Slot& slot) const;
  // The row's first cell with its column ("member=Rheden"), or "" without a table.
  std::string describe() const;

 private:
  const Table* table_ = nullptr;
  const std::vector<Slot>* cells_ = nullptr;
};

// Reads slots for one test; errors name the test file and position.
class SlotReader {
 public:
  SlotReader(const SourceFile& test_source, const CheckedModel& model, std::vector<std::string>& errors,
             Language language = Language::English)
      : source_(test_source), model_(model), errors_(errors), language_(language) {}

  std::optional<int> year(const Slot& slot);
  // An amount in euros as written in rule files (€648_000.00, -€50.00; in Dutch € 648.000,00), in whole cents.
  std::optional<std::int64_t> cents(const Slot& slot);
  // A value of type `kind` in the English spelling the literal readers take (lang/literal_text.h): in a
  // Dutch file its number, amount, date, duration or waar/onwaar respelled; other kinds as written.
  std::optional<std::string> english(const Slot& slot, TypeKind kind);
  // Whether the slot is `word` (words::anyone, words::none) in the file's spelling, unquoted.
  bool means(const Slot& slot, const words::Word& word) const;
  // Adds an error and returns true when the slot is `word` in the other spelling only ('anyone' in a Dutch file).
  bool refuse_other_spelling(const Slot& slot, const words::Word& word);
  // A member or account of the model.
  std::optional<int> account(const Slot& slot);
  // A rule of the model, by its id; the id itself.
  std::optional<std::string> rule(const Slot& slot);
  // Adds an error at `slot`.
  void error(const SourceRange& range, const std::string& message);
  // The spelling of the test file.
  Language language() const { return language_; }

 private:
  const SourceFile& source_;
  const CheckedModel& model_;
  std::vector<std::string>& errors_;
  Language language_;
};

}  // namespace rw::testing

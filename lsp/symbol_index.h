#pragma once
// What a checked rule file declares and where each declaration is used: the symbols (members,
// accounts, enums and their variants, records and their fields, inputs, parameters, definitions,
// rules, scenarios) with the range of their name, and every occurrence of a name that refers to one,
// in order of position. Built once per analysis from the checker's resolutions.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "lang/checked_model.h"

namespace rw::lsp {

enum class SymbolKind { Member, Account, Enum, Variant, Record, Field, Input, Parameter, Definition, Rule, Scenario };

struct Symbol {
  SymbolKind kind = SymbolKind::Parameter;
  std::string name;
  SourceRange name_range;  // where the declaration names it
  SourceRange declaration_range;  // the whole declaration (for a field or variant: its name)
  int index = 0;   // into the model's table of its kind (accounts for members and accounts, rules for rules)
  int owner = -1;  // a field's record, a variant's enum; -1 otherwise
};

struct Occurrence {
  SourceRange range;
  int symbol = 0;  // index into SymbolIndex::symbols
  bool declaration = false;
};

// A use of a local name (a loop variable, an argument, a `let`) with the type the checker gave it.
struct LocalUse {
  std::string name;
  SourceRange range;
  Type type;
};

struct SymbolIndex {
  std::vector<Symbol> symbols;          // in order of declaration
  std::vector<Occurrence> occurrences;  // sorted by position
  std::vector<LocalUse> locals;         // sorted by position

  // The occurrence whose range holds `offset` (its end included, where a cursor after a name stands).
  const Occurrence* occurrence_at(std::uint32_t offset) const;
  // The local use whose range holds `offset`, or nullptr.
  const LocalUse* local_at(std::uint32_t offset) const;
  // Every occurrence of symbol `symbol`, declaration first, then in order of position.
  std::vector<Occurrence> occurrences_of(int symbol) const;
  // The symbols called `name`, in order of declaration.
  std::vector<int> named(const std::string& name) const;
};

// The index of a checked model.
SymbolIndex build_symbol_index(const CheckedModel& model);

}  // namespace rw::lsp

// textDocument/documentSymbol: the outline of a rule file: members, accounts, enums, records with their
// fields, inputs, parameters, definitions, rules by number and title, scenarios.
#include "lsp/describe.h"
#include "lsp/handlers.h"

namespace rw::lsp {

namespace {

// LSP SymbolKind numbers.
int outline_kind(SymbolKind kind) {
  switch (kind) {
    case SymbolKind::Member: return 19;      // Object
    case SymbolKind::Account: return 19;     // Object
    case SymbolKind::Enum: return 10;        // Enum
    case SymbolKind::Variant: return 22;     // EnumMember
    case SymbolKind::Record: return 23;      // Struct
    case SymbolKind::Field: return 8;        // Field
    case SymbolKind::Input: return 13;       // Variable
    case SymbolKind::Parameter: return 14;   // Constant
    case SymbolKind::Definition: return 12;  // Function
    case SymbolKind::Rule: return 24;        // Event
    case SymbolKind::Scenario: return 3;     // Namespace
  }
  return 13;
}

// The name shown in the outline: a rule by number and title.
std::string outline_name(const Analysis& analysis, const Symbol& symbol) {
  if (symbol.kind == SymbolKind::Rule) {
    return "rule " + symbol.name + " " + analysis.program->model.rules[symbol.index].decl->title;
  }
  return symbol.name;
}

// One DocumentSymbol, without children yet.
json outline_entry(const Analysis& analysis, const Symbol& symbol) {
  return json{{"name", outline_name(analysis, symbol)},
              {"detail", signature(analysis, symbol)},
              {"kind", outline_kind(symbol.kind)},
              {"range", to_json(to_range(analysis.lines, symbol.declaration_range))},
              {"selectionRange", to_json(to_range(analysis.lines, symbol.name_range))},
              {"children", json::array()}};
}

}  // namespace

json document_symbols(const Workspace& workspace, const json& params) {
  const DocumentAnalyses* analyses = workspace.find(document_uri(params));
  json outline = json::array();
  if (!analyses || !analyses->last_good) return outline;
  const Analysis& analysis = *analyses->last_good;
  int parent = -1;  // the outline entry of the record or enum the next fields or variants belong to
  for (const Symbol& symbol : analysis.index.symbols) {
    bool child = symbol.kind == SymbolKind::Field || symbol.kind == SymbolKind::Variant;
    if (child && parent >= 0) {
      outline[parent]["children"].push_back(outline_entry(analysis, symbol));
      continue;
    }
    outline.push_back(outline_entry(analysis, symbol));
    parent = symbol.kind == SymbolKind::Record || symbol.kind == SymbolKind::Enum ? static_cast<int>(outline.size()) - 1 : -1;
  }
  return outline;
}

}  // namespace rw::lsp

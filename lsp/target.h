#pragma once
// What the name at a position refers to, for hover, definition, references and rename. When the
// current text checks, from its own analysis; otherwise from the last analysis that checked: the same
// position when its line is unchanged there, else the declaration of the name under the cursor. In a
// test file, a name that refers to its rule file (a rule, parameter, scenario, account, definition)
// answers from the rule file's analysis.
#include <memory>
#include <optional>
#include <string>

#include "lsp/text_positions.h"
#include "lsp/workspace.h"

namespace rw::lsp {

struct Target {
  std::string uri;                           // of the document `analysis` is of
  std::shared_ptr<const Analysis> analysis;  // the analysis the answer comes from (null: nothing known)
  std::optional<int> symbol;                 // into analysis->index.symbols
  const LocalUse* local = nullptr;           // a local name instead of a symbol
  SourceRange range;                         // of the name found, in analysis' text
  bool current = false;                      // the analysis is of the current text of the document asked about
  std::optional<Range> here;                 // the name's range in the document asked about, when known
};

// The symbol or local name at `position` of the open document `uri`.
Target target_at(const Workspace& workspace, const std::string& uri, Position position);

// The name (identifier) around byte `offset` of `text`, "" when there is none; `begin` is set to where it starts.
std::string word_at(const std::string& text, std::uint32_t offset, std::uint32_t& begin);

}  // namespace rw::lsp

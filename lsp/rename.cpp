// textDocument/rename of a parameter or definition: one edit per place it is named, in one WorkspaceEdit.
#include "lang/parser.h"
#include "lsp/handlers.h"
#include "lsp/target.h"
#include "messages/say.h"
#include "stdlib/builtins.h"

namespace rw::lsp {

json rename(const Workspace& workspace, const json& params) {
  std::string uri = document_uri(params);
  std::string new_name = params.at("newName").get<std::string>();
  Target target = target_at(workspace, uri, position_from_json(params.at("position")));
  if (!target.symbol) throw RequestError{request_failed, say("there is no parameter or definition here to rename")};
  if (target.uri != uri) throw RequestError{request_failed, say("rename it in the rule file that declares it")};
  if (!target.current) throw RequestError{request_failed, say("the file has errors: fix them before renaming")};
  const SymbolIndex& index = target.analysis->index;
  const Symbol& symbol = index.symbols[*target.symbol];
  if (symbol.kind != SymbolKind::Parameter && symbol.kind != SymbolKind::Definition) {
    throw RequestError{request_failed, say("only parameters and definitions can be renamed")};
  }
  if (!is_plain_name(new_name)) {
    throw RequestError{request_failed, say("'{}' is not a name: use letters, digits and _, and no keyword", new_name)};
  }
  if (!index.named(new_name).empty()) throw RequestError{request_failed, say("'{}' is already declared in this file", new_name)};
  for (const BuiltinSignature& builtin : builtin_signatures()) {
    if (builtin.name == new_name) throw RequestError{request_failed, say("'{}' is a built-in function", new_name)};
  }
  for (const LocalUse& local : index.locals) {
    if (local.name == new_name) throw RequestError{request_failed, say("'{}' is already a local name in this file", new_name)};
  }
  json edits = json::array();
  for (const Occurrence& occurrence : index.occurrences_of(*target.symbol)) {
    edits.push_back(json{{"range", to_json(to_range(target.analysis->lines, occurrence.range))}, {"newText", new_name}});
  }
  return json{{"changes", json{{uri, edits}}}};
}

}  // namespace rw::lsp

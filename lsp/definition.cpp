// textDocument/definition: where the symbol under the cursor is declared.
#include "lsp/handlers.h"
#include "lsp/target.h"

namespace rw::lsp {

json definition(const Workspace& workspace, const json& params) {
  std::string uri = document_uri(params);
  Target target = target_at(workspace, uri, position_from_json(params.at("position")));
  if (!target.symbol) return nullptr;
  const Symbol& symbol = target.analysis->index.symbols[*target.symbol];
  return location(target.uri, target.analysis->lines, symbol.name_range);
}

}  // namespace rw::lsp

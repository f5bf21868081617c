// textDocument/references: every place in its rule file the symbol under the cursor is named, its declaration if asked.
#include "lsp/handlers.h"
#include "lsp/target.h"

namespace rw::lsp {

json references(const Workspace& workspace, const json& params) {
  std::string uri = document_uri(params);
  Target target = target_at(workspace, uri, position_from_json(params.at("position")));
  if (!target.symbol) return nullptr;
  bool with_declaration = params.contains("context") && params["context"].value("includeDeclaration", false);
  json list = json::array();
  for (const Occurrence& occurrence : target.analysis->index.occurrences_of(*target.symbol)) {
    if (occurrence.declaration && !with_declaration) continue;
    list.push_back(location(target.uri, target.analysis->lines, occurrence.range));
  }
  return list;
}

}  // namespace rw::lsp

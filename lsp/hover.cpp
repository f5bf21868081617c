// textDocument/hover: the signature, values and comment of the symbol under the cursor, or a local's type.
#include "lsp/describe.h"
#include "lsp/handlers.h"
#include "lsp/target.h"

namespace rw::lsp {

json hover(const Workspace& workspace, const json& params) {
  Target target = target_at(workspace, document_uri(params), position_from_json(params.at("position")));
  if (!target.analysis || !target.analysis->program) return nullptr;
  std::string text;
  if (target.symbol) {
    text = hover_text(*target.analysis, target.analysis->index.symbols[*target.symbol]);
  } else if (target.local) {
    text = "```regels\n" + target.local->name + ": " + type_name(target.local->type, target.analysis->program->model.tables) +
           "\n```\n";
  } else {
    return nullptr;
  }
  json result{{"contents", json{{"kind", "markdown"}, {"value", text}}}};
  if (target.here) result["range"] = to_json(*target.here);
  return result;
}

}  // namespace rw::lsp

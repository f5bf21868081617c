// POST /api/hover: the language server's hover for a place in the Regels screen's editor, from the same
// code as `regelwerk lsp` (lsp/hover.cpp) on the text as it is in the editor.
#include "lsp/handlers.h"
#include "lsp/workspace.h"
#include "messages/say.h"
#include "server/request_fields.h"
#include "server/workbench.h"

namespace rw {

Answer answer_hover(const Workbench& workbench, const std::string& request) {
  auto body = parse_request_body(request);
  if (auto* problem = std::get_if<std::string>(&body)) return refused(400, *problem);
  const nlohmann::json& fields = std::get<nlohmann::json>(body);
  auto text_read = text_field(fields, "text");
  auto line_read = integer_field(fields, "line"), character_read = integer_field(fields, "character");
  std::string problem;
  first_problem(problem, text_read, line_read, character_read);
  if (!problem.empty()) return refused(400, problem);
  const std::optional<std::string>& text = std::get<0>(text_read);
  std::optional<int> line = std::get<0>(line_read), character = std::get<0>(character_read);
  if (!text || !line || !character) {
    return refused(400, std::string(tr("send the rule file's text and a place in it as {\"text\": \"…\", \"line\": 0, \"character\": 0} (0-based)")));
  }
  lsp::Workspace workspace;
  const std::string uri = lsp::uri_of_path(workbench.program.source->path());
  workspace.documents.open(uri, lsp::DocumentLanguage::Rules, 1, *text);
  workspace.reanalyse(uri);
  nlohmann::json params{{"textDocument", {{"uri", uri}}}, {"position", {{"line", *line}, {"character", *character}}}};
  nlohmann::json hover = lsp::hover(workspace, params);
  nlohmann::json out{{"hover", hover.is_null() ? nlohmann::json(nullptr) : hover["contents"]["value"]}};
  return json_answer(out.dump(2) + "\n");
}

}  // namespace rw

// textDocument/formatting: the layout `regelwerk fmt` gives, as one edit of the whole text. Like fmt, only
// a rule file that parses is formatted; otherwise there is no edit.
#include "lang/formatter.h"
#include "lang/parser.h"
#include "lsp/handlers.h"

namespace rw::lsp {

json formatting(const Workspace& workspace, const json& params) {
  std::string uri = document_uri(params);
  const Document* document = workspace.documents.find(uri);
  json edits = json::array();
  if (!document || document->language != DocumentLanguage::Rules) return edits;
  SourceFile source(path_of_uri(uri), document->lines.text());
  if (!parse(source).file) return edits;
  std::string formatted = format_source(source.text());
  if (formatted == document->lines.text()) return edits;
  Range whole{Position{0, 0}, document->lines.end()};
  edits.push_back(json{{"range", to_json(whole)}, {"newText", formatted}});
  return edits;
}

}  // namespace rw::lsp

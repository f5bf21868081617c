#include "lsp/workspace.h"

namespace rw::lsp {

void Workspace::reanalyse(const std::string& uri) {
  const Document* document = documents.find(uri);
  if (!document) return;
  DocumentAnalyses& known = analyses[uri];
  known.latest = analyse(*document);
  if (known.latest->program) known.last_good = known.latest;
}

const DocumentAnalyses* Workspace::find(const std::string& uri) const {
  auto found = analyses.find(uri);
  return found == analyses.end() ? nullptr : &found->second;
}

}  // namespace rw::lsp

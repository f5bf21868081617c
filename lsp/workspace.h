#pragma once
// What the server knows between messages: the open documents and their analyses.
#include <map>
#include <string>

#include "lsp/analysis.h"
#include "lsp/document_store.h"

namespace rw::lsp {

struct Workspace {
  DocumentStore documents;
  std::map<std::string, DocumentAnalyses> analyses;  // by URI, one per open document

  // Analyses the current text of the open document `uri` again (keeping the last good analysis).
  void reanalyse(const std::string& uri);
  // The analyses of an open document, or nullptr.
  const DocumentAnalyses* find(const std::string& uri) const;
};

}  // namespace rw::lsp

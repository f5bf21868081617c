#pragma once
// What the server knows between messages: the open documents and their analyses.
#include <map>
#include <memory>
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
  // The analysis of the rule file `model_uri` that a test file tests: the last good one when it is
  // open, else read from disk; null when it cannot be read or does not check.
  std::shared_ptr<const Analysis> model_of_tests(const std::string& model_uri) const;
};

}  // namespace rw::lsp

#pragma once
// One reading of a document: its diagnostics (the same as `regelwerk check` or the test-file parser
// gives), and for a rule file that checks, the program and its symbol index. A document keeps its
// latest analysis and the last one that checked, so that answers go on while the text is half-typed.
#include <memory>
#include <string>
#include <vector>

#include "lang/diagnostics.h"
#include "lang/program.h"
#include "lsp/document_store.h"
#include "lsp/symbol_index.h"
#include "lsp/text_positions.h"

namespace rw::lsp {

struct Analysis {
  std::shared_ptr<const SourceFile> source;  // the text read, as the diagnostics see it
  LineIndex lines{""};                       // positions in that text
  std::vector<Diagnostic> diagnostics;
  std::shared_ptr<const Program> program;    // null unless a rule file without errors
  SymbolIndex index;                         // empty without a program
};

// Reads and checks the current text of `document`.
std::shared_ptr<const Analysis> analyse(const Document& document);

// A document's analyses: the latest, and the latest with a program (possibly the same, possibly none).
struct DocumentAnalyses {
  std::shared_ptr<const Analysis> latest;
  std::shared_ptr<const Analysis> last_good;
};

// The file system path of a `file://` URI (percent escapes decoded), or the URI itself for another scheme.
std::string path_of_uri(const std::string& uri);

}  // namespace rw::lsp

#pragma once
// One reading of a document: its diagnostics (the same as `regelwerk check` or the test-file parser
// gives), and for a rule file that checks, the program and its symbol index; for a test file that
// parses, its names linked to the rule file it tests. A document keeps its latest analysis and the
// last one that checked, so that answers go on while the text is half-typed.
#include <memory>
#include <string>
#include <vector>

#include "lang/diagnostics.h"
#include "lang/program.h"
#include "lsp/document_store.h"
#include "lsp/symbol_index.h"
#include "lsp/text_positions.h"
#include "testing/test_file.h"

namespace rw::lsp {

struct Analysis;

// The rule file a test file tests, and the names of the test file that refer to its symbols.
struct ModelLinks {
  std::string uri;                        // of the rule file
  std::shared_ptr<const Analysis> model;  // its analysis, with a program
  std::vector<Occurrence> names;          // ranges in the test file; symbols of model->index
};

struct Analysis {
  std::shared_ptr<const SourceFile> source;  // the text read, as the diagnostics see it
  LineIndex lines{""};                       // positions in that text
  std::vector<Diagnostic> diagnostics;
  std::shared_ptr<const Program> program;    // null unless a rule file without errors
  SymbolIndex index;                         // empty without a program
  std::optional<testing::TestFile> tests;    // a test file that parses
  std::optional<ModelLinks> links;           // a test file whose rule file checks
};

// Reads and checks the current text of `document`.
std::shared_ptr<Analysis> analyse(const Document& document);

// The names of a test file that refer to the model's parameters (`set`), scenarios, rules, accounts and
// members (in expectations) and definitions (`is`), each with the model's symbol it names.
std::vector<Occurrence> link_test_names(const testing::TestFile& tests, const Analysis& model);

// The `file://` URI of an absolute path.
std::string uri_of_path(const std::string& path);

// A document's analyses: the latest, and the latest with a program (possibly the same, possibly none).
struct DocumentAnalyses {
  std::shared_ptr<const Analysis> latest;
  std::shared_ptr<const Analysis> last_good;
};

// The file system path of a `file://` URI (percent escapes decoded), or the URI itself for another scheme.
std::string path_of_uri(const std::string& uri);

}  // namespace rw::lsp

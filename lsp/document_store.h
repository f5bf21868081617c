#pragma once
// The open documents, by URI, with their text kept up to date from didOpen and didChange (full or
// incremental changes, TextDocumentSyncKind 2).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lsp/text_positions.h"

namespace rw::lsp {

// Which of the project's two languages a document is written in.
enum class DocumentLanguage { Rules, Tests };

// One change of a didChange: the range it replaces, or the whole text when there is no range.
struct TextChange {
  std::optional<Range> range;
  std::string text;
};

struct Document {
  std::string uri;
  DocumentLanguage language = DocumentLanguage::Rules;
  int version = 0;
  LineIndex lines{""};  // the current text and its line starts
};

// The language of a document from its URI (a `.regeltest` file is a test file) and the client's language id.
DocumentLanguage language_of(const std::string& uri, const std::string& language_id);

// `text` with each change applied in order, positions counted in the text as each change leaves it.
std::string apply_changes(std::string text, const std::vector<TextChange>& changes);

class DocumentStore {
 public:
  // Opens (or reopens) a document with its whole text.
  Document& open(const std::string& uri, DocumentLanguage language, int version, std::string text);
  // Applies a didChange to an open document; nullptr when the document is not open.
  Document* change(const std::string& uri, int version, const std::vector<TextChange>& changes);
  void close(const std::string& uri);
  // The open document with this URI, or nullptr.
  const Document* find(const std::string& uri) const;

 private:
  std::map<std::string, Document> documents_;
};

}  // namespace rw::lsp

#include "lsp/document_store.h"

namespace rw::lsp {

DocumentLanguage language_of(const std::string& uri, const std::string& language_id) {
  const std::string suffix = ".regeltest";
  bool test_name = uri.size() >= suffix.size() && uri.compare(uri.size() - suffix.size(), suffix.size(), suffix) == 0;
  return test_name || language_id == "regeltest" ? DocumentLanguage::Tests : DocumentLanguage::Rules;
}

std::string apply_changes(std::string text, const std::vector<TextChange>& changes) {
  for (const TextChange& change : changes) {
    if (!change.range) {
      text = change.text;
      continue;
    }
    LineIndex lines(std::move(text));
    std::uint32_t begin = lines.offset(change.range->start);
    std::uint32_t end = lines.offset(change.range->end);
    if (end < begin) std::swap(begin, end);
    text = lines.text();
    text.replace(begin, end - begin, change.text);
  }
  return text;
}

Document& DocumentStore::open(const std::string& uri, DocumentLanguage language, int version, std::string text) {
  Document& document = documents_[uri];
  document.uri = uri;
  document.language = language;
  document.version = version;
  document.lines = LineIndex(std::move(text));
  return document;
}

Document* DocumentStore::change(const std::string& uri, int version, const std::vector<TextChange>& changes) {
  auto found = documents_.find(uri);
  if (found == documents_.end()) return nullptr;
  Document& document = found->second;
  document.version = version;
  document.lines = LineIndex(apply_changes(document.lines.text(), changes));
  return &document;
}

void DocumentStore::close(const std::string& uri) { documents_.erase(uri); }

const Document* DocumentStore::find(const std::string& uri) const {
  auto found = documents_.find(uri);
  return found == documents_.end() ? nullptr : &found->second;
}

}  // namespace rw::lsp

#include "lsp/workspace.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

namespace rw::lsp {

namespace {

// The text of the file at `path`, or nullopt when it cannot be read.
std::optional<std::string> read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

std::shared_ptr<const Analysis> Workspace::model_of_tests(const std::string& model_uri) const {
  if (const DocumentAnalyses* open = find(model_uri)) return open->last_good;
  std::optional<std::string> text = read_text(path_of_uri(model_uri));
  if (!text) return nullptr;
  Document model{model_uri, DocumentLanguage::Rules, 0, LineIndex(std::move(*text))};
  std::shared_ptr<const Analysis> analysis = analyse(model);
  return analysis->program ? analysis : nullptr;
}

void Workspace::reanalyse(const std::string& uri) {
  const Document* document = documents.find(uri);
  if (!document) return;
  std::shared_ptr<Analysis> analysis = analyse(*document);
  if (analysis->tests && uri.rfind("file://", 0) == 0) {
    std::filesystem::path model_path = std::filesystem::path(path_of_uri(uri)).parent_path() / analysis->tests->model.text;
    std::string model_uri = uri_of_path(model_path.lexically_normal().string());
    if (std::shared_ptr<const Analysis> model = model_of_tests(model_uri)) {
      analysis->links = ModelLinks{model_uri, model, link_test_names(*analysis->tests, *model)};
    }
  }
  DocumentAnalyses& known = analyses[uri];
  known.latest = std::move(analysis);
  if (known.latest->program) known.last_good = known.latest;
}

const DocumentAnalyses* Workspace::find(const std::string& uri) const {
  auto found = analyses.find(uri);
  return found == analyses.end() ? nullptr : &found->second;
}

}  // namespace rw::lsp

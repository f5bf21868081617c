#include "lsp/analysis.h"

#include "stdlib/builtins.h"
#include "testing/test_parser.h"

namespace rw::lsp {

namespace {

// The value of hexadecimal digit `c`, or -1.
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string path_of_uri(const std::string& uri) {
  const std::string scheme = "file://";
  if (uri.compare(0, scheme.size(), scheme) != 0) return uri;
  std::string path;
  for (std::size_t i = scheme.size(); i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() && hex_value(uri[i + 1]) >= 0 && hex_value(uri[i + 2]) >= 0) {
      path += static_cast<char>(hex_value(uri[i + 1]) * 16 + hex_value(uri[i + 2]));
      i += 2;
    } else {
      path += uri[i];
    }
  }
  return path;
}

std::shared_ptr<const Analysis> analyse(const Document& document) {
  auto analysis = std::make_shared<Analysis>();
  std::string path = path_of_uri(document.uri);
  switch (document.language) {
    case DocumentLanguage::Rules: {
      CompileResult compiled = compile(path, document.lines.text(), builtin_signatures());
      analysis->source = compiled.source;
      analysis->diagnostics = std::move(compiled.diagnostics);
      if (compiled.program) {
        auto program = std::make_shared<const Program>(std::move(*compiled.program));
        analysis->index = build_symbol_index(program->model);
        analysis->program = std::move(program);
      }
      break;
    }
    case DocumentLanguage::Tests: {
      auto source = std::make_shared<const SourceFile>(path, document.lines.text());
      analysis->diagnostics = testing::parse_test_file(*source).diagnostics;
      analysis->source = std::move(source);
      break;
    }
  }
  analysis->lines = LineIndex(analysis->source->text());
  return analysis;
}

}  // namespace rw::lsp

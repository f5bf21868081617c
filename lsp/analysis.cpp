#include "lsp/analysis.h"

#include <algorithm>
#include <initializer_list>
#include <variant>

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

std::string uri_of_path(const std::string& path) {
  static const char* const hex = "0123456789ABCDEF";
  std::string uri = "file://";
  for (char c : path) {
    auto u = static_cast<unsigned char>(c);
    bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '/' || c == '-' ||
                 c == '_' || c == '.' || c == '~';
    if (plain) {
      uri += c;
    } else {
      uri += '%';
      uri += hex[u >> 4];
      uri += hex[u & 15];
    }
  }
  return uri;
}

std::shared_ptr<Analysis> analyse(const Document& document) {
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
      testing::TestParseResult parsed = testing::parse_test_file(*source);
      analysis->diagnostics = std::move(parsed.diagnostics);
      analysis->tests = std::move(parsed.file);
      analysis->source = std::move(source);
      break;
    }
  }
  analysis->lines = LineIndex(analysis->source->text());
  return analysis;
}

namespace {

// Collects the names of a test file that name a symbol of the model.
struct TestNameLinker {
  const SymbolIndex& index;
  std::vector<Occurrence> names;

  // Links `slot` when it names a symbol of one of `kinds` (an unquoted word, or any text for a rule's quoted id).
  void link(const testing::Slot& slot, std::initializer_list<SymbolKind> kinds) {
    for (int symbol : index.named(slot.text)) {
      for (SymbolKind kind : kinds) {
        if (index.symbols[symbol].kind == kind) {
          names.push_back(Occurrence{slot.range, symbol, false});
          return;
        }
      }
    }
  }
  // The names each kind of claim holds.
  void claim(const testing::PaysClaim& c) { parties(c.from, c.to); }
  void claim(const testing::PaysForClaim& c) { link(c.from, {SymbolKind::Member, SymbolKind::Account}); }
  void claim(const testing::NoPostingsClaim&) {}
  void claim(const testing::BalanceClaim& c) { link(c.account, {SymbolKind::Member, SymbolKind::Account}); }
  void claim(const testing::NoteClaim& c) { link(c.account, {SymbolKind::Member, SymbolKind::Account}); }
  void claim(const testing::IsClaim& c) { link(c.definition, {SymbolKind::Definition}); }
  void claim(const testing::ReportClaim& c) {
    if (c.subject) link(*c.subject, {SymbolKind::Member, SymbolKind::Account});
  }
  // A payer and a receiver.
  void parties(const testing::Slot& from, const testing::Slot& to) {
    link(from, {SymbolKind::Member, SymbolKind::Account});
    link(to, {SymbolKind::Member, SymbolKind::Account});
  }
  // The names of an expectation: its rule and its claim.
  void expectation(const testing::DatedExpectation& e) {
    if (e.rule) link(*e.rule, {SymbolKind::Rule});
    std::visit([this](const auto& c) { claim(c); }, e.claim);
  }
  void expectation(const testing::ErrorExpectation&) {}
  void expectation(const testing::SnapshotExpectation&) {}
};

}  // namespace

std::vector<Occurrence> link_test_names(const testing::TestFile& tests, const Analysis& model) {
  TestNameLinker linker{model.index, {}};
  for (const testing::Test& test : tests.tests) {
    if (test.scenario) linker.link(*test.scenario, {SymbolKind::Scenario});
    for (const testing::Setting& setting : test.settings) linker.link(setting.parameter, {SymbolKind::Parameter});
    for (const testing::Expectation& expectation : test.expectations) {
      std::visit([&linker](const auto& e) { linker.expectation(e); }, expectation.what);
    }
  }
  std::stable_sort(linker.names.begin(), linker.names.end(),
                   [](const Occurrence& a, const Occurrence& b) { return a.range.begin < b.range.begin; });
  return std::move(linker.names);
}

}  // namespace rw::lsp

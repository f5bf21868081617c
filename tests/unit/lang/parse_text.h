#pragma once
// For the parser's tests: a rule file's text parsed as test.regels.
#include <memory>
#include <string>
#include <vector>

#include "lang/parser.h"
#include "lang/source.h"

namespace rw {

// Parses `text` as test.regels; `file` is set to the source, which lives until the test program ends.
inline ParseResult parse_text(const std::string& text, SourceFile*& file) {
  static std::vector<std::unique_ptr<SourceFile>> files;
  files.push_back(std::make_unique<SourceFile>("test.regels", text));
  file = files.back().get();
  return parse(*file);
}

}  // namespace rw

#pragma once
// The Centraal-Gelderland model, read and checked once from the source tree, for the fuzz targets
// that need a real model (REGELWERK_SOURCE_DIR is set by CMake).
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "lang/checker.h"
#include "stdlib/builtins.h"

namespace rw::fuzz {

struct ExampleModel {
  std::unique_ptr<SourceFile> source;
  CheckedModel checked;
};

// The checked model; aborts (a finding) if it no longer checks.
inline const ExampleModel& centraal_gelderland() {
  static const ExampleModel loaded = [] {
    std::ifstream in(std::string(REGELWERK_SOURCE_DIR) + "/rules/centraal-gelderland.regels");
    std::ostringstream text;
    text << in.rdbuf();
    ExampleModel m{std::make_unique<SourceFile>("centraal-gelderland.regels", text.str()), {}};
    auto checked = parse_and_check(*m.source, builtin_signatures());
    if (!checked.model) std::abort();
    m.checked = std::move(*checked.model);
    return m;
  }();
  return loaded;
}

}  // namespace rw::fuzz

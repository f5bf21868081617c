#pragma once
// The Centraal-Gelderland model, read and checked once from the source tree, for the fuzz targets
// that need a real model (REGELWERK_SOURCE_DIR is set by CMake).
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "lang/program.h"
#include "stdlib/builtins.h"

namespace rw::fuzz {

// The checked model; aborts (a finding) if it no longer checks.
inline const Program& centraal_gelderland() {
  static const Program loaded = [] {
    std::ifstream in(std::string(REGELWERK_SOURCE_DIR) + "/rules/centraal-gelderland.regels");
    std::ostringstream text;
    text << in.rdbuf();
    auto program = compile("centraal-gelderland.regels", text.str(), builtin_signatures()).program;
    if (!program) std::abort();
    return std::move(*program);
  }();
  return loaded;
}

}  // namespace rw::fuzz

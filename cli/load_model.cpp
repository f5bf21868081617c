#include "cli/load_model.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "lang/checker.h"
#include "stdlib/builtins.h"

namespace rw {

std::optional<LoadedModel> load_model(const std::string& path, bool print_warnings) {
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path)) {
    std::cerr << path << ": error: cannot read the rule file (does it exist?)\n";
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return load_model_text(path, text.str(), print_warnings);
}

std::optional<LoadedModel> load_model_text(const std::string& name, std::string text, bool print_warnings) {
  LoadedModel loaded{std::make_unique<SourceFile>(name, std::move(text)), {}};

  CheckResult checked = parse_and_check(*loaded.source, builtin_signatures());
  bool failed = !checked.model;
  if (failed || print_warnings) std::cerr << render_all(checked.diagnostics, *loaded.source);
  if (failed) return std::nullopt;
  loaded.model = std::move(*checked.model);
  return loaded;
}

}  // namespace rw

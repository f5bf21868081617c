#include "cli/load_model.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "lang/checker.h"
#include "stdlib/builtins.h"

namespace rw {

std::string what_else_than_rules(const std::string& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return "a folder";
  if (std::filesystem::path(path).extension() == ".json") return "a JSON data file";
  return "";
}

std::optional<LoadedModel> load_model(const std::string& path, bool print_warnings) {
  if (std::string other = what_else_than_rules(path); !other.empty()) {
    std::cerr << path << ": error: this is " << other << ", not a rule file (*.regels)\n";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
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

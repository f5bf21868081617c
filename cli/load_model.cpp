#include "cli/load_model.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "lang/program.h"
#include "messages/say.h"
#include "stdlib/builtins.h"

namespace rw {

std::string what_else_than_rules(const std::string& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return say("a folder");
  if (std::filesystem::path(path).extension() == ".json") return say("a JSON data file");
  return "";
}

namespace {

// The rule file's name with forward slashes, which every system reads: on Windows `rules\x.regels` is named
// `rules/x.regels`, so the sources in a ledger are the same on every platform (on Linux a backslash belongs to
// the name and is kept). A plain string edit: a std::filesystem::path would re-encode a UTF-8 name on Windows.
std::string portable_name(std::string path) {
#ifdef _WIN32
  std::replace(path.begin(), path.end(), '\\', '/');
#endif
  return path;
}

}  // namespace

std::optional<Program> load_model(const std::string& path, bool print_warnings) {
  if (std::string other = what_else_than_rules(path); !other.empty()) {
    std::cerr << say("{}: error: this is {}, not a rule file (*.regels)", path, other) << "\n";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << say("{}: error: cannot read the rule file (does it exist?)", path) << "\n";
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return load_model_text(portable_name(path), text.str(), print_warnings);
}

std::optional<Program> load_model_text(const std::string& name, std::string text, bool print_warnings) {
  CompileResult compiled = compile(name, std::move(text), builtin_signatures());
  if (!compiled.program || print_warnings) std::cerr << render_all(compiled.diagnostics, *compiled.source);
  return std::move(compiled.program);
}

}  // namespace rw

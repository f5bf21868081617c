// `regelwerk fmt FILE|FOLDER... [--check]`: put rule files in their canonical layout.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "report/atomic_write.h"
#include "cli/commands.h"
#include "cli/load_model.h"
#include "lang/formatter.h"
#include "lang/parser.h"

namespace rw {

namespace {

struct FmtOptions {
  std::vector<std::string> paths;
  bool check = false;
};

// The *.regels files named: files as given, folders searched recursively; in name order.
std::vector<std::filesystem::path> rule_files(const std::vector<std::string>& paths, bool& missing) {
  std::vector<std::filesystem::path> files;
  for (const std::string& path : paths) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
      for (const auto& entry : std::filesystem::recursive_directory_iterator(path, error)) {
        if (entry.is_regular_file() && entry.path().extension() == ".regels") files.push_back(entry.path());
      }
    } else if (std::filesystem::exists(path, error)) {
      files.emplace_back(path);
    } else {
      std::cerr << path << ": error: no such file or folder\n";
      missing = true;
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

int format_files(const FmtOptions& options) {
  bool missing = false, broken = false, unformatted = false;
  for (const auto& path : rule_files(options.paths, missing)) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    SourceFile source(path.string(), text.str());
    ParseResult parsed = parse(source);
    if (!parsed.file) {  // only files that parse are formatted: a layout is no fix for a mistake
      std::cerr << render_all(parsed.diagnostics, source);
      broken = true;
      continue;
    }
    std::string formatted = format_source(source.text());
    if (formatted == source.text()) continue;
    if (!parse(SourceFile(path.string(), formatted)).file) {
      std::cerr << path.string() << ": error: internal: the formatted text does not parse; the file is left as it is\n";
      broken = true;
      continue;
    }
    if (options.check) {
      std::cout << path.string() << ": not in the canonical layout (run regelwerk fmt on it)\n";
      unformatted = true;
    } else if (std::string error = write_file_atomically(path, formatted); !error.empty()) {
      std::cerr << "regelwerk: error: " << error << "\n";
      broken = true;
    } else {
      std::cout << "formatted " << path.string() << "\n";
    }
  }
  if (missing || broken) return exit_user_error;
  return unformatted ? 1 : exit_ok;
}

}  // namespace

void add_fmt_command(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("fmt", "Put rule files in the canonical layout (comments are kept)");
  auto options = std::make_shared<FmtOptions>();
  command->add_option("PATHS", options->paths, "Rule files, or folders to search for *.regels")->required();
  command->add_flag("--check", options->check, "Change nothing; exit 1 if a file is not in the canonical layout");
  command->callback([options, &exit_code] { exit_code = format_files(*options); });
}

}  // namespace rw

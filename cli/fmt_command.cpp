// `regelwerk fmt FILE|FOLDER... [--check]`: put rule files in their canonical layout.
// `regelwerk fmt --taal nl|en FILE [--out FILE]`: the rule or test file in the other spelling of the language.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "report/atomic_write.h"
#include "cli/commands.h"
#include "cli/load_model.h"
#include "cli/output.h"
#include "lang/formatter.h"
#include "lang/parser.h"
#include "lang/translate.h"
#include "testing/test_translate.h"
#include "stdlib/builtins.h"
#include "messages/say.h"

namespace rw {

namespace {

struct FmtOptions {
  std::vector<std::string> paths;
  bool check = false;
  std::string language;  // --taal: translate into this spelling ("nl" or "en")
  std::string out;
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
      std::cerr << say("{}: error: no such file or folder", path) << "\n";
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
      std::cerr << say("{}: error: internal: the formatted text does not parse; the file is left as it is", path.string()) << "\n";
      broken = true;
      continue;
    }
    if (options.check) {
      std::cout << say("{}: not in the canonical layout (run regelwerk fmt on it)", path.string()) << "\n";
      unformatted = true;
    } else if (std::string error = write_file_atomically(path, formatted); !error.empty()) {
      std::cerr << say("regelwerk: error: {}", error) << "\n";
      broken = true;
    } else {
      std::cout << say("formatted {}", path.string()) << "\n";
    }
  }
  if (missing || broken) return exit_user_error;
  return unformatted ? 1 : exit_ok;
}

// Translates the one rule or test file (*.regeltest) named into `options.language`: to standard output, or to --out.
int translate_file(const FmtOptions& options) {
  if (options.paths.size() != 1 || std::filesystem::is_directory(options.paths.front())) {
    std::cerr << say("regelwerk: error: fmt --taal translates one rule file: name it (e.g. regelwerk fmt --taal nl rules/model.regels --out "
                     "model.nl.regels)")
              << "\n";
    return exit_user_error;
  }
  const std::string& path = options.paths.front();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << say("{}: error: no such file, or it cannot be read", path) << "\n";
    return exit_user_error;
  }
  std::ostringstream text;
  text << in.rdbuf();
  auto source = std::make_shared<const SourceFile>(path, text.str());
  Language language = options.language == "nl" ? Language::Dutch : Language::English;
  bool test_file = std::filesystem::path(path).extension() == ".regeltest";  // else a rule file
  Translation translation = test_file ? testing::translate_test_file(*source, language) : translate(source, language, builtin_signatures());
  if (!translation.text) {
    std::cerr << render_all(translation.diagnostics, *source);
    return exit_user_error;
  }
  return emit(*translation.text, Output{options.out, "text", {"text"}, {{path, test_file ? to_translate("the test file") : to_translate("the rule file")}}});
}

}  // namespace

void add_fmt_command(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("fmt", say("Put rule files in the canonical layout (comments are kept)"));
  auto options = std::make_shared<FmtOptions>();
  command->add_option("PATHS", options->paths, say("Rule files, or folders to search for *.regels"))->required();
  command->add_flag("--check", options->check, say("Change nothing; exit 1 if a file is not in the canonical layout"));
  command->add_option("--taal", options->language, say("Translate the rule file into this spelling: nl (Dutch) or en (English)"))
      ->check(CLI::IsMember({"nl", "en"}));
  command->add_option("--out", options->out, say("With --taal: write the translation to this file (atomically) instead of standard output"));
  command->callback([options, &exit_code] {
    if (!options->out.empty() && options->language.empty()) {
      std::cerr << say("regelwerk: error: fmt --out is for a translation (--taal nl|en); fmt itself rewrites the files it formats") << "\n";
      exit_code = exit_user_error;
      return;
    }
    exit_code = options->language.empty() ? format_files(*options) : translate_file(*options);
  });
}

}  // namespace rw

#include "cli/message_language.h"

#include <memory>
#include <string>
#include <string_view>

#include "messages/say.h"

namespace rw {

void choose_message_language(int argc, char** argv) {
  std::optional<Language> chosen;
  for (int i = 1; i < argc; ++i) {
    std::string_view word = argv[i];
    if (word == "fmt") break;  // fmt's own --taal follows
    if (word == "--taal" && i + 1 < argc) {
      chosen = language_from_code(argv[++i]);
    } else if (word.substr(0, 7) == "--taal=") {
      chosen = language_from_code(word.substr(7));
    }
  }
  set_message_language(chosen.value_or(language_from_environment()));
}

void add_language_option(CLI::App& app) {
  auto formatter = std::make_shared<CLI::Formatter>();
  for (const char* label : {to_translate("Usage"), to_translate("OPTIONS"), to_translate("SUBCOMMAND"), to_translate("REQUIRED"),
                            to_translate("Positionals"), to_translate("TEXT"), to_translate("INT"), to_translate("UINT"),
                            to_translate("Excludes"), to_translate("Needs")}) {
    formatter->label(label, std::string(tr(label)));
  }
  app.formatter(formatter);
  app.option_defaults()->group(std::string(tr("Options")));
  app.set_help_flag("-h,--help", say("Print this help message and exit"));
  static std::string given;  // read already by choose_message_language
  app.add_option("--taal", given, say("The language of messages, help and output for people: nl or en (default: from LANG)"))
      ->check(CLI::IsMember({"nl", "en"}));
  app.fallthrough();  // --taal after the subcommand's name too
}

void translate_subcommand_heading(CLI::App& app) {
  for (CLI::App* subcommand : app.get_subcommands({})) {
    subcommand->group(std::string(tr("Subcommands")));
    if (CLI::Option* help = subcommand->get_help_ptr()) help->group(std::string(tr("Options")));  // made before the default group was set
  }
}

}  // namespace rw

#pragma once
// The two languages of regelwerk: English, and Dutch. A rule file is spelled in one of them
// (lang/language.h); messages, help and the numbers and dates of output for people are said in one
// of them, the message language, chosen once when the program starts (cli/main.cpp: `--taal`, or the
// locale) and English unless chosen.
#include <optional>
#include <string_view>

namespace rw {

enum class Language { English, Dutch };

// The language messages are said in.
Language message_language();
// Chooses the language messages are said in; called before any message is made.
void set_message_language(Language language);

// While it lives, messages made on this thread are said in `language`, whatever the message language:
// the test runner matches `expect error "..."` against the English message (testing/runner.cpp).
class ScopedMessageLanguage {
 public:
  explicit ScopedMessageLanguage(Language language);
  ~ScopedMessageLanguage();
  ScopedMessageLanguage(const ScopedMessageLanguage&) = delete;
  ScopedMessageLanguage& operator=(const ScopedMessageLanguage&) = delete;

 private:
  std::optional<Language> outer_;
};

// "nl" or "en" as a language; nullopt for anything else.
std::optional<Language> language_from_code(std::string_view code);
// The language a POSIX locale name asks for ("nl_NL.UTF-8", "nl_BE", "nl": Dutch; anything else: English).
Language language_of_locale(std::string_view locale);
// The language the environment asks for: the first of LC_ALL, LC_MESSAGES and LANG that is set and not empty.
Language language_from_environment();

}  // namespace rw

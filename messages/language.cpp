#include "messages/language.h"

#include <atomic>
#include <cstdlib>

namespace rw {

namespace {
std::atomic<Language> chosen{Language::English};
thread_local std::optional<Language> scoped;  // set by a ScopedMessageLanguage on this thread
}  // namespace

Language message_language() { return scoped ? *scoped : chosen.load(std::memory_order_relaxed); }

ScopedMessageLanguage::ScopedMessageLanguage(Language language) : outer_(scoped) { scoped = language; }

ScopedMessageLanguage::~ScopedMessageLanguage() { scoped = outer_; }

void set_message_language(Language language) { chosen.store(language, std::memory_order_relaxed); }

std::optional<Language> language_from_code(std::string_view code) {
  if (code == "nl") return Language::Dutch;
  if (code == "en") return Language::English;
  return std::nullopt;
}

Language language_of_locale(std::string_view locale) {
  bool dutch = locale.substr(0, 2) == "nl" && (locale.size() == 2 || locale[2] == '_' || locale[2] == '.' || locale[2] == '@');
  return dutch ? Language::Dutch : Language::English;
}

Language language_from_environment() {
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(variable);
    if (value != nullptr && *value != '\0') return language_of_locale(value);
  }
  return Language::English;
}

}  // namespace rw

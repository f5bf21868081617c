#pragma once
// The two spellings of the language: English, and Dutch (docs/language.md, "In Dutch"). A rule file is
// Dutch when its first word is `regeling` (the Dutch for `model`); the words of lang/keywords.h, the
// basic types, the parts of dates and periods and the literals follow its spelling. Names are the
// author's in either.
#include <algorithm>
#include <string_view>

#include "lang/keywords.h"
#include "messages/language.h"

namespace rw {

// How `word` is spelled in `language`.
constexpr std::string_view spelled(const words::Word& word, Language language) {
  return language == Language::Dutch ? word.dutch : word.spelling;
}
constexpr std::string_view spelled(const words::BasicType& type, Language language) {
  return language == Language::Dutch ? type.dutch : type.spelling;
}
constexpr std::string_view spelled(const words::Part& part, Language language) {
  return language == Language::Dutch ? part.dutch : part.spelling;
}

// Whether `line` begins with a declaration's word in `language`, followed by a space or tab.
constexpr bool starts_declaration(std::string_view line, Language language) {
  return std::any_of(words::reserved.begin(), words::reserved.end(), [&](const words::Word* word) {
    std::string_view w = spelled(*word, language);
    return word->starts_declaration && line.size() > w.size() && line.substr(0, w.size()) == w &&
           (line[w.size()] == ' ' || line[w.size()] == '\t');
  });
}

// The spelling a file uses, from its first word after blank lines and comments: Dutch when it is the
// Dutch of `first_word` (a rule file's `regeling`; a test file's `testen`, with words::tests).
Language language_of(std::string_view text, const words::Word& first_word = words::model);

// "English" or "Dutch", for messages.
std::string_view language_name(Language language);

}  // namespace rw

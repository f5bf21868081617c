#include "lang/spelling_hint.h"

#include <string>

#include <fmt/format.h>

#include "lang/name_chars.h"
#include "messages/say.h"

namespace rw {

namespace {

// The word of the language spelled `text` in `language`, or null; in a test file its own words first
// (`report` there is `rapport`, not the rule files' `rapporteer`).
const words::Word* word_spelled(std::string_view text, Language language, bool test_file) {
  auto found = [&](const auto& list) -> const words::Word* {
    for (const words::Word* word : list) {
      if (spelled(*word, language) == text) return word;
    }
    return nullptr;
  };
  if (const words::Word* word = test_file ? found(words::test_words) : nullptr) return word;
  if (const words::Word* word = found(words::reserved)) return word;
  if (const words::Word* word = found(words::contextual)) return word;
  return found(words::respelled);
}

// The note on the word text[begin, end), the other spelling's `foreign`, in a file of `language` whose
// Dutch spelling begins with `first`.
DiagnosticNote note_on(std::string_view text, std::size_t begin, std::size_t end, const words::Word& foreign, Language language,
                       const words::Word& first) {
  std::string_view word = text.substr(begin, end - begin);
  std::string message =
      language == Language::Dutch
          ? say("'{}' is English, and this file is Dutch (it begins with '{}'): write '{}'", word, first.dutch, foreign.dutch)
          : say("'{}' is the Dutch for '{}', and this file is English (a Dutch file begins with '{}')", word,
                        foreign.spelling, first.dutch);
  return DiagnosticNote{SourceRange{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)}, std::move(message)};
}

// The note for a rule file (`test_file` false) or a test file.
std::optional<DiagnosticNote> note_near(std::string_view text, std::size_t offset, Language language, bool test_file) {
  const words::Word& first = test_file ? words::tests : words::model;
  Language other = language == Language::Dutch ? Language::English : Language::Dutch;
  std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::size_t end = offset;
  while (std::size_t length = names::name_char_at(text, end)) end += length;  // the word the error is at, if any
  // The words of the line up to there, last first: the one at the error and the one before it; the
  // earlier of the two if both are foreign (`for each` in a Dutch file: 'for').
  std::optional<DiagnosticNote> note;
  int looked_at = 0;
  for (std::size_t at = end; at > line_start && looked_at < 2;) {
    while (at > line_start && names::name_char_before(text, at) == 0) --at;
    std::size_t word_end = at;
    while (std::size_t length = at > line_start ? names::name_char_before(text, at) : 0) at -= length;
    if (at == word_end) break;
    ++looked_at;
    std::string_view word = text.substr(at, word_end - at);
    const words::Word* foreign = word_spelled(word, other, test_file);
    if (!foreign || word_spelled(word, language, test_file)) continue;
    note = note_on(text, at, word_end, *foreign, language, first);
  }
  return note;
}

}  // namespace

std::optional<DiagnosticNote> other_spelling_note(std::string_view text, std::size_t offset, Language language) {
  return note_near(text, offset, language, false);
}

std::optional<DiagnosticNote> other_spelling_note_in_test_file(std::string_view text, std::size_t offset, Language language) {
  return note_near(text, offset, language, true);
}

}  // namespace rw

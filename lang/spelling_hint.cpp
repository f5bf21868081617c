#include "lang/spelling_hint.h"

#include <cctype>
#include <string>

#include <fmt/format.h>

namespace rw {

namespace {

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The word of the language spelled `text` in `language`, or null.
const words::Word* word_spelled(std::string_view text, Language language) {
  auto found = [&](const auto& list) -> const words::Word* {
    for (const words::Word* word : list) {
      if (spelled(*word, language) == text) return word;
    }
    return nullptr;
  };
  if (const words::Word* word = found(words::reserved)) return word;
  if (const words::Word* word = found(words::contextual)) return word;
  return found(words::respelled);
}

}  // namespace

std::optional<DiagnosticNote> other_spelling_note(std::string_view text, std::size_t offset, Language language) {
  Language other = language == Language::Dutch ? Language::English : Language::Dutch;
  std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::size_t end = offset;
  while (end < text.size() && is_word_char(text[end])) ++end;  // the word the error is at, if any
  // The words of the line up to there, last first: the one at the error and the one before it; the
  // earlier of the two if both are foreign (`for each` in a Dutch file: 'for').
  std::optional<DiagnosticNote> note;
  int looked_at = 0;
  for (std::size_t at = end; at > line_start && looked_at < 2;) {
    while (at > line_start && !is_word_char(text[at - 1])) --at;
    std::size_t word_end = at;
    while (at > line_start && is_word_char(text[at - 1])) --at;
    if (at == word_end) break;
    ++looked_at;
    std::string_view word = text.substr(at, word_end - at);
    const words::Word* foreign = word_spelled(word, other);
    if (!foreign || word_spelled(word, language)) continue;
    auto begin = static_cast<std::uint32_t>(at), finish = static_cast<std::uint32_t>(word_end);
    std::string message =
        language == Language::Dutch
            ? fmt::format("'{}' is English, and this file is Dutch (it begins with '{}'): write '{}'", word, words::model.dutch, foreign->dutch)
            : fmt::format("'{}' is the Dutch for '{}', and this file is English (a Dutch file begins with '{}')", word,
                          foreign->spelling, words::model.dutch);
    note = DiagnosticNote{SourceRange{begin, finish}, std::move(message)};
  }
  return note;
}

}  // namespace rw

#pragma once
// After a syntax error in a rule file: whether a word near it is a word of the other spelling of the
// language (`for` in a Dutch file, `voor` in an English one), said as a note that names the word to write.
#include <optional>
#include <string_view>

#include "lang/diagnostics.h"
#include "lang/language.h"

namespace rw {

// A note on the word at or just before `offset` in `text` when it is a word of the other spelling only.
std::optional<DiagnosticNote> other_spelling_note(std::string_view text, std::size_t offset, Language language);

// The same after a syntax error in a test file (*.regeltest, Dutch when it begins with `testen`): its own
// words count too, and come first (`report` there is `rapport`).
std::optional<DiagnosticNote> other_spelling_note_in_test_file(std::string_view text, std::size_t offset, Language language);

}  // namespace rw

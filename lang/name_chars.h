#pragma once
// The characters of names (docs/language.md, "Names"), in UTF-8: ASCII letters, digits and `_`, and the
// accented letters Dutch authors write (cliënten, één, reïntegratie) — Latin-1 Supplement U+00C0–U+00FF
// except × (U+00D7) and ÷ (U+00F7), and Latin Extended-A U+0100–U+017F. A name starts with a letter or
// `_`. The grammar (names, and where a keyword ends), the formatter, the spelling hints, the language
// server and the editors' highlighting all tell names by these.
#include <cstddef>
#include <string_view>

namespace rw::names {

// How many bytes of an accented name letter start at byte `at` of `text` (always 2), 0 if none.
constexpr std::size_t accented_letter_at(std::string_view text, std::size_t at) {
  if (at + 1 >= text.size()) return 0;
  auto lead = static_cast<unsigned char>(text[at]), next = static_cast<unsigned char>(text[at + 1]);
  if (lead < 0xC3 || lead > 0xC5 || (next & 0xC0) != 0x80) return 0;  // U+00C0..U+017F are C3 80..C5 BF
  if (lead == 0xC3 && (next == 0x97 || next == 0xB7)) return 0;       // × and ÷
  return 2;
}

// How many bytes of a letter (ASCII or accented) start at byte `at` of `text`, 0 if none.
constexpr std::size_t letter_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return 0;
  char c = text[at];
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return 1;
  return accented_letter_at(text, at);
}

// How many bytes of a name character (a letter, a digit or `_`) start at byte `at` of `text`, 0 if none.
constexpr std::size_t name_char_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return 0;
  char c = text[at];
  if ((c >= '0' && c <= '9') || c == '_') return 1;
  return letter_at(text, at);
}

// How many bytes of a name character end just before byte `end` of `text`, 0 if none.
constexpr std::size_t name_char_before(std::string_view text, std::size_t end) {
  if (end == 0 || end > text.size()) return 0;
  if (static_cast<unsigned char>(text[end - 1]) < 0x80) return name_char_at(text, end - 1);
  return end >= 2 ? accented_letter_at(text, end - 2) : 0;
}

// How many bytes of a letter (ASCII or accented) end just before byte `end` of `text`, 0 if none.
constexpr std::size_t letter_before(std::string_view text, std::size_t end) {
  if (end == 0 || end > text.size()) return 0;
  if (static_cast<unsigned char>(text[end - 1]) < 0x80) return letter_at(text, end - 1);
  return end >= 2 ? accented_letter_at(text, end - 2) : 0;
}

}  // namespace rw::names

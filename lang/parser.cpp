#include "lang/parser.h"

#include "lang/spelling_hint.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>
#include <tao/pegtl.hpp>

#include "lang/ast_builder.h"
#include "lang/keywords.h"
#include "lang/parse_errors.h"
#include "lang/parse_tree.h"

namespace rw {

namespace pegtl = tao::pegtl;

namespace {

constexpr std::size_t max_file_size = 16 * 1024 * 1024;

// The byte offset of the first invalid UTF-8 sequence, or nullopt if the text is valid UTF-8.
std::optional<std::size_t> invalid_utf8(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size()) {
    auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return i;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
    }
    std::uint32_t code = length == 1 ? byte : byte & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    bool overlong = (length == 2 && code < 0x80) || (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
    if (overlong || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return i;
    i += length;
  }
  return std::nullopt;
}

// The innermost bracket of kind `open` still unclosed before `offset` (skipping text and comments).
std::optional<std::size_t> unclosed(const std::string& text, std::size_t offset, char open) {
  std::vector<std::pair<char, std::size_t>> stack;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    char c = text[i];
    if (c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == '"') {
      for (++i; i < text.size() && text[i] != '"' && text[i] != '\n'; ++i) {
      }
    } else if (c == '(' || c == '{') {
      stack.emplace_back(c, i);
    } else if ((c == ')' || c == '}') && !stack.empty()) {
      stack.pop_back();
    }
  }
  for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
    if (it->first == open) return it->second;
  }
  return std::nullopt;
}

// A syntax error as a diagnostic; a missing ')' or '}' names the bracket it would close.
// A word of the other spelling near the error gets a note saying so.
Diagnostic syntax_error(const SourceFile& source, std::size_t offset, const std::string& english, Language language) {
  auto at = static_cast<std::uint32_t>(offset);
  Diagnostic diagnostic{Severity::Error, {at, at + 1}, std::string(tr(english)), {}};
  if (auto note = other_spelling_note(source.text(), offset, language)) diagnostic.notes.push_back(std::move(*note));
  for (auto [close, open] : {std::pair{')', '('}, std::pair{'}', '{'}}) {
    if (english.rfind(std::string("expected '") + close + "'", 0) != 0) continue;
    if (auto opener = unclosed(source.text(), offset, open)) {
      auto where = static_cast<std::uint32_t>(*opener);
      diagnostic.message = say("{} (to close '{}' at line {})", diagnostic.message, open, source.position(where).line);
      diagnostic.notes.push_back({SourceRange{where, where + 1}, say("'{}' opened here", open)});
    }
  }
  return diagnostic;
}

// Recovery after a syntax error at `offset`: replaces the declaration it belongs to with spaces (line
// breaks kept, so every offset stays where it was). An error at the very start of a declaration belongs
// to the one before it, which did not end; text that is no declaration at all is skipped by itself.
// False when there is nothing to skip.
bool blank_failed_declaration(std::string& text, std::size_t offset, Language language) {
  std::size_t start = std::string::npos;
  bool at_line_start = offset == 0 || (offset <= text.size() && text[offset - 1] == '\n');
  if (at_line_start && offset < text.size() && !starts_declaration(std::string_view(text).substr(offset), language)) {
    start = offset;  // text that is no declaration: skip it by itself
  } else {
    for (std::size_t line = 0; line < offset && line < text.size();) {
      if (starts_declaration(std::string_view(text).substr(line), language)) start = line;
      std::size_t next = text.find('\n', line);
      if (next == std::string::npos) break;
      line = next + 1;
    }
  }
  if (start == std::string::npos) return false;
  std::size_t end = text.size();
  if (at_line_start && start != offset) {
    end = offset;  // the error is where the next declaration starts: only the unfinished one goes
  } else {
    for (std::size_t line = text.find('\n', offset); line != std::string::npos; line = text.find('\n', line + 1)) {
      if (starts_declaration(std::string_view(text).substr(line + 1), language)) {
        end = line + 1;
        break;
      }
    }
  }
  for (std::size_t i = start; i < end; ++i) {
    if (text[i] != '\n') text[i] = ' ';
  }
  return true;
}

constexpr int max_syntax_errors = 20;

}  // namespace

ParseResult parse(const SourceFile& source) {
  ParseResult result;
  if (source.text().size() > max_file_size) {
    result.diagnostics.push_back({Severity::Error, {0, 0}, say("the file is larger than 16 MiB; a rule file is text written by people"), {}, false});
    return result;
  }
  if (auto bad = invalid_utf8(source.text())) {
    // At the bad byte, without an excerpt: the bad bytes cannot be shown as text.
    auto at = static_cast<std::uint32_t>(*bad);
    result.diagnostics.push_back({Severity::Error, {at, at + 1},
                                  say("the file is not UTF-8 text: the byte 0x{:02X} here does not begin a valid UTF-8 character; "
                                      "save the file as UTF-8", static_cast<unsigned char>(source.text()[*bad])),
                                  {}, false});
    return result;
  }
  // After a syntax error the failing declaration is blanked out and the text parsed again, so that
  // independent mistakes are all reported; only an error-free text becomes an AST.
  std::string text = source.text();
  Language language = language_of(text);
  for (int round = 0; round < max_syntax_errors; ++round) {
    grammar::RuleInput input(text, source.path(), language);
    grammar::rule_depth = 0;
    try {
      auto root = pegtl::parse_tree::parse<grammar::file, grammar::selector, pegtl::nothing, grammar::error_control>(input);
      if (!root) {
        result.diagnostics.push_back({Severity::Error, {0, 0}, say("not a rule file"), {}});
        return result;
      }
      ast::File file = build_ast(*root, language, result.diagnostics);
      if (!has_errors(result.diagnostics)) result.file = std::move(file);
      std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                       [](const Diagnostic& a, const Diagnostic& b) { return a.range.begin < b.range.begin; });
      return result;
    } catch (const pegtl::parse_error& error) {
      std::size_t offset = error.positions().empty() ? 0 : error.positions().front().byte;
      result.diagnostics.push_back(syntax_error(source, offset, std::string(error.message()), language));
      if (!blank_failed_declaration(text, offset, language)) break;
    }
  }
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.range.begin < b.range.begin; });
  return result;
}

bool is_plain_name(std::string_view text) {
  pegtl::memory_input input(text.data(), text.size(), "name");
  return pegtl::parse<pegtl::seq<grammar::identifier, pegtl::eof>>(input);
}

}  // namespace rw

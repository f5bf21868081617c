#include "lang/formatter.h"

#include "lang/language.h"
#include "lang/name_chars.h"
#include "lang/source.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <vector>

namespace rw {

namespace {

// One line split into code and an optional trailing comment, with strings kept whole.
struct Line {
  std::string code;     // single-spaced, without leading or trailing spaces
  std::string comment;  // "# ..." or empty
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Splits a line into code (spaces normalised outside strings) and its comment. In Dutch a comma between
// two digits is a decimal comma (0,5), not a separator.
Line split_line(std::string_view raw, Language language) {
  Line line;
  bool pending_space = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '#') {
      std::string_view comment = raw.substr(i);
      while (!comment.empty() && is_space(comment.back())) comment.remove_suffix(1);
      line.comment = std::string(comment);
      break;
    }
    if (is_space(c)) {
      pending_space = !line.code.empty();
      continue;
    }
    char previous = line.code.empty() ? '\0' : line.code.back();
    bool no_space = c == ')' || c == ',' || previous == '(';
    if (pending_space && !no_space) line.code += ' ';
    bool decimal_comma = language == Language::Dutch && std::isdigit(static_cast<unsigned char>(c)) && line.code.size() >= 2 &&
                         std::isdigit(static_cast<unsigned char>(line.code[line.code.size() - 2]));
    if (previous == ',' && !pending_space && !decimal_comma) line.code += ' ';
    pending_space = false;
    if (c == '"') {  // a string: copied as it is, up to its closing quote
      std::size_t end = raw.find('"', i + 1);
      if (end == std::string_view::npos) end = raw.size() - 1;
      line.code += raw.substr(i, end - i + 1);
      i = end;
      continue;
    }
    line.code += c;
  }
  return line;
}

// Net change of brace and parenthesis depth over a line of code (strings skipped). The brackets of a
// scenario's records in JSON (`add to clients [ ... ]`) count as parentheses.
void count_depth(const std::string& code, int& braces, int& parens) {
  bool in_string = false;
  for (char c : code) {
    if (c == '"') in_string = !in_string;
    if (in_string) continue;
    if (c == '{') ++braces;
    if (c == '}') --braces;
    if (c == '(') ++parens;
    if (c == ')') --parens;
    if (c == '[') ++parens;
    if (c == ']') --parens;
  }
}

bool starts_with_word(const std::string& code, std::string_view word) {
  return code.size() >= word.size() && std::string_view(code).substr(0, word.size()) == word &&
         names::name_char_at(code, word.size()) == 0;
}

bool ends_with_word(const std::string& code, std::string_view word) {
  if (code.size() < word.size() || std::string_view(code).substr(code.size() - word.size()) != word) return false;
  std::size_t before = code.size() - word.size();
  return before == 0 || code[before - 1] == ' ' || code[before - 1] == '(';
}

// Whether a line continues the expression or clause of the line before it.
bool continues(const std::string& previous, const std::string& code, Language language) {
  using namespace words;
  static constexpr std::array leading{&and_, &or_, &by, &capped, &where, &as, &then, &else_, &due, &when};
  static constexpr std::array trailing{&and_, &or_, &not_, &where, &by, &in, &over, &at, &then, &else_, &pays, &to};
  if (code.empty() || previous.empty()) return false;
  if (std::string_view("+-*/=<>,.").find(code[0]) != std::string_view::npos) return true;
  for (const Word* word : leading) {
    if (starts_with_word(code, spelled(*word, language))) return true;
  }
  char last = previous.back();
  if (std::string_view("+-*/=<>,(").find(last) != std::string_view::npos) return true;
  if (previous.size() >= 2 && previous.substr(previous.size() - 2) == "×") return true;
  for (const Word* word : trailing) {
    if (ends_with_word(previous, spelled(*word, language))) return true;
  }
  return false;
}

}  // namespace

// One formatted line: indentation and code, and its trailing comment.
struct OutputLine {
  std::string code;  // with indentation; empty for a blank line or a comment on its own
  std::string comment;
  bool blank = false;
};

// Joins the lines; trailing comments of consecutive lines are aligned two spaces after the longest code.
std::string join(const std::vector<OutputLine>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t end = i;
    std::size_t column = 0;
    while (end < lines.size() && !lines[end].code.empty() && !lines[end].comment.empty()) {
      column = std::max(column, character_count(lines[end].code));
      ++end;
    }
    if (end == i) {  // not a line with code and a trailing comment
      const OutputLine& line = lines[i++];
      if (!line.blank) out += line.code + line.comment;
      out += '\n';
      continue;
    }
    for (; i < end; ++i) out += lines[i].code + std::string(column + 2 - character_count(lines[i].code), ' ') + lines[i].comment + '\n';
  }
  return out;
}

std::string format_source(const std::string& text) {
  Language language = language_of(text);
  std::vector<std::string_view> raw_lines;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    raw_lines.push_back(std::string_view(text).substr(start, end - start));
    start = end + 1;
  }
  std::vector<OutputLine> out;
  int braces = 0, parens = 0;
  int blank_lines = 0;
  std::string previous_code;  // the last line with code, for continuations
  for (std::string_view raw : raw_lines) {
    Line line = split_line(raw, language);
    if (line.code.empty() && line.comment.empty()) {
      ++blank_lines;
      continue;
    }
    if (!out.empty() && blank_lines > 0) out.push_back({"", "", true});
    blank_lines = 0;
    int depth = braces + (parens > 0 ? 1 : 0);
    if (!line.code.empty() && line.code[0] == '}') depth = std::max(0, depth - 1);
    if (!line.code.empty() && line.code[0] == ']' && parens == 1) depth = std::max(0, depth - 1);  // closes the records
    bool continuation = parens == 0 && !line.code.empty() && continues(previous_code, line.code, language);
    std::string indent(2 * std::max(0, depth) + (continuation ? 4 : 0), ' ');
    if (line.code.empty()) {
      out.push_back({"", indent + line.comment, false});
    } else {
      out.push_back({indent + line.code, line.comment, false});
    }
    if (!line.code.empty()) {
      count_depth(line.code, braces, parens);
      previous_code = line.code;
    }
  }
  return join(out);
}

}  // namespace rw

#include "lang/translate.h"

#include <algorithm>
#include <optional>
#include <set>
#include <type_traits>

#include <fmt/format.h>
#include <tao/pegtl.hpp>

#include "lang/ast_walk.h"
#include "lang/formatter.h"
#include "lang/grammar.h"
#include "lang/literal_spelling.h"
#include "lang/program.h"
#include "messages/say.h"

namespace rw {

namespace {

namespace g = grammar;
namespace p = tao::pegtl;

// A piece of the text that the other spelling writes differently (or, for a name, must not).
struct Token {
  enum class Kind { Word, Number, Date, Name, Part, Type, Year };
  std::size_t begin, end;
  Kind kind;
  const words::Word* word = nullptr;        // Word
  std::size_t part = 0;                     // Part: index in words::date_parts; Type: in words::basic_types
};

// The tokens of the parse that stood, in the order they were matched (a lookahead may repeat one).
struct TokenLog {
  const char* text;
  std::vector<Token> tokens;
};

// The kind of token a rule of the grammar is: a word (every rule made from grammar::word), a number, a
// date or a name; std::nullopt for the rest.
template <typename Rule>
constexpr std::optional<Token::Kind> token_kind() {
  if constexpr (requires { Rule::spelled_word; }) return Token::Kind::Word;
  if constexpr (std::is_base_of_v<g::integer_literal, Rule> || std::is_base_of_v<g::decimal_literal, Rule> ||
                std::is_base_of_v<g::money_text, Rule>) {
    return Token::Kind::Number;
  }
  if constexpr (std::is_base_of_v<g::date_literal, Rule>) return Token::Kind::Date;
  if constexpr (std::is_base_of_v<g::identifier, Rule>) return Token::Kind::Name;
  return std::nullopt;
}

// Parses as usual, noting each token a rule matched; a rule that fails drops what its parts noted.
template <typename Rule>
struct recording : p::normal<Rule> {
  template <p::apply_mode A, p::rewind_mode M, template <typename...> class Action, template <typename...> class Control,
            typename ParseInput>
  [[nodiscard]] static bool match(ParseInput& in, TokenLog& log) {
    const char* begin = in.current();
    std::size_t noted = log.tokens.size();
    if (!p::normal<Rule>::template match<A, M, Action, Control>(in, log)) {
      log.tokens.resize(noted);
      return false;
    }
    if constexpr (constexpr auto kind = token_kind<Rule>(); kind.has_value()) {
      Token token{static_cast<std::size_t>(begin - log.text), static_cast<std::size_t>(in.current() - log.text), *kind};
      if constexpr (*kind == Token::Kind::Word) token.word = Rule::spelled_word;
      log.tokens.resize(noted);  // a word or literal is one token, whatever its parts noted
      log.tokens.push_back(token);
    }
    return true;
  }
};

// The words and literals of `text` as parsed in `language`.
std::vector<Token> parsed_tokens(const std::string& text, const std::string& path, Language language) {
  g::RuleInput input(text, path, language);
  TokenLog log{text.data(), {}};
  if (!p::parse<g::file, p::nothing, recording>(input, log)) return {};
  std::stable_sort(log.tokens.begin(), log.tokens.end(), [](const Token& a, const Token& b) { return a.begin < b.begin; });
  auto repeated = std::unique(log.tokens.begin(), log.tokens.end(), [](const Token& a, const Token& b) { return a.begin == b.begin; });
  log.tokens.erase(repeated, log.tokens.end());
  return log.tokens;
}

// The names whose spelling the language defines, from the checked model: `year`, the parts of dates
// and periods, the basic types. They replace the plain name tokens at the same place.
void add_language_names(const CheckedModel& model, Language from, std::vector<Token>& tokens) {
  std::vector<Token> found;
  AstVisitor visitor;
  visitor.expr = [&](const ast::Expr& expr) {
    if (model.resolutions[expr.id].kind == Resolution::Kind::Year) found.push_back({expr.range.begin, expr.range.end, Token::Kind::Year});
    if (const auto* field = std::get_if<ast::Field>(&expr.node); field && model.date_parts[expr.id] >= 0) {
      found.push_back({field->field_range.begin, field->field_range.end, Token::Kind::Part, nullptr,
                       static_cast<std::size_t>(model.date_parts[expr.id])});
    }
  };
  visitor.type = [&](const ast::TypeExpr& type) {
    for (std::size_t i = 0; i < words::basic_types.size(); ++i) {
      if (type.element || type.name != spelled(words::basic_types[i], from)) continue;
      found.push_back({type.range.begin, type.range.begin + type.name.size(), Token::Kind::Type, nullptr, i});
    }
  };
  walk(*model.file, visitor);
  for (const Token& named : found) {
    auto same = std::find_if(tokens.begin(), tokens.end(), [&](const Token& t) { return t.begin == named.begin && t.end == named.end; });
    if (same != tokens.end()) *same = named;
    else tokens.push_back(named);  // `account` as a type is a word: spelled like the keyword
  }
}

// Whether `name` is a reserved word of `language` (so that it cannot stay a name there).
const words::Word* reserved_in(std::string_view name, Language language) {
  for (const words::Word* word : words::reserved) {
    if (spelled(*word, language) == name) return word;
  }
  return nullptr;
}

// `source` in `to`, token by token, without checking the result.
Translation translate_tokens(const std::shared_ptr<const SourceFile>& source, Language to, const std::vector<BuiltinSignature>& builtins) {
  Translation result;
  CompileResult compiled = compile(source, builtins);
  if (!compiled.program) {
    result.diagnostics = std::move(compiled.diagnostics);
    return result;
  }
  const CheckedModel& model = compiled.program->model;
  const std::string& text = source->text();
  Language from = model.file->language;
  if (from == to) {
    result.text = text;
    return result;
  }
  std::vector<Token> tokens = parsed_tokens(text, source->path(), from);
  add_language_names(model, from, tokens);
  std::sort(tokens.begin(), tokens.end(), [](const Token& a, const Token& b) { return a.begin < b.begin; });
  auto fail = [&](const Token& token, std::string message) {
    result.diagnostics.push_back({Severity::Error, {static_cast<std::uint32_t>(token.begin), static_cast<std::uint32_t>(token.end)},
                                  std::move(message), {}});
  };
  std::string out;
  std::size_t copied = 0;
  std::set<std::string> refused;  // names that are words of `to`: said once each, where first used
  for (const Token& token : tokens) {
    std::string_view written = std::string_view(text).substr(token.begin, token.end - token.begin);
    std::string replacement(written);
    switch (token.kind) {
      case Token::Kind::Word: replacement = spelled(*token.word, to); break;
      case Token::Kind::Year: replacement = spelled(words::year, to); break;
      case Token::Kind::Part: replacement = spelled(words::date_parts[token.part], to); break;
      case Token::Kind::Type: replacement = spelled(words::basic_types[token.part], to); break;
      case Token::Kind::Number:
      case Token::Kind::Date: {
        Checked<std::string> spelled_text = token.kind == Token::Kind::Number ? number_spelled(written, from, to) : date_spelled(written, from, to);
        if (!spelled_text.value) fail(token, spelled_text.error);
        else replacement = *spelled_text.value;
        break;
      }
      case Token::Kind::Name:
        if (const words::Word* word = reserved_in(written, to); word && refused.insert(std::string(written)).second) {
          fail(token, say("the name '{}' is the {} word for '{}': rename it before translating the file", written,
                                  language_name(to), spelled(*word, from)));
        }
        break;
    }
    out.append(text, copied, token.begin - copied);
    out += replacement;
    copied = token.end;
  }
  out.append(text, copied, std::string::npos);
  if (result.diagnostics.empty()) result.text = std::move(out);
  return result;
}

}  // namespace

Translation translate(const std::shared_ptr<const SourceFile>& source, Language to, const std::vector<BuiltinSignature>& builtins) {
  Translation result = translate_tokens(source, to, builtins);
  if (!result.text || *result.text == source->text()) return result;
  // The translation must check, and translate back to the file as it was. A file in the canonical
  // layout (regelwerk fmt) is translated into the canonical layout: words of other lengths move the
  // trailing comments, which fmt aligns again.
  Language from = language_of(source->text());
  Translation back = translate_tokens(std::make_shared<const SourceFile>(source->path(), *result.text), from, builtins);
  if (!back.text || *back.text != source->text()) {
    std::string why = back.diagnostics.empty() ? "it does not translate back to the same text" : back.diagnostics.front().message;
    result.diagnostics.push_back({Severity::Error, {0, 0},
                                  say("internal: the {} translation cannot be used ({}); the file is left as it is",
                                              language_name(to), why),
                                  {}});
    result.text.reset();
  } else if (format_source(source->text()) == source->text()) {
    result.text = format_source(*result.text);
  }
  return result;
}

}  // namespace rw

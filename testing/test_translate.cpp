#include "testing/test_translate.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <tao/pegtl.hpp>

#include "lang/literal_spelling.h"
#include "lang/overloaded.h"
#include "messages/say.h"
#include "testing/test_grammar.h"
#include "testing/test_parser.h"

namespace rw::testing {

namespace {

namespace g = test_grammar;
namespace p = tao::pegtl;

// A stretch of the text that the other spelling writes differently.
struct Replacement {
  std::size_t begin, end;
  std::string text;
};

// A word of the grammar where the parse that stood matched it.
struct WordToken {
  std::size_t begin, end;
  const words::Word* word;
};

struct WordLog {
  const char* text;
  std::vector<WordToken> words;
};

// Parses as usual, noting each word (every rule made from grammar::word, and `closing balance`); a
// rule that fails drops what its parts noted.
template <typename Rule>
struct recording : p::normal<Rule> {
  template <p::apply_mode A, p::rewind_mode M, template <typename...> class Action, template <typename...> class Control,
            typename ParseInput>
  [[nodiscard]] static bool match(ParseInput& in, WordLog& log) {
    const char* begin = in.current();
    std::size_t noted = log.words.size();
    if (!p::normal<Rule>::template match<A, M, Action, Control>(in, log)) {
      log.words.resize(noted);
      return false;
    }
    if constexpr (requires { Rule::spelled_word; }) {
      log.words.resize(noted);  // `closing balance` is one word, whatever its parts noted
      log.words.push_back({static_cast<std::size_t>(begin - log.text), static_cast<std::size_t>(in.current() - log.text), Rule::spelled_word});
    }
    return true;
  }
};

// The words of `text` as parsed in `language`, in order.
std::vector<WordToken> parsed_words(const std::string& text, const std::string& path, Language language) {
  grammar::RuleInput input(text, path, language);
  WordLog log{text.data(), {}};
  if (!p::parse<g::file, p::nothing, recording>(input, log)) return {};
  std::stable_sort(log.words.begin(), log.words.end(), [](const WordToken& a, const WordToken& b) { return a.begin < b.begin; });
  auto repeated = std::unique(log.words.begin(), log.words.end(), [](const WordToken& a, const WordToken& b) { return a.begin == b.begin; });
  log.words.erase(repeated, log.words.end());
  return log.words;
}

// What a value is to the runner, which says how it is spelled.
enum class Role {
  Amount,   // an amount in euros
  Setting,  // a parameter's value: as Value, and durations (quoted, since they hold a space)
  Value,    // a report's value: any type the model gives it (true, none, a number, a date, a name...)
  Party,    // an account or member, or `anyone`
};

bool is_digit_char(char c) { return c >= '0' && c <= '9'; }

// Whether `t` is written as a number or amount: [-][€|EUR][ ]digit, then digits, separators and '%'.
bool looks_like_number(std::string_view t) {
  std::size_t at = t.substr(0, 1) == "-" ? 1 : 0;
  for (std::string_view euro : {std::string_view("€"), std::string_view("EUR")}) {
    if (t.substr(at, euro.size()) == euro) at += euro.size();
  }
  if (t.substr(at, 1) == " ") ++at;
  return at < t.size() && is_digit_char(t[at]) && t.find_first_not_of("0123456789_.,%", at) == std::string_view::npos;
}

// Whether `t` is written as a date in either order: 2024-12-31 or 31-12-2024.
bool looks_like_date(std::string_view t) {
  if (t.size() != 10) return false;
  bool iso = t[4] == '-' && t[7] == '-', dutch = t[2] == '-' && t[5] == '-';
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!is_digit_char(t[i]) && !((iso && (i == 4 || i == 7)) || (dutch && (i == 2 || i == 5)))) return false;
  }
  return iso || dutch;
}

// Whether `t` is a duration in `language`: a number, optional spaces, a unit (12 months, 1 dag).
bool looks_like_duration(std::string_view t, Language language) {
  std::size_t unit = t.size();
  while (unit > 0 && std::isalpha(static_cast<unsigned char>(t[unit - 1]))) --unit;
  std::size_t count_end = unit;
  while (count_end > 0 && (t[count_end - 1] == ' ' || t[count_end - 1] == '\t')) --count_end;
  constexpr std::array units{&words::days, &words::day, &words::months, &words::month, &words::years, &words::year};
  bool is_unit = std::any_of(units.begin(), units.end(), [&](const words::Word* w) { return t.substr(unit) == spelled(*w, language); });
  return is_unit && count_end > 0 && looks_like_number(t.substr(0, count_end));
}

// A number or amount in `to`; a Dutch one never has '_' (which would not translate back).
Checked<std::string> number_in(std::string_view t, Language from, Language to) {
  if (from == Language::Dutch && t.find('_') != std::string_view::npos) {
    return Checked<std::string>::fail(say(
        "'{}' is not a number in a Dutch file: '.' groups thousands (€ 1.500.000) and ',' is the decimal comma (€ 9.016,39)", t));
  }
  return number_spelled(t, from, to);
}

// The slot's text in `to` for its role: the text as written when nothing in it is spelled.
Checked<std::string> respelled(const Slot& slot, Role role, Language from, Language to) {
  const std::string& t = slot.text;
  auto same = [&] { return Checked<std::string>::ok(t); };
  if (slot.quoted) return role == Role::Setting && looks_like_duration(t, from) ? duration_spelled(t, from, to) : same();
  switch (role) {
    case Role::Party: return t == spelled(words::anyone, from) ? Checked<std::string>::ok(std::string(spelled(words::anyone, to))) : same();
    case Role::Amount: return looks_like_number(t) ? number_in(t, from, to) : same();
    case Role::Value:
    case Role::Setting:
      for (const words::Word* word : {&words::true_, &words::false_, &words::none}) {
        if (t == spelled(*word, from)) return Checked<std::string>::ok(std::string(spelled(*word, to)));
      }
      if (looks_like_date(t)) return date_spelled(t, from, to);
      if (looks_like_number(t)) return number_in(t, from, to);
      if (role == Role::Setting && looks_like_duration(t, from)) return duration_spelled(t, from, to);
      return same();
  }
  return same();
}

// The values of one test with the role each plays.
std::vector<std::pair<const Slot*, Role>> values_of(const Test& test) {
  std::vector<std::pair<const Slot*, Role>> values;
  auto add = [&](const Slot& slot, Role role) { values.emplace_back(&slot, role); };
  for (const Expectation& e : test.expectations) {
    const auto* dated = std::get_if<DatedExpectation>(&e.what);
    if (!dated) continue;  // `error` and `snapshot`: quoted text
    std::visit(Overloaded{
                   [&](const PaysClaim& c) {
                     add(c.from, Role::Party);
                     if (!c.nothing) add(c.amount, Role::Amount);
                     add(c.to, Role::Party);
                   },
                   [&](const PaysForClaim& c) { add(c.from, Role::Party); },
                   [&](const NoPostingsClaim&) {},
                   [&](const BalanceClaim& c) {
                     add(c.account, Role::Party);
                     add(c.amount, Role::Amount);
                   },
                   [&](const NoteClaim& c) {
                     add(c.account, Role::Party);
                     add(c.amount, Role::Amount);
                   },
                   [&](const IsClaim&) {},
                   [&](const ReportClaim& c) { add(c.value, Role::Value); },
               },
               dated->claim);
  }
  for (const Setting& setting : test.settings) add(setting.value, Role::Setting);
  return values;
}

// `text` with each replacement made (they do not overlap).
std::string replaced(const std::string& text, std::vector<Replacement> replacements) {
  std::sort(replacements.begin(), replacements.end(), [](const Replacement& a, const Replacement& b) { return a.begin < b.begin; });
  std::string out;
  std::size_t copied = 0;
  for (const Replacement& r : replacements) {
    out.append(text, copied, r.begin - copied);
    out += r.text;
    copied = r.end;
  }
  out.append(text, copied, std::string::npos);
  return out;
}

// `source` in `to`, word by word and value by value, without checking the result.
Translation translate_words(const SourceFile& source, Language to) {
  Translation result;
  TestParseResult parsed = parse_test_file(source);
  if (!parsed.file) {
    result.diagnostics = std::move(parsed.diagnostics);
    return result;
  }
  const TestFile& file = *parsed.file;
  const std::string& text = source.text();
  Language from = file.language;
  if (from == to) {
    result.text = text;
    return result;
  }
  std::vector<Replacement> replacements;
  for (const WordToken& w : parsed_words(text, source.path(), from)) replacements.push_back({w.begin, w.end, std::string(spelled(*w.word, to))});
  auto respell = [&](const Slot& slot, Role role) {
    Checked<std::string> written = respelled(slot, role, from, to);
    if (!written.value) {
      result.diagnostics.push_back({Severity::Error, slot.range, written.error, {}});
    } else if (*written.value != slot.text) {
      replacements.push_back({slot.range.begin, slot.range.end, slot.quoted ? "\"" + *written.value + "\"" : *written.value});
    }
  };
  for (const Test& test : file.tests) {
    // A word naming a column of the table gives its role to the column's cells (the first role of
    // Role's order when it plays several).
    std::vector<std::set<Role>> column_roles(test.table ? test.table->columns.size() : 0);
    for (auto [slot, role] : values_of(test)) {
      bool column = false;
      for (std::size_t i = 0; i < column_roles.size(); ++i) {
        if (!slot->quoted && test.table->columns[i].text == slot->text) {
          column_roles[i].insert(role);
          column = true;
        }
      }
      if (!column) respell(*slot, role);
    }
    if (!test.table) continue;
    for (const std::vector<Slot>& row : test.table->rows) {
      for (std::size_t i = 0; i < row.size() && i < column_roles.size(); ++i) {
        if (!column_roles[i].empty()) respell(row[i], *column_roles[i].begin());
      }
    }
  }
  if (result.diagnostics.empty()) result.text = replaced(text, std::move(replacements));
  return result;
}

}  // namespace

Translation translate_test_file(const SourceFile& source, Language to) {
  Translation result = translate_words(source, to);
  if (!result.text || *result.text == source.text()) return result;
  // The translation must read, and translate back to the file as it was.
  Language from = language_of(source.text(), words::tests);
  SourceFile translated(source.path(), *result.text);
  Translation back = translate_words(translated, from);
  if (!back.text || *back.text != source.text()) {
    std::string why = back.diagnostics.empty()
                          ? say("it does not translate back to the same text")
                          : say("{} at {} of the translation", back.diagnostics.front().message,
                                translated.location(back.diagnostics.front().range));
    result.diagnostics.push_back({Severity::Error, {0, 0},
                                  to == Language::Dutch ? say("the Dutch translation cannot be used ({}); the file is left as it is", why)
                                                        : say("the English translation cannot be used ({}); the file is left as it is", why),
                                  {}});
    result.text.reset();
  }
  return result;
}

}  // namespace rw::testing

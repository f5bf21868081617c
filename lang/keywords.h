#pragma once
// The words of the language, each spelled in one place: the reserved words (never a name), the words
// that mean something only where the grammar expects them, and the names of the basic types.
// lang/grammar.h builds its keyword rules from these tables, the parser's recovery finds declarations
// by them, the checker refuses them as names and suggests type names from them, and a unit test keeps
// the web editor's highlighting (web/regels_mode.js) equal to them. The test files' grammar
// (testing/test_grammar.h) takes its words from here too.
#include <algorithm>
#include <array>
#include <string_view>

#include "lang/types.h"

namespace rw::words {

// One word of the language.
struct Word {
  std::string_view spelling;
  bool starts_declaration = false;  // at the first column of a line, it begins a declaration
};

// ---- reserved: never a name ----
inline constexpr Word model{"model"};  // begins the file; not one of its declarations
inline constexpr Word members{"members", true};
inline constexpr Word account{"account", true};
inline constexpr Word rounding{"rounding", true};
inline constexpr Word enumeration{"enum", true};
inline constexpr Word record{"record", true};
inline constexpr Word input{"input", true};
inline constexpr Word parameter{"parameter", true};
inline constexpr Word define{"define", true};
inline constexpr Word rule{"rule", true};
inline constexpr Word scenario{"scenario", true};
inline constexpr Word for_{"for"};
inline constexpr Word each{"each"};
inline constexpr Word in{"in"};
inline constexpr Word where{"where"};
inline constexpr Word if_{"if"};
inline constexpr Word then{"then"};
inline constexpr Word else_{"else"};
inline constexpr Word let{"let"};
inline constexpr Word pays{"pays"};
inline constexpr Word to{"to"};
inline constexpr Word due{"due"};
inline constexpr Word and_{"and"};
inline constexpr Word or_{"or"};
inline constexpr Word not_{"not"};
inline constexpr Word true_{"true"};
inline constexpr Word false_{"false"};
inline constexpr Word list{"list"};
inline constexpr Word of{"of"};
inline constexpr Word exists{"exists"};
inline constexpr Word from{"from"};
inline constexpr Word when{"when"};
inline constexpr Word distribute{"distribute"};
inline constexpr Word over{"over"};
inline constexpr Word by{"by"};
inline constexpr Word capped{"capped"};
inline constexpr Word remainder{"remainder"};
inline constexpr Word note{"note"};
inline constexpr Word require{"require"};
inline constexpr Word report{"report"};

inline constexpr std::array reserved{
    &model, &members, &account, &rounding, &enumeration, &record, &input, &parameter, &define, &rule,
    &scenario, &for_, &each, &in, &where, &if_, &then, &else_, &let, &pays, &to, &due, &and_, &or_, &not_,
    &true_, &false_, &list, &of, &exists, &from, &when, &distribute, &over, &by, &capped, &remainder, &note,
    &require, &report};

// ---- contextual: a word only where the grammar expects it, a name elsewhere ----
inline constexpr Word euro{"EUR"};
inline constexpr Word days{"days"};
inline constexpr Word day{"day"};
inline constexpr Word months{"months"};
inline constexpr Word month{"month"};
inline constexpr Word years{"years"};
inline constexpr Word year{"year"};
inline constexpr Word member{"member"};
inline constexpr Word up{"up"};
inline constexpr Word down{"down"};
inline constexpr Word at{"at"};
inline constexpr Word spreading{"spreading"};
inline constexpr Word keeping{"keeping"};
inline constexpr Word the{"the"};
inline constexpr Word excess{"excess"};
inline constexpr Word as{"as"};
inline constexpr Word until{"until"};
inline constexpr Word opening{"opening"};
inline constexpr Word keyed{"keyed"};
inline constexpr Word add{"add"};
inline constexpr Word change{"change"};
inline constexpr Word remove{"remove"};

inline constexpr std::array contextual{
    &euro, &days, &day, &months, &month, &years, &year, &member, &up, &down, &at, &spreading, &keeping, &the,
    &excess, &as, &until, &opening, &keyed, &add, &change, &remove};

// ---- test files (*.regeltest): these, and for, years, from, scenario, rule, pays, to, of, note, not,
// where and report of the rule files ----
inline constexpr Word tests{"tests"};
inline constexpr Word test{"test"};
inline constexpr Word data{"data"};
inline constexpr Word set{"set"};
inline constexpr Word expect{"expect"};
inline constexpr Word nothing{"nothing"};
inline constexpr Word no{"no"};
inline constexpr Word postings{"postings"};
inline constexpr Word balance{"balance"};
inline constexpr Word closing{"closing"};
inline constexpr Word is{"is"};
inline constexpr Word error{"error"};
inline constexpr Word snapshot{"snapshot"};

// ---- the basic types, by name ----
struct BasicType {
  std::string_view spelling;
  TypeKind kind;
};

inline constexpr std::array<BasicType, 10> basic_types{{{"bool", TypeKind::Bool},
                                                        {"integer", TypeKind::Integer},
                                                        {"decimal", TypeKind::Decimal},
                                                        {"money", TypeKind::Money},
                                                        {"date", TypeKind::Date},
                                                        {"duration", TypeKind::Duration},
                                                        {"period", TypeKind::Period},
                                                        {"text", TypeKind::Text},
                                                        {"member", TypeKind::Member},
                                                        {"account", TypeKind::Account}}};

// The name of basic type `kind` (one of basic_types).
constexpr std::string_view basic_type_name(TypeKind kind) {
  auto found = std::find_if(basic_types.begin(), basic_types.end(), [kind](const BasicType& t) { return t.kind == kind; });
  return found == basic_types.end() ? std::string_view() : found->spelling;
}

// Whether `line` begins with a declaration's word followed by a space or tab.
constexpr bool starts_declaration(std::string_view line) {
  return std::any_of(reserved.begin(), reserved.end(), [line](const Word* word) {
    std::string_view w = word->spelling;
    return word->starts_declaration && line.size() > w.size() && line.substr(0, w.size()) == w &&
           (line[w.size()] == ' ' || line[w.size()] == '\t');
  });
}

}  // namespace rw::words

#pragma once
// The words of the language, each spelled in one place, in English and in Dutch (lang/language.h: a
// file's first word says which it uses): the reserved words (never a name), the words that mean
// something only where the grammar expects them, and the names of the basic types.
// lang/grammar.h builds its keyword rules from these tables, the parser's recovery finds declarations
// by them, the checker refuses them as names and suggests type names from them, and a unit test keeps
// the web editor's highlighting (web/regels_mode.js) equal to them. The test files' grammar
// (testing/test_grammar.h) takes its words from here too.
#include <algorithm>
#include <array>
#include <string_view>

#include "lang/types.h"
#include "messages/language.h"

namespace rw::words {

// One word of the language.
struct Word {
  std::string_view spelling;        // in English
  std::string_view dutch;           // in Dutch (docs/language.md, "In Dutch")
  bool starts_declaration = false;  // at the first column of a line, it begins a declaration
};

// ---- reserved: never a name ----
inline constexpr Word model{"model", "regeling"};  // begins the file; not one of its declarations
inline constexpr Word members{"members", "leden", true};
inline constexpr Word account{"account", "rekening", true};
inline constexpr Word rounding{"rounding", "afronding", true};
inline constexpr Word enumeration{"enum", "soort", true};
inline constexpr Word record{"record", "gegeven", true};
inline constexpr Word input{"input", "invoer", true};
inline constexpr Word parameter{"parameter", "parameter", true};
inline constexpr Word define{"define", "definieer", true};
inline constexpr Word rule{"rule", "regel", true};
inline constexpr Word scenario{"scenario", "scenario", true};
inline constexpr Word for_{"for", "voor"};
inline constexpr Word each{"each", "elke"};
inline constexpr Word in{"in", "in"};
inline constexpr Word where{"where", "waarbij"};
inline constexpr Word if_{"if", "als"};
inline constexpr Word then{"then", "dan"};
inline constexpr Word else_{"else", "anders"};
inline constexpr Word let{"let", "stel"};
inline constexpr Word pays{"pays", "betaalt"};
inline constexpr Word to{"to", "aan"};
inline constexpr Word due{"due", "uiterlijk"};
inline constexpr Word and_{"and", "en"};
inline constexpr Word or_{"or", "of"};
inline constexpr Word not_{"not", "niet"};
inline constexpr Word true_{"true", "waar"};
inline constexpr Word false_{"false", "onwaar"};
inline constexpr Word list{"list", "lijst"};
inline constexpr Word of{"of", "van"};
inline constexpr Word exists{"exists", "bestaat"};
inline constexpr Word from{"from", "vanaf"};
inline constexpr Word when{"when", "wanneer"};
inline constexpr Word distribute{"distribute", "verdeel"};
inline constexpr Word over{"over", "over"};
inline constexpr Word by{"by", "naar"};
inline constexpr Word capped{"capped", "begrensd"};
inline constexpr Word remainder{"remainder", "rest"};
inline constexpr Word note{"note", "noteer"};
inline constexpr Word require{"require", "vereis"};
inline constexpr Word report{"report", "rapporteer"};

inline constexpr std::array reserved{
    &model, &members, &account, &rounding, &enumeration, &record, &input, &parameter, &define, &rule,
    &scenario, &for_, &each, &in, &where, &if_, &then, &else_, &let, &pays, &to, &due, &and_, &or_, &not_,
    &true_, &false_, &list, &of, &exists, &from, &when, &distribute, &over, &by, &capped, &remainder, &note,
    &require, &report};

// ---- contextual: a word only where the grammar expects it, a name elsewhere ----
inline constexpr Word euro{"EUR", "EUR"};
inline constexpr Word days{"days", "dagen"};
inline constexpr Word day{"day", "dag"};
inline constexpr Word months{"months", "maanden"};
inline constexpr Word month{"month", "maand"};
inline constexpr Word years{"years", "jaren"};
inline constexpr Word year{"year", "jaar"};
inline constexpr Word member{"member", "lid"};
inline constexpr Word up{"up", "omhoog"};
inline constexpr Word down{"down", "omlaag"};
inline constexpr Word at{"at", "op"};
inline constexpr Word spreading{"spreading", "spreid"};
inline constexpr Word keeping{"keeping", "behoud"};
inline constexpr Word the{"the", "het"};
inline constexpr Word excess{"excess", "overschot"};
inline constexpr Word as{"as", "als"};
inline constexpr Word until{"until", "tot"};
inline constexpr Word opening{"opening", "beginsaldo"};
inline constexpr Word keyed{"keyed", "uniek"};
inline constexpr Word add{"add", "toevoegen"};
inline constexpr Word change{"change", "wijzig"};
inline constexpr Word remove{"remove", "verwijder"};

inline constexpr std::array contextual{
    &euro, &days, &day, &months, &month, &years, &year, &member, &up, &down, &at, &spreading, &keeping, &the,
    &excess, &as, &until, &opening, &keyed, &add, &change, &remove};

// ---- the same English word where Dutch uses another: the grammar names these where they stand ----
inline constexpr Word keyed_by{"by", "op"};           // input clients: lijst van Client uniek op id
inline constexpr Word records_from{"from", "uit"};    // toevoegen aan clients uit "nieuw.json"
inline constexpr Word remove_from{"from", "uit"};     // verwijder uit clients waarbij ...
inline constexpr Word day_rounding{"rounding", "afgerond"};  // datum + 12 maanden afgerond omlaag

inline constexpr std::array respelled{&keyed_by, &records_from, &remove_from, &day_rounding};

// ---- test files (*.regeltest): these, and for, years, from, scenario, rule, pays, to, of, not and
// where of the rule files, spelled as there (docs/testing.md, "In Dutch"); a test file is Dutch when it
// begins with `testen` ----
inline constexpr Word tests{"tests", "testen"};
inline constexpr Word test{"test", "test"};
inline constexpr Word data{"data", "gegevens"};
inline constexpr Word set{"set", "zet"};
inline constexpr Word expect{"expect", "verwacht"};
inline constexpr Word nothing{"nothing", "niets"};
inline constexpr Word no{"no", "geen"};
inline constexpr Word postings{"postings", "boekingen"};
inline constexpr Word balance{"balance", "saldo"};
inline constexpr Word closing{"closing", "eindsaldo"};  // only in `closing balance`, one word in Dutch
inline constexpr Word is{"is", "is"};
inline constexpr Word error{"error", "fout"};
inline constexpr Word snapshot{"snapshot", "momentopname"};

// ---- test files, where Dutch says it otherwise: a phrase that is one Dutch word, a rule file's verb
// that a test uses as a noun, and the words a test writes as values ----
inline constexpr Word closing_balance{"closing balance", "eindsaldo"};  // verwacht 2024: eindsaldo van reserve = ...
inline constexpr Word note_of_test{"note", "notitie"};                  // verwacht 2026: notitie voor centrum = ...
inline constexpr Word report_of_test{"report", "rapport"};              // verwacht 2025: rapport payer voor "C-1" = ...
inline constexpr Word anyone{"anyone", "iedereen"};                     // iedereen betaalt voor "K"; ... aan iedereen
inline constexpr Word none{"none", "geen"};                             // the value of an optional report that is absent

// Every word of a test file that is not a rule file's (for the note on the other spelling, and the docs).
inline constexpr std::array test_words{&tests, &test, &data, &set, &expect, &nothing, &no, &postings, &balance,
                                       &closing_balance, &closing, &is, &error, &snapshot, &note_of_test,
                                       &report_of_test, &anyone, &none};

// ---- the basic types, by name ----
struct BasicType {
  std::string_view spelling;
  std::string_view dutch;
  TypeKind kind;
};

inline constexpr std::array<BasicType, 10> basic_types{{{"bool", "janee", TypeKind::Bool},
                                                        {"integer", "geheel", TypeKind::Integer},
                                                        {"decimal", "decimaal", TypeKind::Decimal},
                                                        {"money", "geld", TypeKind::Money},
                                                        {"date", "datum", TypeKind::Date},
                                                        {"duration", "duur", TypeKind::Duration},
                                                        {"period", "periode", TypeKind::Period},
                                                        {"text", "tekst", TypeKind::Text},
                                                        {"member", "lid", TypeKind::Member},
                                                        {"account", "rekening", TypeKind::Account}}};

// ---- the parts of a date (d.year) and of a period (p.start) ----
struct Part {
  std::string_view spelling;
  std::string_view dutch;
};
inline constexpr std::array<Part, 5> date_parts{{{"year", "jaar"}, {"month", "maand"}, {"day", "dag"}, {"start", "begin"}, {"end", "einde"}}};

// The name of basic type `kind` (one of basic_types).
constexpr std::string_view basic_type_name(TypeKind kind, Language language = Language::English) {
  auto found = std::find_if(basic_types.begin(), basic_types.end(), [kind](const BasicType& t) { return t.kind == kind; });
  if (found == basic_types.end()) return std::string_view();
  return language == Language::Dutch ? found->dutch : found->spelling;
}

}  // namespace rw::words

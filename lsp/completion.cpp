// textDocument/completion: after `x.` the fields of x's type; elsewhere the names of the model (from the
// last analysis that checked), the local names of the declaration the cursor is in, the built-ins, the
// keywords of lang/keywords.h (in a test file its own words first) and the basic types.
#include <array>
#include <set>

#include "lang/keywords.h"
#include "lang/language.h"
#include "lsp/describe.h"
#include "lsp/handlers.h"
#include "lsp/target.h"
#include "messages/say.h"
#include "stdlib/builtins.h"

namespace rw::lsp {

namespace {

// LSP CompletionItemKind numbers.
enum ItemKind { text_kind = 1, function_kind = 3, field_kind = 5, variable_kind = 6, module_kind = 9, value_kind = 12,
                enum_kind = 13, keyword_kind = 14, event_kind = 23, enum_member_kind = 20, struct_kind = 22,
                constant_kind = 21, class_kind = 7 };

// The completion kind of a symbol kind.
int item_kind(SymbolKind kind) {
  switch (kind) {
    case SymbolKind::Member: return value_kind;
    case SymbolKind::Account: return value_kind;
    case SymbolKind::Enum: return enum_kind;
    case SymbolKind::Variant: return enum_member_kind;
    case SymbolKind::Record: return struct_kind;
    case SymbolKind::Field: return field_kind;
    case SymbolKind::Input: return variable_kind;
    case SymbolKind::Parameter: return constant_kind;
    case SymbolKind::Definition: return function_kind;
    case SymbolKind::Rule: return event_kind;
    case SymbolKind::Scenario: return module_kind;
  }
  return text_kind;
}

// One CompletionItem.
json item(const std::string& label, int kind, const std::string& detail) {
  json result{{"label", label}, {"kind", kind}};
  if (!detail.empty()) result["detail"] = detail;
  return result;
}

// The names written before a `.` at the cursor, outermost first (`c.previous.` gives c, previous);
// empty when the cursor does not follow a dot.
std::vector<std::string> field_chain(const std::string& text, std::uint32_t offset) {
  std::uint32_t begin = 0;
  word_at(text, offset, begin);
  std::vector<std::string> chain;
  std::uint32_t at = begin;
  while (at > 0 && text[at - 1] == '.') {
    std::uint32_t word_begin = 0;
    std::string word = word_at(text, at - 1, word_begin);
    if (word.empty()) break;
    chain.insert(chain.begin(), word);
    at = word_begin;
  }
  return chain;
}

// The type of the name `name` at the start of a field chain: a local of the model (the last one so
// named before `offset`), or a parameter, definition or input.
std::optional<Type> type_of_name(const Analysis& analysis, const std::string& name, std::uint32_t offset) {
  std::optional<Type> found;
  for (const LocalUse& local : analysis.index.locals) {
    if (local.name == name && (!found || local.range.begin <= offset)) found = local.type;
  }
  if (found) return found;
  const CheckedModel& model = analysis.program->model;
  for (int symbol : analysis.index.named(name)) {
    const Symbol& s = analysis.index.symbols[symbol];
    if (s.kind == SymbolKind::Parameter) return model.parameters[s.index].type;
    if (s.kind == SymbolKind::Definition) return model.definitions[s.index].result;
    if (s.kind == SymbolKind::Input) return model.tables.inputs[s.index].type;
  }
  return std::nullopt;
}

// The fields a value of `type` has: (name, type) pairs of a record, a period or a date (the parts of
// dates and periods spelled as the model's file spells them).
std::vector<std::pair<std::string, Type>> fields_of(const Type& type, const CheckedModel& model) {
  const ModelTables& tables = model.tables;
  Language language = model.file->language;
  const Type& plain = type.unwrapped();
  std::vector<std::pair<std::string, Type>> fields;
  auto part = [&](std::size_t index) { return std::string(spelled(words::date_parts[index], language)); };
  if (plain.is(TypeKind::Record) && plain.decl >= 0 && plain.decl < static_cast<int>(tables.records.size())) {
    for (const FieldInfo& field : tables.records[plain.decl].fields) fields.emplace_back(field.name, field.type);
  } else if (plain.is(TypeKind::Period)) {
    fields.emplace_back(part(3), Type::of(TypeKind::Date));
    fields.emplace_back(part(4), Type::optional(Type::of(TypeKind::Date)));
  } else if (plain.is(TypeKind::Date)) {
    for (std::size_t index : {0, 1, 2}) fields.emplace_back(part(index), Type::of(TypeKind::Integer));
  }
  return fields;
}

// The completions after a dot: the fields of the type the chain leads to.
json field_items(const Analysis& analysis, const std::vector<std::string>& chain, std::uint32_t offset) {
  json items = json::array();
  const ModelTables& tables = analysis.program->model.tables;
  std::optional<Type> type = type_of_name(analysis, chain.front(), offset);
  for (std::size_t i = 1; i < chain.size() && type; ++i) {
    std::optional<Type> next;
    for (const auto& [name, field_type] : fields_of(*type, analysis.program->model)) {
      if (name == chain[i]) next = field_type;
    }
    type = next;
  }
  if (!type) return items;
  for (const auto& [name, field_type] : fields_of(*type, analysis.program->model)) items.push_back(item(name, field_kind, type_name(field_type, tables)));
  return items;
}

// The words only test files have (lang/keywords.h); the rule files' words follow them there too.
constexpr std::array test_file_words{&words::tests, &words::test,     &words::data,    &words::set,
                                     &words::expect, &words::nothing, &words::no,      &words::postings,
                                     &words::balance, &words::closing, &words::is,     &words::error,
                                     &words::snapshot};

// The range of the declaration that holds `offset`, if any.
std::optional<SourceRange> declaration_around(const CheckedModel& model, std::uint32_t offset) {
  for (const ast::Decl& decl : model.file->decls) {
    if (decl.range.begin <= offset && offset <= decl.range.end) return decl.range;
  }
  return std::nullopt;
}

}  // namespace

json completion(const Workspace& workspace, const json& params) {
  std::string uri = document_uri(params);
  const DocumentAnalyses* analyses = workspace.find(uri);
  json items = json::array();
  if (!analyses || !analyses->latest) return items;
  const Analysis& latest = *analyses->latest;
  Position position = position_from_json(params.at("position"));
  std::uint32_t offset = latest.lines.offset(position);
  const Analysis* good = analyses->last_good.get();
  // Offsets in the last good text: the same position, as near as the two texts allow.
  std::uint32_t good_offset = good ? good->lines.offset(position) : 0;
  std::vector<std::string> chain = field_chain(latest.lines.text(), offset);
  if (!chain.empty()) return good ? field_items(*good, chain, good_offset) : items;

  std::set<std::string> seen;
  auto add = [&items, &seen](const std::string& label, int kind, const std::string& detail) {
    if (seen.insert(label).second) items.push_back(item(label, kind, detail));
  };
  if (good) {
    const CheckedModel& model = good->program->model;
    if (std::optional<SourceRange> around = declaration_around(model, good_offset)) {
      for (const LocalUse& local : good->index.locals) {
        if (local.range.begin >= around->begin && local.range.end <= around->end) {
          add(local.name, variable_kind, type_name(local.type, model.tables));
        }
      }
    }
    for (const Symbol& symbol : good->index.symbols) {
      if (symbol.kind == SymbolKind::Field || symbol.kind == SymbolKind::Rule || symbol.kind == SymbolKind::Scenario) continue;
      add(symbol.name, item_kind(symbol.kind), signature(*good, symbol));
    }
  }
  // The language's own words, in the spelling of the rule file (a test file is English).
  Language language = rw::language_of(latest.lines.text());
  const Document* document = workspace.documents.find(uri);
  bool test_file = document && document->language == DocumentLanguage::Tests;
  if (test_file) language = Language::English;
  if (good) {
    add(std::string(spelled(words::year, language)), variable_kind, say("the year being settled (in a rule)"));
    add(std::string(spelled(words::members, language)), variable_kind, say("the list of all members"));
  }
  for (const BuiltinSignature& builtin : builtin_signatures()) add(builtin.name, function_kind, builtin.usage);
  if (test_file) {
    for (const words::Word* word : test_file_words) add(std::string(word->spelling), keyword_kind, "");
  }
  for (const words::Word* word : words::reserved) add(std::string(spelled(*word, language)), keyword_kind, "");
  for (const words::Word* word : words::contextual) add(std::string(spelled(*word, language)), keyword_kind, "");
  for (const words::BasicType& type : words::basic_types) add(std::string(spelled(type, language)), class_kind, say("type"));
  return items;
}

}  // namespace rw::lsp

#include "testing/slot_values.h"

#include <fmt/format.h>

#include "lang/diagnostics.h"
#include "lang/literal_spelling.h"
#include "lang/literal_text.h"
#include "messages/say.h"

namespace rw::testing {

Slot Row::operator()(const Slot& slot) const {
  if (!table_ || slot.quoted) return slot;
  for (std::size_t i = 0; i < table_->columns.size() && i < cells_->size(); ++i) {
    if (table_->columns[i].text == slot.text) return (*cells_)[i];
  }
  return slot;
}

std::string Row::describe() const {
  if (!table_ || table_->columns.empty() || cells_->empty()) return "";
  return fmt::format("{}={}", table_->columns.front().text, cells_->front().text);
}

void SlotReader::error(const SourceRange& range, const std::string& message) {
  errors_.push_back(say("{}: error: {}", source_.location(range), message));
}

std::optional<int> SlotReader::year(const Slot& slot) {
  const std::string& t = slot.text;
  if (t.size() == 4 && t.find_first_not_of("0123456789") == std::string::npos) return std::stoi(t);
  error(slot.range, say("'{}' is not a year: expected four digits, e.g. 2025", t));
  return std::nullopt;
}

std::optional<std::int64_t> SlotReader::cents(const Slot& slot) {
  if (refuse_other_spelling(slot, words::nothing)) return std::nullopt;  // `pays nothing to` in a Dutch file
  std::optional<std::string> text = english(slot, TypeKind::Money);
  if (!text) return std::nullopt;
  Checked<Rational> amount = read_amount(*text);
  if (!amount.value) {
    error(slot.range, amount.error);
    return std::nullopt;
  }
  if (!has_euro_sign(slot.text)) {
    error(slot.range, say("'{}' is not an amount: write it in euros, e.g. €{}", slot.text, slot.text));
    return std::nullopt;
  }
  return (*amount.value * Rational(100)).to_int64();  // whole cents: the reader allows at most two decimals
}

std::optional<std::string> SlotReader::english(const Slot& slot, TypeKind kind) {
  if (language_ == Language::English) return slot.text;
  Checked<std::string> spelled_text = Checked<std::string>::ok(slot.text);
  switch (kind) {
    case TypeKind::Money:
    case TypeKind::Decimal:
    case TypeKind::Integer:
      if (slot.text.find('_') != std::string::npos) {
        error(slot.range, say("'{}' is not a number in a Dutch file: '.' groups thousands (€ 1.500.000) and ',' is the "
                              "decimal comma (€ 9.016,39)", slot.text));
        return std::nullopt;
      }
      spelled_text = number_spelled(slot.text, Language::Dutch, Language::English);
      break;
    case TypeKind::Date: spelled_text = date_spelled(slot.text, Language::Dutch, Language::English); break;
    case TypeKind::Duration: spelled_text = duration_spelled(slot.text, Language::Dutch, Language::English); break;
    case TypeKind::Bool:
      if (refuse_other_spelling(slot, words::true_) || refuse_other_spelling(slot, words::false_)) return std::nullopt;
      if (means(slot, words::true_)) return std::string(words::true_.spelling);
      if (means(slot, words::false_)) return std::string(words::false_.spelling);
      break;
    default: break;
  }
  if (!spelled_text.value) {
    error(slot.range, spelled_text.error);
    return std::nullopt;
  }
  return *spelled_text.value;
}

bool SlotReader::means(const Slot& slot, const words::Word& word) const {
  return !slot.quoted && slot.text == spelled(word, language_);
}

bool SlotReader::refuse_other_spelling(const Slot& slot, const words::Word& word) {
  Language other = language_ == Language::Dutch ? Language::English : Language::Dutch;
  if (slot.quoted || slot.text != spelled(word, other) || slot.text == spelled(word, language_)) return false;
  error(slot.range, language_ == Language::Dutch
                        ? say("'{}' is English, and this test file is Dutch (it begins with '{}'): write '{}'", slot.text,
                              words::tests.dutch, word.dutch)
                        : say("'{}' is the Dutch for '{}', and this test file is English (a Dutch test file begins with '{}')",
                              slot.text, word.spelling, words::tests.dutch));
  return true;
}

std::optional<int> SlotReader::account(const Slot& slot) {
  if (auto index = model_.tables.find_account(slot.text)) return *index;
  if (refuse_other_spelling(slot, words::anyone)) return std::nullopt;
  std::vector<std::string> names;
  for (const AccountInfo& a : model_.tables.accounts) names.push_back(a.id);
  std::string suggestion = closest_name(slot.text, names);
  error(slot.range, suggestion.empty()
                        ? say("'{}' is not a member or account of model \"{}\"", slot.text, model_.tables.model_name)
                        : say("'{}' is not a member or account of model \"{}\"; did you mean '{}'?", slot.text, model_.tables.model_name,
                              suggestion));
  return std::nullopt;
}

std::optional<std::string> SlotReader::rule(const Slot& slot) {
  std::vector<std::string> ids;
  for (const RuleInfo& r : model_.rules) {
    if (r.decl->id.name == slot.text) return slot.text;
    ids.push_back(r.decl->id.name);
  }
  std::string suggestion = closest_name(slot.text, ids);
  error(slot.range, suggestion.empty() ? say("model \"{}\" has no rule {}", model_.tables.model_name, slot.text)
                                       : say("model \"{}\" has no rule {}; did you mean rule {}?", model_.tables.model_name, slot.text,
                                             suggestion));
  return std::nullopt;
}

}  // namespace rw::testing

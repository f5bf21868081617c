#include "testing/slot_values.h"

#include <fmt/format.h>

#include "lang/diagnostics.h"
#include "lang/literal_text.h"

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
  errors_.push_back(fmt::format("{}: error: {}", source_.location(range), message));
}

std::optional<int> SlotReader::year(const Slot& slot) {
  const std::string& t = slot.text;
  if (t.size() == 4 && t.find_first_not_of("0123456789") == std::string::npos) return std::stoi(t);
  error(slot.range, fmt::format("'{}' is not a year: expected four digits, e.g. 2025", t));
  return std::nullopt;
}

std::optional<std::int64_t> SlotReader::cents(const Slot& slot) {
  Checked<Rational> amount = read_amount(slot.text);
  if (!amount.value) {
    error(slot.range, amount.error);
    return std::nullopt;
  }
  if (!has_euro_sign(slot.text)) {
    error(slot.range, fmt::format("'{}' is not an amount: write it in euros, e.g. €{}", slot.text, slot.text));
    return std::nullopt;
  }
  return (*amount.value * Rational(100)).to_int64();  // whole cents: the reader allows at most two decimals
}

std::optional<int> SlotReader::account(const Slot& slot) {
  if (auto index = model_.tables.find_account(slot.text)) return *index;
  std::vector<std::string> names;
  for (const AccountInfo& a : model_.tables.accounts) names.push_back(a.id);
  std::string suggestion = closest_name(slot.text, names);
  error(slot.range, fmt::format("'{}' is not a member or account of model \"{}\"{}", slot.text, model_.tables.model_name,
                                suggestion.empty() ? "" : fmt::format("; did you mean '{}'?", suggestion)));
  return std::nullopt;
}

std::optional<std::string> SlotReader::rule(const Slot& slot) {
  std::vector<std::string> ids;
  for (const RuleInfo& r : model_.rules) {
    if (r.decl->id.name == slot.text) return slot.text;
    ids.push_back(r.decl->id.name);
  }
  std::string suggestion = closest_name(slot.text, ids);
  error(slot.range, fmt::format("model \"{}\" has no rule {}{}", model_.tables.model_name, slot.text,
                                suggestion.empty() ? "" : fmt::format("; did you mean rule {}?", suggestion)));
  return std::nullopt;
}

}  // namespace rw::testing

#include "runtime/eval/describe.h"

namespace rw {

namespace {

// Inserts thousands separators into the whole part of a decimal text ("-1234.5" -> "-1,234.5").
std::string group_thousands(const std::string& text) {
  std::size_t start = text[0] == '-' ? 1 : 0;
  std::size_t end = text.find('.');
  if (end == std::string::npos) end = text.size();
  std::string out = text.substr(0, start);
  for (std::size_t i = start; i < end; ++i) {
    if (i > start && (end - i) % 3 == 0) out += ',';
    out += text[i];
  }
  return out + text.substr(end);
}

}  // namespace

std::string describe_money(const Rational& amount) {
  bool whole_cents = (amount * Rational(100)).is_integer();
  std::string text = whole_cents ? amount.to_fixed(2) : amount.to_string(9);
  if (!text.empty() && text[0] == '-') return "-€" + group_thousands(text.substr(1));
  return "€" + group_thousands(text);
}

std::string describe_value(const Value& value, const Type& type, const ModelTables& model) {
  if (std::holds_alternative<Absent>(value)) return "(none)";
  if (auto* number = std::get_if<Rational>(&value)) {
    return type.unwrapped().is(TypeKind::Money) ? describe_money(*number) : number->to_string();
  }
  if (auto* date = std::get_if<Date>(&value)) return date->to_string();
  if (auto* duration = std::get_if<Duration>(&value)) return duration->to_string();
  if (auto* period = std::get_if<Period>(&value)) return period->to_string();
  if (auto* text = std::get_if<std::string>(&value)) return "\"" + *text + "\"";
  if (auto* flag = std::get_if<bool>(&value)) return *flag ? "true" : "false";
  if (auto* account = std::get_if<AccountRef>(&value)) return model.accounts.at(account->index).id;
  if (auto* variant = std::get_if<EnumValue>(&value)) return model.enums.at(variant->decl).variants.at(variant->variant);
  if (auto* mode = std::get_if<RoundingMode>(&value)) return std::string(rounding_mode_name(*mode));
  if (std::holds_alternative<ListPtr>(value)) return "(a list of " + std::to_string(std::get<ListPtr>(value)->items.size()) + ")";
  return "(a record)";
}

}  // namespace rw

// ValueConverter: values that are one JSON scalar (numbers, dates, text, names).
#include <fmt/format.h>

#include "lang/literal_text.h"
#include "messages/say.h"
#include "runtime/data/data_messages.h"
#include "runtime/data/value_converter.h"

namespace rw {

namespace {

using Kind = JsonNode::Kind;

// The ids of accounts[from, to).
std::vector<std::string> account_ids(const ModelTables& model, int from, int to) {
  std::vector<std::string> ids;
  for (int i = from; i < to; ++i) ids.push_back(model.accounts.at(i).id);
  return ids;
}

}  // namespace

Value ValueConverter::boolean(const JsonNode& node, const JsonPath& path) {
  if (node.kind != Kind::Bool) return expected(node, path, tr("true or false"));
  return Value(node.boolean);
}

Value ValueConverter::integer(const JsonNode& node, const JsonPath& path) {
  if (node.kind != Kind::Number) return expected(node, path, tr("a whole number such as 12 (without quotes)"));
  Checked<Rational> value = read_whole_number(node.text);
  if (!value.value) return report(path, std::move(value.error));
  return *value.value;
}

Value ValueConverter::decimal(const JsonNode& node, const JsonPath& path) {
  if (node.kind != Kind::Number && node.kind != Kind::String) {
    return expected(node, path, tr("a decimal number such as 0.025 or \"0.025\""));
  }
  Checked<Rational> value = node.kind == Kind::String ? read_number_in(node.text, dialect_) : read_number(node.text);
  if (!value.value) return report(path, std::move(value.error));
  return *value.value;
}

Value ValueConverter::money(const JsonNode& node, const JsonPath& path) {
  if (node.kind != Kind::Number && node.kind != Kind::String) {
    return expected(node, path, tr("an amount such as \"6000.00\""));
  }
  Checked<Rational> value = node.kind == Kind::String ? read_amount_in(node.text, dialect_) : read_amount(node.text);
  if (!value.value) return report(path, std::move(value.error));
  return *value.value;
}

Value ValueConverter::date(const JsonNode& node, const JsonPath& path) {
  if (node.kind != Kind::String) return expected(node, path, tr("a date such as \"2025-01-01\""));
  Checked<Date> value = read_date_in(node.text, dialect_);
  if (!value.value) return report(path, std::move(value.error));
  return *value.value;
}

Value ValueConverter::duration(const JsonNode& node, const JsonPath& path) {
  if (node.kind != Kind::String) return expected(node, path, tr("a duration such as \"12 months\""));
  Checked<Duration> value = read_duration(node.text);
  if (!value.value) return report(path, std::move(value.error));
  return *value.value;
}

Value ValueConverter::text(const JsonNode& node, const JsonPath& path) {
  if (node.kind != Kind::String) return expected(node, path, tr("text (a JSON string in quotes)"));
  return Value(node.text);
}

Value ValueConverter::member(const JsonNode& node, const JsonPath& path) {
  if (node.kind == Kind::String) {
    if (auto index = model_.find_member(node.text)) return AccountRef{*index};
  }
  std::vector<std::string> members = account_ids(model_, 0, model_.member_count);
  if (node.kind != Kind::String) return expected(node, path, say("a member (one of {})", name_list(members)));
  if (model_.find_account(node.text)) {
    return report(path, say("'{}' is an account, not a member; expected one of {}", excerpt(node.text),
                                    name_list(members)));
  }
  std::string close = close_name(node.text, members);
  return report(path, close.empty() ? say("'{}' is not a member of the region; the members are {}", excerpt(node.text), name_list(members))
                                    : say("'{}' is not a member of the region; did you mean '{}'?", excerpt(node.text), close));
}

Value ValueConverter::account(const JsonNode& node, const JsonPath& path) {
  if (node.kind == Kind::String) {
    if (auto index = model_.find_account(node.text)) return AccountRef{*index};
  }
  std::vector<std::string> accounts = account_ids(model_, 0, static_cast<int>(model_.accounts.size()));
  if (node.kind != Kind::String) return expected(node, path, say("an account (one of {})", name_list(accounts)));
  std::string close = close_name(node.text, accounts);
  return report(path, close.empty() ? say("'{}' is not an account of the model; the accounts are {}", excerpt(node.text), name_list(accounts))
                                    : say("'{}' is not an account of the model; did you mean '{}'?", excerpt(node.text), close));
}

Value ValueConverter::enumeration(const JsonNode& node, int decl, const JsonPath& path) {
  const EnumInfo& declaration = model_.enums.at(decl);
  if (node.kind != Kind::String) {
    return expected(node, path, say("one of {} (a {})", name_list(declaration.variants), declaration.name));
  }
  for (std::size_t i = 0; i < declaration.variants.size(); ++i) {
    if (declaration.variants[i] == node.text) return EnumValue{decl, static_cast<int>(i)};
  }
  return report(path, say("'{}' is not a {}; expected one of {}", excerpt(node.text), declaration.name,
                                  name_list(declaration.variants)));
}

}  // namespace rw

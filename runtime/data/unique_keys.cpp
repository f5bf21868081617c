#include "runtime/data/unique_keys.h"

#include <unordered_map>

#include <fmt/format.h>

#include "messages/say.h"
#include "runtime/data/data_messages.h"

namespace rw {

std::optional<std::string> key_value(const ModelTables& model, const Value& value) {
  if (const auto* text = std::get_if<std::string>(&value)) return *text;
  if (const auto* number = std::get_if<Rational>(&value)) return number->to_string();
  if (const auto* date = std::get_if<Date>(&value)) return date->to_string();
  if (const auto* account = std::get_if<AccountRef>(&value)) return model.accounts.at(account->index).id;
  if (const auto* variant = std::get_if<EnumValue>(&value)) return model.enums.at(variant->decl).variants.at(variant->variant);
  return std::nullopt;
}

void report_duplicate_keys(const ModelTables& model, const InputInfo& input, const Value& list, const JsonPath& path,
                           ValueConverter& converter, bool at_key_field) {
  const auto* items = std::get_if<ListPtr>(&list);
  if (input.key_fields.empty() || !items) return;
  const RecordInfo& record = model.records.at(input.type.element->decl);
  std::unordered_map<std::string, std::size_t> first_with_key;  // identity of a key -> the first item that has it
  for (std::size_t i = 0; i < (*items)->items.size(); ++i) {
    const auto* item = std::get_if<RecordPtr>(&(*items)->items[i]);
    if (!item) continue;
    std::string identity, description;
    bool complete = true;
    for (int field : input.key_fields) {
      std::optional<std::string> value = key_value(model, (*item)->fields.at(field));
      if (!value) {
        complete = false;
        break;
      }
      identity += std::to_string(value->size()) + ":" + *value;  // length-prefixed: no two keys share an identity
      const FieldInfo& decl = record.fields[field];
      std::string shown = decl.type.is(TypeKind::Text) ? "\"" + excerpt(*value) + "\"" : *value;
      description = description.empty() ? fmt::format("{} {}", decl.name, shown) : say("{} and {} {}", description, decl.name, shown);
    }
    if (!complete) continue;
    auto [first, added] = first_with_key.try_emplace(std::move(identity), i);
    if (added) continue;
    std::string fields;
    for (int field : input.key_fields) fields += (fields.empty() ? "" : ", ") + record.fields[field].name;
    JsonPath at = path.index(i);
    std::string other = converter.place(path.index(first->second));
    converter.report(at_key_field ? at.key(record.fields[input.key_fields.front()].name) : at,
                     input.key_fields.size() == 1
                         ? say("this {} has the same {} as {}: input '{}' is keyed by {}, so each may appear only once; "
                               "remove the copy, or correct the {} of one of them",
                               record.name, description, other, input.name, fields, fields)
                         : say("this {} has the same {} as {}: input '{}' is keyed by {}, so each may appear only once; "
                               "remove the copy, or correct the key of one of them",
                               record.name, description, other, input.name, fields));
  }
}

}  // namespace rw

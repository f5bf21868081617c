// ValueConverter: values built from JSON objects and arrays (records, lists, periods).
#include <algorithm>
#include <memory>
#include <string_view>
#include <unordered_set>

#include <fmt/format.h>

#include "runtime/data/data_messages.h"
#include "runtime/data/value_converter.h"
#include "messages/say.h"

namespace rw {

namespace {

using Kind = JsonNode::Kind;

// Indices of the members of `object` whose key already appeared earlier in it.
std::vector<std::size_t> repeated_keys(const JsonNode& object) {
  std::vector<std::size_t> repeated;
  constexpr std::size_t small = 16;  // below this, comparing pairs is cheaper than hashing
  if (object.members.size() <= small) {
    for (std::size_t i = 1; i < object.members.size(); ++i) {
      for (std::size_t j = 0; j < i; ++j) {
        if (object.members[j].first == object.members[i].first) {
          repeated.push_back(i);
          break;
        }
      }
    }
    return repeated;
  }
  std::unordered_set<std::string_view> seen;
  for (std::size_t i = 0; i < object.members.size(); ++i) {
    if (!seen.insert(object.members[i].first).second) repeated.push_back(i);
  }
  return repeated;
}

// The names of a record's fields, in declaration order.
std::vector<std::string> field_names(const RecordInfo& record) {
  std::vector<std::string> names;
  for (const FieldInfo& field : record.fields) names.push_back(field.name);
  return names;
}

}  // namespace

void ValueConverter::check_keys(const JsonNode& object, const std::vector<std::string>& allowed,
                                const JsonPath& path, std::string_view owner) {
  for (const auto& [key, value] : object.members) {
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    std::string close = close_name(key, allowed);
    report(path.key(key), close.empty() ? say("{} has no field '{}'; its fields are {}", owner, excerpt(key), name_list(allowed))
                                        : say("{} has no field '{}'; did you mean '{}'?", owner, excerpt(key), close));
  }
  for (std::size_t index : repeated_keys(object)) {
    const std::string& key = object.members[index].first;
    report(path.key(key), say("'{}' is given more than once in this object", excerpt(key)));
  }
}

Value ValueConverter::record(const JsonNode& node, int decl, const JsonPath& path) {
  const RecordInfo& declaration = model_.records.at(decl);
  if (node.kind != Kind::Object) return expected(node, path, say("an object (a {} record)", declaration.name));
  check_keys(node, field_names(declaration), path, say("a {} record", declaration.name));
  RecordValue result;
  result.decl = decl;
  result.origin = fmt::format("{}: {}", file_, place(path));
  result.fields.reserve(declaration.fields.size());
  for (const FieldInfo& field : declaration.fields) {
    JsonPath field_path = path.key(field.name);
    const JsonNode* value = node.find(field.name);
    if (value) {
      result.fields.push_back(convert(*value, field.type, field_path));
    } else if (field.type.is(TypeKind::Optional)) {
      result.fields.push_back(Absent{});
    } else {
      result.fields.push_back(report(field_path, say("missing field '{}' ({}) in this {} record", field.name,
                                                             type_name(field.type, model_), declaration.name)));
    }
  }
  return RecordPtr(std::make_shared<const RecordValue>(std::move(result)));
}

// The longest list accepted: a hundred times a whole country's clients.
constexpr std::size_t max_list_length = 10'000'000;

Value ValueConverter::list(const JsonNode& node, const Type& element, const JsonPath& path) {
  if (node.kind != Kind::Array) {
    return expected(node, path, say("an array (a list of {})", type_name(element, model_)));
  }
  if (node.items.size() > max_list_length) {
    return report(path, say("this list has {} items; at most {} are accepted", node.items.size(), max_list_length));
  }
  ListValue result;
  result.items.reserve(node.items.size());
  for (std::size_t i = 0; i < node.items.size(); ++i) {
    result.items.push_back(convert(node.items[i], element, path.index(i)));
  }
  return ListPtr(std::make_shared<const ListValue>(std::move(result)));
}

Value ValueConverter::period(const JsonNode& node, const JsonPath& path) {
  if (node.kind != Kind::Object) {
    return expected(node, path, tr("a period such as {\"start\": \"2025-01-01\", \"end\": null}"));
  }
  check_keys(node, {"start", "end"}, path, tr("a period"));
  const JsonNode* start = node.find("start");
  const JsonNode* end = node.find("end");
  JsonPath start_path = path.key("start"), end_path = path.key("end");
  if (!start) report(start_path, say("missing field 'start' (date) in this period"));
  Value start_value = start ? date(*start, start_path) : Value(Absent{});
  bool open_ended = !end || end->kind == Kind::Null;
  Value end_value = open_ended ? Value(Absent{}) : date(*end, end_path);
  const Date* first = std::get_if<Date>(&start_value);
  const Date* last = std::get_if<Date>(&end_value);
  if (!first || (!open_ended && !last)) return Absent{};  // already reported
  if (last && *last < *first) {
    return report(end_path, say("the period ends ({}) before it starts ({})", last->to_string(),
                                        first->to_string()));
  }
  return Period{*first, last ? std::optional<Date>(*last) : std::nullopt};
}

}  // namespace rw

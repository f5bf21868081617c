#include "runtime/data/value_converter.h"

#include <fmt/format.h>

#include "messages/say.h"
#include "runtime/data/data_messages.h"

namespace rw {

Value ValueConverter::report(const JsonPath& path, std::string message) {
  errors_.push_back(DataError{file_, path.to_string(), std::move(message)});
  return Absent{};
}

std::string ValueConverter::place(const JsonPath& path) const {
  return namer_ ? namer_(path.to_string()) : path.to_string();
}

Value ValueConverter::expected(const JsonNode& node, const JsonPath& path, std::string_view what) {
  return report(path, say("expected {}, found {}", what, describe_json(node)));
}

Value ValueConverter::convert(const JsonNode& node, const Type& type, const JsonPath& path) {
  switch (type.kind) {
    case TypeKind::Optional:
      return node.kind == JsonNode::Kind::Null ? Value(Absent{}) : convert(node, *type.element, path);
    case TypeKind::Bool: return boolean(node, path);
    case TypeKind::Integer: return integer(node, path);
    case TypeKind::Decimal: return decimal(node, path);
    case TypeKind::Money: return money(node, path);
    case TypeKind::Date: return date(node, path);
    case TypeKind::Duration: return duration(node, path);
    case TypeKind::Period: return period(node, path);
    case TypeKind::Text: return text(node, path);
    case TypeKind::Member: return member(node, path);
    case TypeKind::Account: return account(node, path);
    case TypeKind::Enum: return enumeration(node, type.decl, path);
    case TypeKind::Record: return record(node, type.decl, path);
    case TypeKind::List: return list(node, *type.element, path);
    case TypeKind::Error:
    case TypeKind::Rounding: break;
  }
  return report(path, say("a value of type {} cannot be given in data", type_name(type, model_)));
}

}  // namespace rw

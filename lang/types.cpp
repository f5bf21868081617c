#include "lang/types.h"

#include <fmt/format.h>

#include "lang/keywords.h"
#include "lang/language.h"

namespace rw {

Type Type::list(Type element) {
  return Type{TypeKind::List, -1, std::make_shared<const Type>(std::move(element))};
}

Type Type::optional(Type element) {
  if (element.kind == TypeKind::Optional) return element;
  return Type{TypeKind::Optional, -1, std::make_shared<const Type>(std::move(element))};
}

bool operator==(const Type& a, const Type& b) {
  if (a.kind != b.kind || a.decl != b.decl) return false;
  if (!a.element || !b.element) return a.element == b.element;
  return *a.element == *b.element;
}

bool assignable(const Type& from, const Type& to) {
  if (from.is_error() || to.is_error()) return true;  // already reported
  if (from == to) return true;
  if (from.is(TypeKind::Integer) && to.is(TypeKind::Decimal)) return true;
  if (from.is(TypeKind::Member) && to.is(TypeKind::Account)) return true;
  if (to.is(TypeKind::Optional)) {
    return from.is(TypeKind::Optional) ? assignable(*from.element, *to.element)
                                       : assignable(from, *to.element);
  }
  if (from.is(TypeKind::List) && to.is(TypeKind::List)) return assignable(*from.element, *to.element);
  return false;
}

namespace {

// The name of `type` as the language spells it in `language`.
std::string type_spelled(const Type& type, const TypeNames& names, Language language) {
  switch (type.kind) {
    case TypeKind::Error: return "<error>";
    case TypeKind::Bool:
    case TypeKind::Integer:
    case TypeKind::Decimal:
    case TypeKind::Money:
    case TypeKind::Date:
    case TypeKind::Duration:
    case TypeKind::Period:
    case TypeKind::Text:
    case TypeKind::Member:
    case TypeKind::Account: return std::string(words::basic_type_name(type.kind, language));
    case TypeKind::Rounding: return language == Language::Dutch ? "afrondingswijze" : "rounding mode";
    case TypeKind::Record: return names.record_name(type.decl);
    case TypeKind::Enum: return names.enum_name(type.decl);
    case TypeKind::List:
      return fmt::format("{} {} {}", spelled(words::list, language), spelled(words::of, language), type_spelled(*type.element, names, language));
    case TypeKind::Optional: return type_spelled(*type.element, names, language) + "?";
  }
  return "<unknown>";
}

}  // namespace

std::string type_name(const Type& type, const TypeNames& names) { return type_spelled(type, names, Language::English); }

std::string type_said(const Type& type, const TypeNames& names) { return type_spelled(type, names, message_language()); }

}  // namespace rw

#pragma once
// The types of the language. Records and enums refer to their declaration by index into the
// model's tables (see lang/model.h), so types stay small values that compare cheaply.
#include <memory>
#include <string>

namespace rw {

enum class TypeKind {
  Error,     // an earlier error; never reported twice
  Bool,
  Integer,
  Decimal,   // exact; also shares and rates
  Money,     // euros, exact; posted to the ledger as whole cents
  Date,
  Duration,
  Period,
  Text,
  Member,    // one of the model's members (also an account)
  Account,   // any account: a member or a declared account
  Rounding,  // a rounding mode name such as half_even (only as a built-in argument)
  Record,
  Enum,
  List,
  Optional,
};

struct Type {
  TypeKind kind = TypeKind::Error;
  int decl = -1;                        // Record/Enum: index of the declaration
  std::shared_ptr<const Type> element;  // List/Optional: the element type

  static Type of(TypeKind kind) { return Type{kind, -1, nullptr}; }
  static Type record(int decl) { return Type{TypeKind::Record, decl, nullptr}; }
  static Type enumeration(int decl) { return Type{TypeKind::Enum, decl, nullptr}; }
  static Type list(Type element);
  static Type optional(Type element);

  bool is(TypeKind k) const { return kind == k; }
  bool is_error() const { return kind == TypeKind::Error; }
  bool is_numeric() const { return kind == TypeKind::Integer || kind == TypeKind::Decimal || kind == TypeKind::Money; }
  bool is_account() const { return kind == TypeKind::Member || kind == TypeKind::Account; }
  // The type without an Optional wrapper.
  const Type& unwrapped() const { return kind == TypeKind::Optional ? *element : *this; }
};

bool operator==(const Type& a, const Type& b);

// True when a value of type `from` may be used where `to` is expected
// (identical types, integer -> decimal, member -> account, T -> T?).
bool assignable(const Type& from, const Type& to);

// Names of record and enum declarations, for printing types.
struct TypeNames {
  virtual ~TypeNames() = default;
  virtual std::string record_name(int decl) const = 0;
  virtual std::string enum_name(int decl) const = 0;
};

// The spelling of a type as a user writes it: "money", "list of Client", "date?".
std::string type_name(const Type& type, const TypeNames& names);
// The same in the message language (messages/language.h), for messages: "bedrag", "lijst van Client".
std::string type_said(const Type& type, const TypeNames& names);

}  // namespace rw

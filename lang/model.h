#pragma once
// The declarations of a checked model, as tables the runtime reads: members and accounts, enums,
// records, inputs. Built by the checker from the AST (lang/ast.h); indices are stable and follow
// the order of declaration in the rule file.
#include <optional>
#include <string>
#include <vector>

#include "lang/source.h"
#include "lang/types.h"

namespace rw {

enum class AccountKind { Member, Account };

// A party that can pay or receive: every member, and every declared account (e.g. the centre's
// regional budget, distinct from the same municipality as a member).
struct AccountDecl {
  std::string id;    // the name used in rule files and data ("Rheden", "centre")
  std::string name;  // display name ("Rheden", "Arnhem als centrumgemeente")
  AccountKind kind = AccountKind::Member;
  SourceRange range;
};

struct EnumDecl {
  std::string name;
  std::vector<std::string> variants;
  SourceRange range;
};

struct FieldDecl {
  std::string name;
  Type type;
  SourceRange range;
};

struct RecordDecl {
  std::string name;
  std::vector<FieldDecl> fields;
  SourceRange range;
  // Index of the field called `name`, or nullopt.
  std::optional<int> field_index(const std::string& name) const;
};

// A named input the data must provide, e.g. `input clients: list of Client`.
struct InputDecl {
  std::string name;
  Type type;
  SourceRange range;
};

struct ModelTables : TypeNames {
  std::string model_name;
  std::vector<AccountDecl> accounts;  // members first, in declaration order, then other accounts
  int member_count = 0;               // accounts[0 .. member_count) are the members
  std::vector<EnumDecl> enums;
  std::vector<RecordDecl> records;
  std::vector<InputDecl> inputs;

  std::optional<int> find_account(const std::string& id) const;
  std::optional<int> find_member(const std::string& id) const;
  std::string record_name(int decl) const override { return records.at(decl).name; }
  std::string enum_name(int decl) const override { return enums.at(decl).name; }
};

}  // namespace rw

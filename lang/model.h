#pragma once
// The declarations of a checked model, as tables the runtime reads: members and accounts, enums,
// records, inputs. Built by the checker from the AST (lang/ast.h), whose declarations are ast::*Decl;
// the resolved tables are *Info, as ParameterInfo, DefinitionInfo and RuleInfo in lang/checked_model.h.
// Indices are stable and follow the order of declaration in the rule file.
#include <optional>
#include <string>
#include <vector>

#include "lang/source.h"
#include "lang/types.h"

namespace rw {

enum class AccountKind { Member, Account };

// A party that can pay or receive: every member, and every declared account (e.g. the centre's
// regional budget, distinct from the same municipality as a member).
struct AccountInfo {
  AccountInfo() = default;
  AccountInfo(std::string id_, std::string name_, AccountKind kind_, SourceRange range_,
              std::optional<int> from = std::nullopt, std::optional<int> until = std::nullopt)
      : id(std::move(id_)), name(std::move(name_)), kind(kind_), range(range_), member_from(from), member_until(until) {}

  std::string id;    // the name used in rule files and data ("Noordstad", "centre")
  std::string name;  // display name ("Noordstad", "Noordstad als centrumgemeente")
  AccountKind kind = AccountKind::Member;
  SourceRange range;
  std::optional<int> member_from, member_until;  // a member only in these years (inclusive), if stated

  // Whether a member belongs to the region in `year` (always true for other accounts).
  bool member_in(int year) const {
    return (!member_from || year >= *member_from) && (!member_until || year <= *member_until);
  }
};

struct EnumInfo {
  std::string name;
  std::vector<std::string> variants;
  SourceRange range;
};

struct FieldInfo {
  std::string name;
  Type type;
  SourceRange range;
};

struct RecordInfo {
  std::string name;
  std::vector<FieldInfo> fields;
  SourceRange range;
  // Index of the field called `name`, or nullopt.
  std::optional<int> field_index(const std::string& name) const;
  // The names of its fields in order, for suggestions.
  std::vector<std::string> field_names() const;
};

// A named input the data must provide, e.g. `input clients: list of Client keyed by id`.
struct InputInfo {
  std::string name;
  Type type;
  SourceRange range;
  std::vector<int> key_fields;  // `keyed by`: indices of the fields of its records that no two records share
};

struct ModelTables : TypeNames {
  std::string model_name;
  std::vector<AccountInfo> accounts;  // members first, in declaration order, then other accounts
  int member_count = 0;               // accounts[0 .. member_count) are the members
  std::vector<EnumInfo> enums;
  std::vector<RecordInfo> records;
  std::vector<InputInfo> inputs;

  std::optional<int> find_account(const std::string& id) const;
  std::optional<int> find_member(const std::string& id) const;
  std::string record_name(int decl) const override { return records.at(decl).name; }
  std::string enum_name(int decl) const override { return enums.at(decl).name; }
};

}  // namespace rw

#include "lang/model.h"

namespace rw {

std::optional<int> RecordInfo::field_index(const std::string& field) const {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].name == field) return static_cast<int>(i);
  }
  return std::nullopt;
}

std::vector<std::string> RecordInfo::field_names() const {
  std::vector<std::string> names;
  for (const FieldInfo& field : fields) names.push_back(field.name);
  return names;
}

std::optional<int> ModelTables::find_account(const std::string& id) const {
  for (std::size_t i = 0; i < accounts.size(); ++i) {
    if (accounts[i].id == id) return static_cast<int>(i);
  }
  return std::nullopt;
}

std::optional<int> ModelTables::find_member(const std::string& id) const {
  auto found = find_account(id);
  if (found && *found < member_count) return found;
  return std::nullopt;
}

}  // namespace rw

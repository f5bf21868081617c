#pragma once
// A model that passed the checker: its AST plus side tables keyed by expression id, and the
// declarations the runtime needs. Nothing here is mutated after checking.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "lang/ast.h"
#include "lang/model.h"
#include "lang/types.h"
#include "values/rounding.h"

namespace rw {

// What a name or call refers to.
struct Resolution {
  enum class Kind {
    Unresolved,
    Local,        // index = slot in the current frame
    Parameter,    // index into CheckedModel::parameters
    Definition,   // index into CheckedModel::definitions
    Input,        // index into ModelTables::inputs
    Account,      // index into ModelTables::accounts
    EnumVariant,  // index = enum decl, variant = variant index
    RoundingMode, // variant = static_cast<int>(RoundingMode)
    Year,         // the year being evaluated (rule bodies and due dates only)
    Members,      // the list of all members
    Builtin,      // index into the built-in table
  };
  Kind kind = Kind::Unresolved;
  int index = 0;
  int variant = 0;
};

struct ParameterInfo {
  std::string name;
  Type type;
  const ast::ParameterDecl* decl = nullptr;
  int frame_size = 0;  // locals its values need (comprehensions)
};

struct DefinitionInfo {
  std::string name;
  std::vector<Type> argument_types;
  Type result;
  const ast::DefineDecl* decl = nullptr;
  int frame_size = 0;  // locals: parameters first
};

struct RuleInfo {
  const ast::RuleDecl* decl = nullptr;
  int frame_size = 0;
};

// What the checker found for one change a scenario makes to the data (ast::DataChange).
struct DataChangeInfo {
  int input = -1;           // index into ModelTables::inputs (a list of records); -1 after an error
  int record = -1;          // index into ModelTables::records: the input's records
  std::vector<int> fields;  // the field index of each assignment of a `change`, in order
  int frame_size = 0;       // locals of its condition and values: the record's fields first, then comprehensions
};

// A named set of parameter values and data changes, written in the model (`scenario name "title" { ... }`).
struct ScenarioInfo {
  std::string name;
  const ast::ScenarioDecl* decl = nullptr;
  std::vector<int> parameters;   // the parameter index of each setting, in order
  std::vector<int> frame_sizes;  // locals each setting's value needs (comprehensions)
  std::vector<DataChangeInfo> data_changes;  // one per decl->data_changes, in order
};

// A record's `require <condition> else "<message>"`: checked on every record of that type in the data.
struct RecordCheckInfo {
  int record = 0;  // index into ModelTables::records
  const ast::Require* check = nullptr;
  int frame_size = 0;  // locals: the record's fields first, in declaration order, then comprehensions
};

// An account's declared opening balance (`account reserve "..." opening <money>`): its balance before
// the model's first year, evaluated once per run.
struct OpeningInfo {
  int account = 0;                   // index into ModelTables::accounts
  const ast::Expr* value = nullptr;  // of type money
  int frame_size = 0;                // locals it needs (comprehensions)
};

struct CheckedModel {
  std::unique_ptr<ast::File> file;  // owned; the pointers in the infos point into it
  ModelTables tables;
  RoundingMode rounding = RoundingMode::HalfAwayFromZero;  // the model's default
  std::vector<ParameterInfo> parameters;
  std::vector<DefinitionInfo> definitions;
  std::vector<RuleInfo> rules;  // in file order
  std::vector<ScenarioInfo> scenarios;
  std::vector<RecordCheckInfo> record_checks;  // in file order
  std::vector<OpeningInfo> openings;           // declared opening balances, in file order
  std::vector<Type> expr_types;         // by expression id
  std::vector<Resolution> resolutions;  // by expression id, for Name and Call nodes
  std::vector<int> field_indices;       // by expression id, for Field nodes on records (-1 otherwise)
  std::vector<std::int8_t> date_parts;  // by expression id, for Field nodes on dates and periods: the
                                        // index in words::date_parts (-1 otherwise)
  std::map<std::string, Type> report_types;  // by report name: the one type its reports have (`report` statements)

  // The index of the parameter called `name`, or -1.
  int find_parameter(const std::string& name) const;
  // The first and last year any rule applies to (0, 0 when there are no rules).
  std::pair<int, int> year_span() const;
};

}  // namespace rw

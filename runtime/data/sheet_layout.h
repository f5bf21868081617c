#pragma once
// How an input of a model is laid out as a sheet (docs/data.md): one row per record, one column per
// field, nested fields as dotted headers (decision.start, period.end), and a list field of records as
// a sheet of its own (clients.stays) whose first columns are the input's key fields. Derived from the
// declarations only; nothing here reads a sheet.
#include <string>
#include <vector>

#include "lang/model.h"

namespace rw {

// One column: a field holding one value.
struct LeafColumn {
  std::string header;  // "decision.start"
  const Type* type;    // the field's type without Optional (a scalar, or a period's date)
};

// A field as columns: one column (a leaf), or a record's fields / a period's start and end.
struct ColumnTree {
  std::string key;              // the field's name ("decision", "start")
  bool optional = false;        // absent when all its columns are empty in a row
  int leaf = -1;                // for one column: its index in RecordColumns::leaves; -1 for a compound
  std::vector<ColumnTree> children;
  const FieldInfo* field = nullptr;  // its declaration; nullptr for a period's start and end (and list-sheet keys)
};

// A record's fields (other than list fields) as columns.
struct RecordColumns {
  std::vector<ColumnTree> fields;
  std::vector<LeafColumn> leaves;  // every column, in field order
};

// A list-of-records field of the input's records, given on a sheet named "<input>.<field>".
struct ListField {
  std::string field;      // "stays"
  bool optional = false;  // the field's type is `list of R?`
  std::vector<LeafColumn> keys;  // the input's key fields, as the list sheet's first columns
  RecordColumns element;
};

struct SheetLayout {
  std::string refusal;  // why this input cannot be given as a sheet (with what to do instead); "" when it can
  bool is_list = true;  // one row per record; otherwise one record: headers and exactly one row
  RecordColumns columns;
  std::vector<ListField> lists;
};

// The layout of `input`'s sheet.
SheetLayout sheet_layout(const ModelTables& model, const InputInfo& input);

}  // namespace rw

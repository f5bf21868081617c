#pragma once
// `regelwerk template`: an empty workbook for a model's declared inputs, in exactly the layout the data
// reader reads (docs/data.md): one sheet per input, a sheet `<input>.<field>` per list of records in
// it (the parent's key columns first), dotted headers for nested records and periods; column formats
// by declared type, drop-down lists for enums, members, accounts and booleans (values on a hidden
// sheet `_lists`), and a first sheet `_about` that explains every column.
#include <string>
#include <vector>

#include "lang/model.h"
#include "lang/source.h"
#include "report/xlsx_book.h"

namespace rw {

// One column of a template sheet.
struct TemplateColumn {
  std::string header;       // "decision.start"
  Type type;                // the cell's declared type (no Optional, no Record: a scalar or a period's date)
  bool required = true;     // false when the field, or a record it is in, is optional
  bool key = false;         // a `keyed by` field (on a list sheet: the parent's key)
  std::string comment;      // the declaration's comment in the rule file
};

// One sheet of a template: an input, or a list of records inside one.
struct TemplateSheet {
  std::string name;                    // "clients", "clients.stays"
  std::string input;                   // the input it belongs to
  bool single_record = false;          // an input that is one record: one row to fill
  std::vector<TemplateColumn> columns;
  std::string comment;                 // the input's (or list field's) comment
};

// The sheets of the template for `tables`, in declaration order (a list's sheet after its input's);
// `refused` gets a sentence for each input that no sheet can hold (the data reader's own refusal: it is given in JSON).
std::vector<TemplateSheet> template_sheets(const ModelTables& tables, const SourceFile& source, std::vector<std::string>& refused);

// The template workbook.
XlsxBytes render_input_template(const ModelTables& tables, const SourceFile& source);

}  // namespace rw

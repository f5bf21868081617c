#include "report/input_template.h"

#include <algorithm>

#include <fmt/format.h>

#include "lang/declaration_comment.h"
#include "messages/say.h"
#include "runtime/data/sheet_layout.h"
#include "runtime/sheets/sheet.h"

namespace rw {

namespace {

// Rows of a template sheet that get the column formats and drop-down lists (after the header row).
constexpr int rows_to_fill = 10000;

// Appends the template columns of `nodes` (fields as sheet_layout lays them out, headers prefixed by
// `prefix`) to `columns`: required when every enclosing field is, a key when among `keys`, described by
// the declaration's comment after `context` (the enclosing record field's).
void add_columns(const SourceFile& source, const RecordColumns& layout, const std::vector<ColumnTree>& nodes, bool required,
                 const std::string& prefix, const std::string& context, const std::vector<const FieldInfo*>& keys,
                 std::vector<TemplateColumn>& columns) {
  for (const ColumnTree& node : nodes) {
    bool node_required = required && !node.optional;
    std::string own = declaration_comment(source, node.field->range);
    std::string comment = context.empty() ? own : own.empty() ? context : context + ": " + own;
    bool key = std::find(keys.begin(), keys.end(), node.field) != keys.end();
    const Type& type = node.field->type.unwrapped();
    if (type.is(TypeKind::Record)) {
      std::string header = prefix + node.key;
      add_columns(source, layout, node.children, node_required, header + ".", comment.empty() ? "" : header + ": " + comment, {}, columns);
    } else if (type.is(TypeKind::Period)) {
      const LeafColumn& start = layout.leaves.at(node.children.at(0).leaf);
      const LeafColumn& end = layout.leaves.at(node.children.at(1).leaf);
      columns.push_back({start.header, *start.type, node_required, key, comment.empty() ? say("start (first day)") : say("{} (first day)", comment)});
      columns.push_back({end.header, *end.type, false, key, say("last day, inclusive; empty: open-ended")});
    } else {
      const LeafColumn& leaf = layout.leaves.at(node.leaf);
      columns.push_back({leaf.header, *leaf.type, node_required, key, comment});
    }
  }
}

// A text for the _about sheet of what a column accepts.
std::string type_words(const Type& type, const ModelTables& tables) {
  switch (type.kind) {
    case TypeKind::Date: return say("date (a date cell, dd-mm-yyyy)");
    case TypeKind::Money: return say("money (euros, at most 2 decimals)");
    case TypeKind::Decimal: return say("decimal number");
    case TypeKind::Integer: return say("whole number");
    case TypeKind::Text: return say("text");
    case TypeKind::Bool: return say("true or false");
    case TypeKind::Member: return say("member");
    case TypeKind::Account: return say("account");
    case TypeKind::Enum: return tables.enums.at(type.decl).name;
    case TypeKind::Duration: return say("duration (e.g. 12 months)");
    case TypeKind::Error: case TypeKind::Period: case TypeKind::Rounding: case TypeKind::Record: case TypeKind::List:
    case TypeKind::Optional: return type_name(type, tables);
  }
  return type_name(type, tables);
}

// The drop-down lists: one column of `_lists` each, by name ("members", "accounts", an enum's name).
struct DropDowns {
  std::vector<std::pair<std::string, std::vector<std::string>>> lists;

  // The column of the list for `type`, made on first use; -1 when the type has no list.
  int column_for(const Type& type, const ModelTables& tables) {
    std::string name;
    std::vector<std::string> values;
    if (type.is(TypeKind::Member) || type.is(TypeKind::Account)) {
      name = type.is(TypeKind::Member) ? "members" : "accounts";
      int count = type.is(TypeKind::Member) ? tables.member_count : static_cast<int>(tables.accounts.size());
      for (int i = 0; i < count; ++i) values.push_back(tables.accounts[i].id);
    } else if (type.is(TypeKind::Enum)) {
      name = tables.enums.at(type.decl).name;
      values = tables.enums.at(type.decl).variants;
    } else if (type.is(TypeKind::Bool)) {
      name = "booleans";
      values = {"true", "false"};
    } else {
      return -1;
    }
    for (std::size_t i = 0; i < lists.size(); ++i) {
      if (lists[i].first == name) return static_cast<int>(i);
    }
    lists.emplace_back(name, std::move(values));
    return static_cast<int>(lists.size() - 1);
  }
  // "'_lists'!$B$2:$B$11" for list `column`.
  std::string range(int column) const {
    std::string letters = column_letters(column);
    return fmt::format("='_lists'!${}$2:${}${}", letters, letters, lists[column].second.size() + 1);
  }
};

// The cell format of a column of `type`.
lxw_format* format_for(const Type& type, const XlsxFormats& formats) {
  switch (type.kind) {
    case TypeKind::Date: return formats.date;
    case TypeKind::Money: return formats.euro;
    case TypeKind::Decimal: return formats.decimal;
    case TypeKind::Integer: return formats.integer;
    case TypeKind::Text: case TypeKind::Member: case TypeKind::Account: case TypeKind::Enum: case TypeKind::Duration:
    case TypeKind::Bool: return formats.text;
    case TypeKind::Error: case TypeKind::Period: case TypeKind::Rounding: case TypeKind::Record: case TypeKind::List:
    case TypeKind::Optional: return nullptr;
  }
  return nullptr;
}

}  // namespace

std::vector<TemplateSheet> template_sheets(const ModelTables& tables, const SourceFile& source, std::vector<std::string>& refused) {
  std::vector<TemplateSheet> sheets;
  for (const InputInfo& input : tables.inputs) {
    SheetLayout layout = sheet_layout(tables, input);  // the layout the data reader reads
    if (!layout.refusal.empty()) {
      refused.push_back(layout.refusal);
      continue;
    }
    const Type& type = input.type.unwrapped();
    const RecordInfo& record = tables.records.at(layout.is_list ? type.element->unwrapped().decl : type.decl);
    std::vector<const FieldInfo*> keys;
    for (int k : input.key_fields) keys.push_back(&record.fields.at(k));
    TemplateSheet sheet{input.name, input.name, !layout.is_list, {}, declaration_comment(source, input.range)};
    add_columns(source, layout.columns, layout.columns.fields, true, "", "", keys, sheet.columns);
    sheets.push_back(std::move(sheet));
    for (const ListField& list : layout.lists) {
      auto declared = std::find_if(record.fields.begin(), record.fields.end(), [&](const FieldInfo& f) { return f.name == list.field; });
      TemplateSheet list_sheet{input.name + "." + list.field, input.name, false, {}, declaration_comment(source, declared->range)};
      for (const LeafColumn& key : list.keys) {
        list_sheet.columns.push_back({key.header, *key.type, true, true, say("the key of the {} record this row belongs to", input.name)});
      }
      add_columns(source, list.element, list.element.fields, true, "", "", {}, list_sheet.columns);
      sheets.push_back(std::move(list_sheet));
    }
  }
  return sheets;
}

XlsxBytes render_input_template(const ModelTables& tables, const SourceFile& source) {
  std::vector<std::string> refused;
  std::vector<TemplateSheet> sheets = template_sheets(tables, source, refused);
  XlsxBook book;
  const XlsxFormats& formats = book.formats();
  // The sheets' names and headers are the data format (runtime/sheets reads them back): in English. The
  // _about sheet is for people, and not read: its headers and texts are in the message language.
  XlsxSheet about = book.add_sheet("_about");
  about.headers(0, {say("sheet"), say("header"), say("type"), say("required"), say("description"), say("allowed values")},
                {22, 24, 34, 10, 60, 60});
  DropDowns drop_downs;
  int about_row = 1;
  std::vector<XlsxSheet> written;
  for (const TemplateSheet& sheet : sheets) {
    XlsxSheet out = book.add_sheet(sheet.name);
    std::vector<std::string> headers;
    std::vector<double> widths;
    for (const TemplateColumn& column : sheet.columns) {
      headers.push_back(column.header);
      widths.push_back(std::max<double>(static_cast<double>(column.header.size()) + 3, column.type.is(TypeKind::Text) ? 14 : 13));
    }
    out.headers(0, headers, widths);
    int last_row = sheet.single_record ? 1 : rows_to_fill;
    for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
      const TemplateColumn& column = sheet.columns[c];
      out.column(static_cast<int>(c), widths[c], format_for(column.type, formats));
      int list = drop_downs.column_for(column.type, tables);
      std::string allowed;
      if (list >= 0) {
        std::string formula = drop_downs.range(list);
        lxw_data_validation validation{};
        validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        validation.value_formula = formula.data();
        if (worksheet_data_validation_range(out.raw(), 1, static_cast<lxw_col_t>(c), static_cast<lxw_row_t>(last_row),
                                            static_cast<lxw_col_t>(c), &validation) != LXW_NO_ERROR) {
          book.fail(say("cannot add the drop-down list of column {} on sheet {}", column.header, sheet.name));
        }
        for (const std::string& value : drop_downs.lists[list].second) allowed += (allowed.empty() ? "" : ", ") + value;
      }
      about.text(about_row, 0, sheet.name);
      about.text(about_row, 1, column.header);
      about.text(about_row, 2, type_words(column.type, tables));
      about.text(about_row, 3, column.required ? say("required") : say("optional"));
      about.text(about_row, 4, column.comment);
      about.text(about_row, 5, allowed);
      ++about_row;
    }
  }
  ++about_row;
  std::vector<std::string> notes = {
      say("One sheet per input, named as the input; the first row holds the headers, one record per row below."),
      say("A list of records inside an input has a sheet <input>.<field>: its first columns are the parent's key, then the element's fields."),
      say("Dotted headers are fields of a nested record or period (decision.start); an optional record is absent when all its columns are empty."),
      say("Sheets whose name starts with _ (this one, _lists) are not read. Details: docs/data.md.")};
  for (const TemplateSheet& sheet : sheets) {
    if (sheet.single_record) notes.push_back(say("Sheet {} is one record: fill in one row.", sheet.name));
  }
  for (const std::string& r : refused) notes.push_back(say("Not in this workbook: {}.", r));
  for (const std::string& note : notes) about.text(about_row++, 0, note);
  XlsxSheet lists = book.add_sheet("_lists");
  for (std::size_t l = 0; l < drop_downs.lists.size(); ++l) {
    lists.text(0, static_cast<int>(l), drop_downs.lists[l].first, formats.header);
    lists.column(static_cast<int>(l), 24);
    for (std::size_t v = 0; v < drop_downs.lists[l].second.size(); ++v) lists.text(static_cast<int>(v + 1), static_cast<int>(l), drop_downs.lists[l].second[v]);
  }
  if (lists.raw()) worksheet_hide(lists.raw());
  return book.finish();
}

}  // namespace rw

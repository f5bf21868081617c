#include "runtime/data/sheet_inputs.h"

#include <algorithm>
#include <memory>
#include <set>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "messages/say.h"
#include "runtime/data/data_messages.h"
#include "runtime/data/sheet_cells.h"
#include "runtime/data/sheet_layout.h"
#include "runtime/data/sheet_places.h"
#include "runtime/data/unique_keys.h"
#include "runtime/data/value_converter.h"

namespace rw {

namespace {

// Errors found in sheets, and the cells they are about (so the converter's errors about the same cells are not repeated).
class SheetErrors {
 public:
  explicit SheetErrors(std::vector<DataError>& errors) : errors_(errors) {}

  // Reports `message` at `row` (0: the whole sheet) and the column `header` at `column`; with column -1
  // (a column the sheet lacks, or has no header for) the whole column counts as reported.
  void at(const SheetSource& source, int row, const std::string& header, int column, std::string message) {
    std::string sheet = source.csv ? "" : source.sheet.name;
    reported_.insert({source.file, sheet, column < 0 && !header.empty() ? -1 : row, header});
    errors_.push_back({source.file, SheetPlace{std::move(sheet), row, header, column}, std::move(message)});
  }
  // Reports `message` about the sheet (the CSV file) as a whole.
  void at_sheet(const SheetSource& source, std::string message) { at(source, 0, "", -1, std::move(message)); }

  // True when an error was reported already at `place` of `file` (or at its whole column).
  bool reported(const std::string& file, const SheetPlace& place) const {
    return reported_.count({file, place.sheet, place.row, place.column}) > 0 ||
           (!place.column.empty() && reported_.count({file, place.sheet, -1, place.column}) > 0);
  }

  std::vector<DataError>& all() { return errors_; }

 private:
  std::vector<DataError>& errors_;
  std::set<std::tuple<std::string, std::string, int, std::string>> reported_;  // file, sheet, row (-1: every row), header
};

// A sheet's header row read against the columns it may have.
struct BoundSheet {
  const SheetSource* source = nullptr;
  std::vector<int> column_of_leaf;  // per leaf, its column index; -1 when the sheet lacks it
  SheetColumns columns;
};

// The text of a header cell, without surrounding spaces.
std::string header_text(const Cell& cell) {
  std::size_t first = cell.text.find_first_not_of(' ');
  if (first == std::string::npos) return "";
  return cell.text.substr(first, cell.text.find_last_not_of(' ') - first + 1);
}

// The name of a sheet (or CSV file) in a message: "sheet 'clients'" or "clients.csv".
std::string sheet_name(const SheetSource& source) {
  return source.csv ? source.file : say("sheet '{}'", source.sheet.name);
}

// Reads the first row of `source` as headers of `leaves`; reports unknown and repeated headers and
// columns of data without a header. nullopt (reported) when the sheet has no rows at all.
std::optional<BoundSheet> bind_headers(const SheetSource& source, const std::vector<LeafColumn>& leaves,
                                       const std::vector<std::string>& list_fields, const std::string& input, SheetErrors& errors) {
  std::vector<std::string> headers;
  for (const LeafColumn& leaf : leaves) headers.push_back(leaf.header);
  if (source.sheet.rows.empty()) {
    errors.at_sheet(source, say("{} is empty; its first row must hold the headers: {}", sheet_name(source), name_list(headers)));
    return std::nullopt;
  }
  BoundSheet bound;
  bound.source = &source;
  bound.column_of_leaf.assign(leaves.size(), -1);
  bound.columns.file = source.file;
  bound.columns.sheet = source.csv ? "" : source.sheet.name;
  const SheetRow& first = source.sheet.rows.front();
  bound.columns.header_row = first.number;
  for (std::size_t c = 0; c < first.cells.size(); ++c) {
    const Cell& cell = first.cells[c];
    int column = static_cast<int>(c);
    if (cell.kind == Cell::Kind::Empty) continue;
    std::string header = header_text(cell);
    if (cell.kind != Cell::Kind::Text || header.empty()) {
      errors.at(source, first.number, header, column, say("a header must be a field's name; found '{}'", excerpt(cell.text)));
      continue;
    }
    auto found = std::find(headers.begin(), headers.end(), header);
    if (found == headers.end()) {
      std::string close = close_name(header, headers);
      bool is_list = std::find(list_fields.begin(), list_fields.end(), header) != list_fields.end();
      errors.at(source, first.number, header, column,
                is_list         ? say("{} is a list: give it on a sheet (or CSV file) of its own named {}.{}", header, input, header)
                : close.empty() ? say("unknown column '{}'; the columns are {}", excerpt(header), name_list(headers))
                                : say("unknown column '{}'; did you mean '{}'?", excerpt(header), close));
      continue;
    }
    int& bound_column = bound.column_of_leaf[static_cast<std::size_t>(found - headers.begin())];
    if (bound_column >= 0) {
      errors.at(source, first.number, header, column,
                say("the header '{}' is also column {}; give each field one column", header, column_letters(bound_column)));
      continue;
    }
    bound_column = column;
    bound.columns.by_header.emplace_back(header, column);
  }
  return bound;
}

// True when a column of `node` is in the sheet.
bool any_column(const ColumnTree& node, const BoundSheet& bound, int offset) {
  if (node.leaf >= 0) return bound.column_of_leaf[static_cast<std::size_t>(offset + node.leaf)] >= 0;
  for (const ColumnTree& child : node.children) {
    if (any_column(child, bound, offset)) return true;
  }
  return false;
}

// Reports the columns of required fields the sheet lacks; an optional record's fields are required
// only when it has a column at all. Leaves are at `offset` in the bound sheet.
void report_missing_columns(const std::vector<ColumnTree>& nodes, const std::vector<LeafColumn>& leaves, const BoundSheet& bound,
                            int offset, bool required, const ModelTables& model, SheetErrors& errors) {
  for (const ColumnTree& node : nodes) {
    bool must = node.optional ? any_column(node, bound, offset) : required;
    if (node.leaf < 0) {
      report_missing_columns(node.children, leaves, bound, offset, must, model, errors);
    } else if (must && !node.optional && bound.column_of_leaf[static_cast<std::size_t>(offset + node.leaf)] < 0) {
      const LeafColumn& leaf = leaves[static_cast<std::size_t>(node.leaf)];
      errors.at(*bound.source, bound.columns.header_row, leaf.header, -1,
                say("missing column {} ({}): add a column headed {}", leaf.header, type_name(*leaf.type, model), leaf.header));
    }
  }
}

// Builds JSON objects from rows of one bound sheet.
class RowReader {
 public:
  RowReader(const ModelTables& model, const BoundSheet& bound, const CellReading& reading, SheetErrors& errors)
      : model_(model), bound_(bound), reading_(reading), errors_(errors) {}

  // The cell of `row` in the column of leaf `index` (an empty cell when the column is not there).
  const Cell& cell(const SheetRow& row, int index) const {
    int column = bound_.column_of_leaf[static_cast<std::size_t>(index)];
    static const Cell empty;
    return column >= 0 && static_cast<std::size_t>(column) < row.cells.size() ? row.cells[static_cast<std::size_t>(column)] : empty;
  }

  // The typed node of `row`'s cell of leaf `index`, or nullopt after reporting why it is none.
  std::optional<JsonNode> typed(const SheetRow& row, int index, const LeafColumn& leaf) {
    std::variant<JsonNode, std::string> node = cell_node(cell(row, index), *leaf.type, model_, reading_);
    if (auto* message = std::get_if<std::string>(&node)) {
      report(row, index, leaf, std::move(*message));
      return std::nullopt;
    }
    return std::move(std::get<JsonNode>(node));
  }

  // Reports `message` at `row`'s cell of leaf `index`.
  void report(const SheetRow& row, int index, const LeafColumn& leaf, std::string message) {
    errors_.at(*bound_.source, row.number, leaf.header, bound_.column_of_leaf[static_cast<std::size_t>(index)], std::move(message));
  }

  // The object `nodes` make of `row` (leaves at `offset`); reports required fields with empty cells.
  JsonNode object(const std::vector<ColumnTree>& nodes, const std::vector<LeafColumn>& leaves, int offset, const SheetRow& row) {
    std::vector<int> missing;
    bool any = false;
    JsonNode result = compound(nodes, leaves, offset, row, any, missing);
    for (int leaf : missing) {
      const LeafColumn& column = leaves[static_cast<std::size_t>(leaf)];
      report(row, offset + leaf, column, say("missing value for {}", column.header));
    }
    return result;
  }

 private:
  const ModelTables& model_;
  const BoundSheet& bound_;
  const CellReading& reading_;
  SheetErrors& errors_;

  // The object of `nodes` in `row`; sets `any` when a cell is not empty, and adds the required leaves
  // with empty cells (in a column the sheet has) to `missing`.
  JsonNode compound(const std::vector<ColumnTree>& nodes, const std::vector<LeafColumn>& leaves, int offset, const SheetRow& row,
                    bool& any, std::vector<int>& missing) {
    JsonNode object(JsonNode::Kind::Object);
    for (const ColumnTree& node : nodes) {
      if (node.leaf >= 0) {
        int index = offset + node.leaf;
        if (bound_.column_of_leaf[static_cast<std::size_t>(index)] < 0) continue;  // a missing column: reported once
        if (cell(row, index).kind == Cell::Kind::Empty) {
          if (!node.optional) missing.push_back(node.leaf);
          continue;
        }
        any = true;
        if (std::optional<JsonNode> value = typed(row, index, leaves[static_cast<std::size_t>(node.leaf)])) {
          object.members.emplace_back(node.key, std::move(*value));
        }
        continue;
      }
      bool inner_any = false;
      std::vector<int> inner_missing;
      JsonNode inner = compound(node.children, leaves, offset, row, inner_any, inner_missing);
      if (node.optional && !inner_any) {
        object.members.emplace_back(node.key, JsonNode(JsonNode::Kind::Null));
        continue;
      }
      any = any || inner_any;
      missing.insert(missing.end(), inner_missing.begin(), inner_missing.end());
      object.members.emplace_back(node.key, std::move(inner));
    }
    return object;
  }
};

// The identity of a key made of `nodes` (length-prefixed, so no two keys share one).
std::string key_identity(const std::vector<const JsonNode*>& nodes) {
  std::string identity;
  for (const JsonNode* node : nodes) {
    std::string text = node->kind == JsonNode::Kind::Bool ? (node->boolean ? "true" : "false") : node->text;
    identity += std::to_string(text.size()) + ":" + text;
  }
  return identity;
}

// The sheets that give one input: its own, and one per list field (or none).
struct InputSheets {
  const SheetSource* own = nullptr;
  std::vector<const SheetSource*> lists;  // per ListField of the layout
};

// Loads one input from its sheets.
class SheetInputLoader {
 public:
  SheetInputLoader(const ModelTables& model, const DataOptions& options, SheetErrors& errors)
      : model_(model), options_(options), errors_(errors) {}

  // The input `index` as laid out by `layout`, read from `sheets`, into `out`.
  void load(std::size_t index, const SheetLayout& layout, const InputSheets& sheets, Dataset& out) {
    const InputInfo& input = model_.inputs[index];
    const SheetSource& source = *sheets.own;
    auto places = std::make_shared<InputPlaces>();
    places->input = input.name;
    places->is_list = layout.is_list;
    std::vector<std::string> list_names;
    for (const ListField& list : layout.lists) list_names.push_back(list.field);
    std::optional<BoundSheet> bound = bind_headers(source, layout.columns.leaves, list_names, input.name, errors_);
    if (!bound) return;
    report_missing_columns(layout.columns.fields, layout.columns.leaves, *bound, 0, true, model_, errors_);
    places->columns = bound->columns;
    CellReading reading{options_.dialect, source.date1904};
    RowReader reader(model_, *bound, reading, errors_);
    JsonNode items(JsonNode::Kind::Array);
    for (std::size_t r = 1; r < source.sheet.rows.size(); ++r) {
      const SheetRow& row = source.sheet.rows[r];
      report_cells_without_header(row, *bound);
      items.items.push_back(reader.object(layout.columns.fields, layout.columns.leaves, 0, row));
      places->rows.push_back(row.number);
    }
    for (std::size_t l = 0; l < layout.lists.size(); ++l) {
      attach_list(input, layout.lists[l], sheets.lists[l], items, *places);
    }
    if (!layout.is_list && !has_one_record(input, source, items)) return;
    JsonNode root = layout.is_list ? std::move(items) : std::move(items.items.front());
    std::size_t first_error = errors_.all().size();
    ValueConverter converter(model_, source.file, errors_.all(), options_.dialect);
    converter.name_places_by([places, file = source.file](const std::string& path) {
      std::optional<PlacedError> placed = place_of(*places, path);
      if (!placed) return path;
      return placed->file == file ? describe(placed->place) : placed->file + ", " + describe(placed->place);
    });
    const JsonPath root_path = JsonPath::root();  // outlives `path`, which points to it
    JsonPath path = root_path.key(input.name);
    out.inputs[index] = converter.convert(root, input.type, path);
    report_duplicate_keys(model_, input, out.inputs[index], path, converter, true);
    place_new_errors(*places, first_error);
    out.input_places[index] = std::move(places);
  }

 private:
  const ModelTables& model_;
  const DataOptions& options_;
  SheetErrors& errors_;

  // Reports a non-empty cell in a column without a header (once per column).
  void report_cells_without_header(const SheetRow& row, const BoundSheet& bound) {
    const SheetRow& headers = bound.source->sheet.rows.front();
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      bool headed = c < headers.cells.size() && headers.cells[c].kind != Cell::Kind::Empty;
      if (headed || row.cells[c].kind == Cell::Kind::Empty) continue;
      SheetPlace place{bound.columns.sheet, -1, column_letters(static_cast<int>(c)), static_cast<int>(c)};
      if (errors_.reported(bound.source->file, place)) continue;
      // Named by its letter alone (it has no header); reported once for the whole column.
      errors_.at(*bound.source, row.number, column_letters(static_cast<int>(c)), -1,
                 say("this cell is in a column without a header; give the column a field's name as its header, or clear it"));
    }
  }

  // True when a one-record input's sheet has exactly one row under the headers; reports it otherwise.
  bool has_one_record(const InputInfo& input, const SheetSource& source, const JsonNode& items) {
    if (items.items.size() == 1) return true;
    if (items.items.empty()) {
      errors_.at_sheet(source, say("input '{}' is one record: give its values in one row under the headers", input.name));
    } else {
      errors_.at(source, source.sheet.rows[2].number, "", -1,
                 say("input '{}' is one record: give exactly one row under the headers, not {}", input.name, items.items.size()));
    }
    return false;
  }

  // The parent's key nodes of each record in `items`, by identity (the first record with a key wins).
  std::unordered_map<std::string, std::size_t> parents_by_key(const ListField& list, const JsonNode& items) {
    std::unordered_map<std::string, std::size_t> parents;
    for (std::size_t i = 0; i < items.items.size(); ++i) {
      std::vector<const JsonNode*> key;
      for (const LeafColumn& column : list.keys) {
        if (const JsonNode* node = items.items[i].find(column.header)) key.push_back(node);
      }
      if (key.size() == list.keys.size()) parents.try_emplace(key_identity(key), i);
    }
    return parents;
  }

  // Gives each record of `items` its list `list` from the rows of `sheet` (matched by key, in row order).
  void attach_list(const InputInfo& input, const ListField& list, const SheetSource* sheet, JsonNode& items, InputPlaces& places) {
    ListPlaces list_places;
    list_places.field = list.field;
    list_places.rows.assign(items.items.size(), {});
    std::vector<JsonNode> lists(items.items.size(), JsonNode(JsonNode::Kind::Array));
    if (sheet) read_list_rows(input, list, *sheet, items, lists, list_places);
    for (std::size_t i = 0; i < items.items.size(); ++i) {
      bool absent = list.optional && lists[i].items.empty();
      items.items[i].members.emplace_back(list.field, absent ? JsonNode(JsonNode::Kind::Null) : std::move(lists[i]));
    }
    places.lists.push_back(std::move(list_places));
  }

  // Reads the rows of the list sheet `sheet` into `lists` (per parent record).
  void read_list_rows(const InputInfo& input, const ListField& list, const SheetSource& sheet, const JsonNode& items,
                      std::vector<JsonNode>& lists, ListPlaces& places) {
    std::vector<LeafColumn> leaves = list.keys;
    leaves.insert(leaves.end(), list.element.leaves.begin(), list.element.leaves.end());
    std::optional<BoundSheet> bound = bind_headers(sheet, leaves, {}, input.name + "." + list.field, errors_);
    if (!bound) return;
    std::vector<ColumnTree> keys;
    for (std::size_t k = 0; k < list.keys.size(); ++k) keys.push_back(ColumnTree{list.keys[k].header, false, static_cast<int>(k), {}});
    int offset = static_cast<int>(list.keys.size());
    report_missing_columns(keys, leaves, *bound, 0, true, model_, errors_);
    report_missing_columns(list.element.fields, list.element.leaves, *bound, offset, true, model_, errors_);
    places.columns = bound->columns;
    std::unordered_map<std::string, std::size_t> parents = parents_by_key(list, items);
    CellReading reading{options_.dialect, sheet.date1904};
    RowReader reader(model_, *bound, reading, errors_);
    for (std::size_t r = 1; r < sheet.sheet.rows.size(); ++r) {
      const SheetRow& row = sheet.sheet.rows[r];
      report_cells_without_header(row, *bound);
      JsonNode key = reader.object(keys, leaves, 0, row);
      if (key.members.size() != list.keys.size()) continue;  // a key cell was empty or wrong: reported
      std::vector<const JsonNode*> key_nodes;
      for (const auto& member : key.members) key_nodes.push_back(&member.second);
      auto parent = parents.find(key_identity(key_nodes));
      if (parent == parents.end()) {
        reader.report(row, 0, leaves[0],
                      say("no record of input '{}' has {} {}: every row of {}.{} belongs to one of its records",
                          input.name, list.keys[0].header, excerpt(key.members[0].second.text), input.name, list.field));
        continue;
      }
      JsonNode element = reader.object(list.element.fields, list.element.leaves, offset, row);
      lists[parent->second].items.push_back(std::move(element));
      places.rows[parent->second].push_back(row.number);
    }
  }

  // Places the errors from `first` on (found by the converter at JSON paths) in the sheets; drops
  // those about a cell already reported.
  void place_new_errors(const InputPlaces& places, std::size_t first) {
    std::vector<DataError>& errors = errors_.all();
    std::vector<DataError> kept(std::make_move_iterator(errors.begin() + static_cast<std::ptrdiff_t>(first)),
                                std::make_move_iterator(errors.end()));
    errors.resize(first);
    for (DataError& error : kept) {
      const auto* path = std::get_if<std::string>(&error.location);
      std::optional<PlacedError> placed = path ? place_of(places, *path) : std::nullopt;
      if (placed) {
        if (errors_.reported(placed->file, placed->place)) continue;
        error.file = std::move(placed->file);
        error.location = std::move(placed->place);
      }
      errors.push_back(std::move(error));
    }
  }
};

// What a sheet's name gives: an input (list == -1) or one of its list fields; input == -1 for neither.
struct SheetTarget {
  int input = -1;
  int list = -1;
};

}  // namespace

void load_sheet_inputs(const ModelTables& model, const std::vector<SheetSource>& sheets, const DataOptions& options,
                       Dataset& out, std::vector<bool>& seen, std::vector<DataError>& errors) {
  std::vector<SheetLayout> layouts;
  std::vector<std::string> names;  // every sheet name that gives something, for did-you-mean
  for (const InputInfo& input : model.inputs) {
    layouts.push_back(sheet_layout(model, input));
    names.push_back(input.name);
    for (const ListField& list : layouts.back().lists) names.push_back(input.name + "." + list.field);
  }
  out.inputs.resize(model.inputs.size());
  out.input_files.resize(model.inputs.size());
  out.input_places.resize(model.inputs.size());
  seen.resize(model.inputs.size());
  SheetErrors sheet_errors(errors);
  std::vector<InputSheets> given(model.inputs.size());
  for (std::size_t i = 0; i < model.inputs.size(); ++i) given[i].lists.assign(layouts[i].lists.size(), nullptr);
  for (const SheetSource& source : sheets) {
    const std::string& name = source.sheet.name;
    if (name.starts_with('_')) continue;
    SheetTarget target;
    for (std::size_t i = 0; i < model.inputs.size() && target.input < 0; ++i) {
      if (name == model.inputs[i].name) target.input = static_cast<int>(i);
      for (std::size_t l = 0; l < layouts[i].lists.size() && target.input < 0; ++l) {
        if (name == model.inputs[i].name + "." + layouts[i].lists[l].field) target = {static_cast<int>(i), static_cast<int>(l)};
      }
    }
    if (target.input < 0) {
      std::string close = close_name(name, names);
      std::string what;
      if (source.csv) {
        what = close.empty() ? say("the file name {} names no input of the model (a CSV file is named after the input it gives, "
                                   "as in clients.csv); the inputs are {}", source.file, name_list(names))
                             : say("the file name {} names no input of the model (a CSV file is named after the input it gives, "
                                   "as in clients.csv); did you mean '{}'?", source.file, close);
      } else {
        what = close.empty() ? say("the sheet '{}' names no input of the model (sheets named _... are notes and skipped); the "
                                   "inputs are {}", excerpt(name), name_list(names))
                             : say("the sheet '{}' names no input of the model (sheets named _... are notes and skipped); did "
                                   "you mean '{}'?", excerpt(name), close);
      }
      sheet_errors.at_sheet(source, what);
      continue;
    }
    InputSheets& input = given[static_cast<std::size_t>(target.input)];
    const SheetSource*& slot = target.list < 0 ? input.own : input.lists[static_cast<std::size_t>(target.list)];
    if (slot) {
      sheet_errors.at_sheet(source, say("{} is given twice: in {} and in {}", name, slot->file, source.file));
      continue;
    }
    slot = &source;
  }
  SheetInputLoader loader(model, options, sheet_errors);
  for (std::size_t i = 0; i < model.inputs.size(); ++i) {
    const InputInfo& input = model.inputs[i];
    const InputSheets& sheets_of = given[i];
    if (!sheets_of.own) {
      for (const SheetSource* list : sheets_of.lists) {
        if (!list) continue;
        sheet_errors.at_sheet(*list, seen[i] ? say("{} gives a list of input '{}', which comes from {}: give the list there too, "
                                                   "or give {} as a sheet beside it",
                                                   list->sheet.name, input.name, out.input_files[i], input.name)
                                             : say("{} gives a list of input '{}', but no sheet or file gives {} itself",
                                                   list->sheet.name, input.name, input.name));
      }
      continue;
    }
    const SheetSource& own = *sheets_of.own;
    if (seen[i]) {
      sheet_errors.at_sheet(own, say("input '{}' is given in both {} and {}", input.name, out.input_files[i], own.file));
      continue;
    }
    seen[i] = true;
    out.input_files[i] = own.file;
    if (!layouts[i].refusal.empty()) {
      sheet_errors.at_sheet(own, layouts[i].refusal);
      continue;
    }
    for (std::size_t l = 0; l < layouts[i].lists.size(); ++l) {
      if (sheets_of.lists[l] || layouts[i].lists[l].optional) continue;
      sheet_errors.at_sheet(own, say("the {} of input '{}' are missing: give them on a sheet (or CSV file) named {}.{}, whose "
                                     "first column is {}",
                                     layouts[i].lists[l].field, input.name, input.name, layouts[i].lists[l].field,
                                     layouts[i].lists[l].keys.front().header));
    }
    loader.load(i, layouts[i], sheets_of, out);
  }
}

}  // namespace rw

// load_data: every file of a data path (JSON documents at once, sheets of CSV and XLSX files once all
// are read, as a list sheet may be in another file than its input's), then the inputs no file gave,
// then the cap on errors.
#include <exception>

#include <fmt/format.h>

#include "messages/say.h"
#include "runtime/data/data_files.h"
#include "runtime/data/load_document.h"
#include "runtime/data/loader.h"
#include "runtime/data/sheet_inputs.h"
#include "runtime/data/sheet_places.h"
#include "runtime/sheets/xlsx_reader.h"

namespace rw {

namespace {

// Reports every input that no file gave, except optional ones (those stay Absent).
void report_missing_inputs(const ModelTables& model, const std::vector<bool>& seen, const std::string& file,
                           std::vector<DataError>& errors) {
  for (std::size_t i = 0; i < model.inputs.size(); ++i) {
    const InputInfo& input = model.inputs[i];
    if (seen[i] || input.type.is(TypeKind::Optional)) continue;
    errors.push_back({file, "", say("missing input '{}' (declared as {})", input.name,
                                            type_name(input.type, model))});
  }
}

// Reads the CSV or XLSX file `file` (content `bytes`) into `sheets`; false after reporting why it cannot be read.
bool read_sheets(const std::filesystem::path& file, DataFileKind kind, const std::string& bytes, const DataOptions& options,
                 std::vector<SheetSource>& sheets, std::vector<DataError>& errors) {
  const std::string name = file.generic_string();  // with '/' on every system, so messages and ledgers match
  if (kind == DataFileKind::Csv) {
    CsvDialect dialect{options.dialect == LiteralDialect::Dutch ? ';' : ',', options.encoding};
    CsvResult csv = read_csv(bytes, dialect, file.stem().string());
    if (csv.problem) {
      // The header row may be the broken one: the column is named by its letter alone.
      std::string column = csv.problem->column >= 0 ? column_letters(csv.problem->column) : "";
      errors.push_back({name, SheetPlace{"", csv.problem->row, column, -1}, csv.problem->message});
      return false;
    }
    sheets.push_back(SheetSource{name, true, false, std::move(*csv.sheet)});
    return true;
  }
  Checked<Workbook> workbook = read_xlsx(bytes);
  if (!workbook.value) {
    errors.push_back({name, "", workbook.error});
    return false;
  }
  for (Sheet& sheet : workbook.value->sheets) {
    sheets.push_back(SheetSource{name, false, workbook.value->date1904, std::move(sheet)});
  }
  return true;
}

// Loads every file `path` names into `data`; reports missing inputs only when every file was
// readable (otherwise the inputs an unreadable file meant to give are unknown).
void load_files(const ModelTables& model, const std::filesystem::path& path, const DataOptions& options, Dataset& data,
                std::vector<DataError>& errors) {
  std::vector<bool> seen(model.inputs.size());
  DataFileList list = find_data_files(path);
  if (list.error) errors.push_back({path.generic_string(), "", *list.error});
  for (const auto& [entry, problem] : list.not_files) errors.push_back({entry.generic_string(), "", problem});
  bool all_read = !list.error && list.not_files.empty();
  std::vector<SheetSource> sheets;
  for (const std::filesystem::path& file : list.files) {
    const std::string name = file.generic_string();
    Checked<std::string> text = read_data_file(file);
    if (!text.value) {
      errors.push_back({name, "", text.error});
      all_read = false;
      continue;
    }
    DataFileKind kind = data_file_kind(file).value_or(DataFileKind::Json);
    if (kind == DataFileKind::Json) {
      all_read = load_document(model, name, *text.value, data, seen, errors) && all_read;
    } else {
      all_read = read_sheets(file, kind, *text.value, options, sheets, errors) && all_read;
    }
  }
  load_sheet_inputs(model, sheets, options, data, seen, errors);
  if (all_read) report_missing_inputs(model, seen, path.generic_string(), errors);
}

}  // namespace

void cap_errors(std::vector<DataError>& errors, const std::string& file) {
  constexpr std::size_t max_reported_errors = 100;
  if (errors.size() <= max_reported_errors) return;
  std::size_t more = errors.size() - max_reported_errors;
  errors.resize(max_reported_errors);
  errors.push_back({file, "", more == 1 ? say("... and 1 more error") : say("... and {} more errors", more)});
}

LoadResult load_data(const ModelTables& model, const std::filesystem::path& path, const DataOptions& options) {
  LoadResult result;
  Dataset data;
  data.inputs.assign(model.inputs.size(), Absent{});
  data.input_files.assign(model.inputs.size(), "");
  data.input_places.assign(model.inputs.size(), nullptr);
  try {
    load_files(model, path, options, data, result.errors);
  } catch (const std::exception& e) {
    result.errors.push_back({path.generic_string(), "", say("cannot load the data: {}", e.what())});
  }
  cap_errors(result.errors, path.generic_string());
  if (result.errors.empty()) result.data = std::move(data);
  return result;
}

}  // namespace rw

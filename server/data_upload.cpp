// GET and POST /api/data: the loaded data, and an uploaded data file checked and compared with it.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "report/compare_report.h"
#include "messages/say.h"
#include "report/private_folder.h"
#include "runtime/eval/check_data.h"
#include "runtime/eval/interpreter.h"
#include "runtime/sheets/sheet.h"
#include "server/downloads.h"
#include "server/workbench.h"

namespace rw {

namespace {

using Json = nlohmann::ordered_json;

// How many records an input holds (a list's items), or null for a single value.
Json record_count(const Value& value) {
  if (const auto* list = std::get_if<ListPtr>(&value); list && *list) return (*list)->items.size();
  return nullptr;
}

// A data error where it is: file, then a JSON path or the sheet, row and column (with its letters), and the message.
Json error_json(const DataError& error) {
  Json out = {{"file", error.file}};
  if (const auto* place = std::get_if<SheetPlace>(&error.location)) {
    out["sheet"] = place->sheet;
    out["row"] = place->row ? Json(place->row) : Json(nullptr);
    out["column"] = place->column;
    out["column_letters"] = place->column_index < 0 ? "" : column_letters(place->column_index);
  } else {
    out["path"] = std::get<std::string>(error.location);
  }
  out["message"] = error.message;
  out["text"] = render(error);
  return out;
}

// The upload's name for a data file: .xlsx, .csv or .json as given, or why it is none of those.
std::string upload_problem(const std::string& name, std::size_t size) {
  if (size == 0) return say("the upload is empty: choose a workbook (.xlsx), a CSV file or a JSON data file");
  if (size > max_upload_bytes) return say("the upload has {} bytes; the workbench takes files up to {} MiB", size, max_upload_bytes >> 20);
  std::string extension = name.substr(name.find_last_of('.') == std::string::npos ? name.size() : name.find_last_of('.'));
  for (char& c : extension) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (extension != ".xlsx" && extension != ".csv" && extension != ".json") {
    return say("{}: the workbench reads data from .xlsx, .csv and .json files (regelwerk template writes a workbook to fill in)", name);
  }
  return "";
}

}  // namespace

Answer answer_data(const Workbench& workbench) {
  Json inputs = Json::array();
  const auto& declared = workbench.program.model.tables.inputs;
  for (std::size_t i = 0; i < declared.size(); ++i) {
    inputs.push_back({{"name", declared[i].name},
                      {"file", i < workbench.data.input_files.size() ? workbench.data.input_files[i] : ""},
                      {"records", i < workbench.data.inputs.size() ? record_count(workbench.data.inputs[i]) : Json(nullptr)}});
  }
  Json out = {{"data", workbench.data_path}, {"inputs", inputs}, {"errors", Json::array()}};
  return json_answer(out.dump(2) + "\n");
}

Answer answer_upload(const Workbench& workbench, const std::string& file_name, const std::string& bytes, const std::string& download) {
  std::string name = safe_file_name(file_name);
  if (!download.empty() && download != "xlsx" && download != "csv") return refused(400, say("X-Download: expected xlsx or csv"));
  if (std::string problem = upload_problem(name, bytes.size()); !problem.empty()) {
    return refused(bytes.size() > max_upload_bytes ? 413 : 400, problem);
  }
  std::string problem;
  auto folder = PrivateFolder::make(problem);
  if (!folder) return refused(500, problem);
  std::filesystem::path path = folder->write(name, bytes, problem);
  if (path.empty()) return refused(500, problem);
  LoadResult loaded = load_model_data(workbench.program, path, workbench.data_options);
  Json errors = Json::array();
  for (DataError& error : loaded.errors) {
    if (error.file.rfind(folder->path().string(), 0) == 0) error.file = name;  // the name the user knows, not the private folder
    errors.push_back(error_json(error));
  }
  Json out = {{"file", name}, {"errors", errors}, {"comparison", nullptr}};
  if (loaded.data) {
    EvalResult settled = evaluate(workbench.program, *loaded.data, workbench.years);
    if (!settled.ledger) return refused(422, render_all(settled.diagnostics, *workbench.program.source));
    Ledger uploaded = std::move(*settled.ledger);
    Ledger loaded_data = workbench.agreed;
    loaded_data.computed_under.data = workbench.data_path;
    uploaded.computed_under.data = name;
    Comparison comparison{loaded_data, uploaded, loaded_data.computed_under.describe(), uploaded.computed_under.describe(), true};
    if (!download.empty()) return comparison_file(comparison, download, download_name(workbench.program.model, "gegevens-vergeleken", download));
    out["comparison"] = Json::parse(render_comparison_json(comparison));
  } else if (!download.empty()) {
    return refused(422, say("{} has {} errors: there is no comparison to download", name, loaded.errors.size()));
  }
  return json_answer(out.dump(2) + "\n");
}

}  // namespace rw

#include "runtime/data/loader.h"

#include <algorithm>
#include <variant>

#include <fmt/format.h>

#include "messages/say.h"
#include "runtime/data/data_messages.h"
#include "runtime/data/json_path.h"
#include "runtime/data/json_tree.h"
#include "runtime/data/load_document.h"
#include "runtime/data/sheet_places.h"
#include "runtime/data/unique_keys.h"
#include "runtime/data/value_converter.h"

namespace rw {

namespace {

// The names of the model's inputs, in declaration order.
std::vector<std::string> input_names(const ModelTables& model) {
  std::vector<std::string> names;
  for (const InputInfo& input : model.inputs) names.push_back(input.name);
  return names;
}

// Makes `out` and `seen` hold one entry per input of `model`.
void size_for(const ModelTables& model, Dataset& out, std::vector<bool>& seen) {
  if (out.inputs.size() < model.inputs.size()) out.inputs.resize(model.inputs.size());
  if (out.input_files.size() < model.inputs.size()) out.input_files.resize(model.inputs.size());
  if (out.input_places.size() < model.inputs.size()) out.input_places.resize(model.inputs.size());
  if (seen.size() < model.inputs.size()) seen.resize(model.inputs.size());
}

}  // namespace

std::string render(const DataError& error) {
  const auto* place = std::get_if<SheetPlace>(&error.location);
  std::string where = place ? describe(*place) : std::get<std::string>(error.location);
  if (where.empty()) return fmt::format("{}: {}: {}\n", error.file, tr("error"), error.message);
  return fmt::format("{}: {}: {}: {}\n", error.file, where, tr("error"), error.message);
}

std::string json_path(const DataError& error) {
  const auto* path = std::get_if<std::string>(&error.location);
  return path ? *path : "";
}

bool load_document(const ModelTables& model, const std::string& file, const std::string& text, Dataset& out,
                   std::vector<bool>& seen, std::vector<DataError>& errors) {
  auto parsed = parse_json(text);
  if (const auto* error = std::get_if<JsonParseError>(&parsed)) {
    errors.push_back({file, "", say("invalid JSON at line {}, column {}: {}", error->line, error->column,
                                            error->message)});
    return false;
  }
  const JsonNode& root = std::get<JsonNode>(parsed);
  if (root.kind != JsonNode::Kind::Object) {
    errors.push_back({file, "", say("a data file must be a JSON object whose keys are input names, "
                                            "e.g. {{\"clients\": [...]}}; found {}", describe_json(root))});
    return false;
  }
  size_for(model, out, seen);
  std::vector<std::string> names = input_names(model);
  std::vector<bool> in_this_file(names.size());
  ValueConverter converter(model, file, errors);
  const JsonPath root_path = JsonPath::root();
  for (const auto& [key, value] : root.members) {
    JsonPath path = root_path.key(key);
    auto found = std::find(names.begin(), names.end(), key);
    if (found == names.end()) {
      std::string close = close_name(key, names);
      converter.report(path, close.empty() ? say("the model has no input '{}'; its inputs are {}", excerpt(key), name_list(names))
                                           : say("the model has no input '{}'; did you mean '{}'?", excerpt(key), close));
      continue;
    }
    std::size_t index = static_cast<std::size_t>(found - names.begin());
    if (in_this_file[index]) {
      converter.report(path, say("input '{}' is given more than once in this file", key));
      continue;
    }
    in_this_file[index] = true;
    if (seen[index]) {
      converter.report(path, say("input '{}' is given in both {} and {}", key, out.input_files[index], file));
      continue;
    }
    seen[index] = true;
    out.input_files[index] = file;
    out.inputs[index] = converter.convert(value, model.inputs[index].type, path);
    report_duplicate_keys(model, model.inputs[index], out.inputs[index], path, converter);
  }
  return true;
}

void load_json_text(const ModelTables& model, const std::string& file, const std::string& text, Dataset& out,
                    std::vector<bool>& seen, std::vector<DataError>& errors) {
  load_document(model, file, text, out, seen, errors);
}

}  // namespace rw

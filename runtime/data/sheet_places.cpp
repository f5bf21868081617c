#include "runtime/data/sheet_places.h"

#include <charconv>

#include <fmt/format.h>

#include "messages/say.h"
#include "runtime/sheets/sheet.h"

namespace rw {

namespace {

// Reads "[N]" at the start of `path` into `index`, removing it; false when `path` does not start so.
bool take_index(std::string_view& path, std::size_t& index) {
  if (!path.starts_with('[')) return false;
  std::size_t close = path.find(']');
  if (close == std::string_view::npos) return false;
  auto [end, error] = std::from_chars(path.data() + 1, path.data() + close, index);
  if (error != std::errc() || end != path.data() + close) return false;
  path.remove_prefix(close + 1);
  return true;
}

// The place of the field `rest` (".decision.start", or "" for the whole row) in `row` of a sheet.
PlacedError field_place(const SheetColumns& columns, int row, std::string_view rest) {
  PlacedError placed{columns.file, SheetPlace{columns.sheet, row, "", -1}};
  if (rest.starts_with('.')) {
    placed.place.column = std::string(rest.substr(1));
    placed.place.column_index = columns.find(placed.place.column);
  }
  return placed;
}

// The entry of `rows` at `index`, or 0 (row unknown) when there is none.
int row_at(const std::vector<int>& rows, std::size_t index) { return index < rows.size() ? rows[index] : 0; }

}  // namespace

int SheetColumns::find(std::string_view header) const {
  for (const auto& [name, index] : by_header) {
    if (name == header) return index;
  }
  return -1;
}

std::optional<PlacedError> place_of(const InputPlaces& places, std::string_view json_path) {
  std::string prefix = "$." + places.input;
  if (!json_path.starts_with(prefix)) return std::nullopt;
  std::string_view rest = json_path.substr(prefix.size());
  if (!rest.empty() && rest.front() != '.' && rest.front() != '[') return std::nullopt;  // another input's name
  std::size_t record = 0;
  if (places.is_list && !take_index(rest, record)) return field_place(places.columns, 0, rest);
  int row = row_at(places.rows, record);
  for (const ListPlaces& list : places.lists) {
    std::string step = "." + list.field;
    if (!rest.starts_with(step) || (rest.size() > step.size() && rest[step.size()] != '[')) continue;
    rest.remove_prefix(step.size());
    std::size_t item = 0;
    if (!take_index(rest, item)) return field_place(places.columns, row, step);
    return field_place(list.columns, record < list.rows.size() ? row_at(list.rows[record], item) : 0, rest);
  }
  return field_place(places.columns, row, rest);
}

void place_errors(const Dataset& data, const ModelTables& model, std::vector<DataError>& errors) {
  for (DataError& error : errors) {
    const auto* path = std::get_if<std::string>(&error.location);
    if (!path || path->empty()) continue;
    for (std::size_t i = 0; i < data.input_places.size() && i < model.inputs.size(); ++i) {
      const InputPlaces* places = data.input_places[i].get();
      if (!places || data.input_files.at(i) != error.file) continue;
      if (std::optional<PlacedError> placed = place_of(*places, *path)) {
        error.file = std::move(placed->file);
        error.location = std::move(placed->place);
        break;
      }
    }
  }
}

std::string describe(const SheetPlace& place) {
  std::string text = place.sheet.empty() ? "" : say("sheet {}", place.sheet);
  auto add = [&text](const std::string& part) { text += (text.empty() ? "" : ", ") + part; };
  if (place.row > 0) add(say("row {}", place.row));
  if (!place.column.empty()) {
    add(place.column_index >= 0 ? say("column {} ({})", place.column, column_letters(place.column_index))
                                : say("column {}", place.column));
  }
  return text;
}

}  // namespace rw

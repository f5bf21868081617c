#pragma once
// Where the records and fields of an input read from a sheet (or CSV file) are, so that an error found
// at a JSON path ($.clients[3].decision.start) by the shared validation names the file, sheet, row and
// column instead (clients.xlsx, sheet clients, row 5, column decision.start (C)).
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/data/loader.h"

namespace rw {

// One sheet's columns: the header of each, and its 0-based index.
struct SheetColumns {
  std::string file;
  std::string sheet;  // empty for a CSV file
  std::vector<std::pair<std::string, int>> by_header;
  int header_row = 0;

  // The index of the column headed `header`, or -1.
  int find(std::string_view header) const;
};

// The rows of a list field of the input's records, given on a sheet of its own (clients.stays).
struct ListPlaces {
  std::string field;                  // "stays"
  SheetColumns columns;
  std::vector<std::vector<int>> rows;  // per record of the input, the row of each item of its list
};

struct InputPlaces {
  std::string input;      // the input's name
  bool is_list = true;    // a list of records ($.clients[3]); otherwise one record ($.opening_balance)
  SheetColumns columns;
  std::vector<int> rows;  // the row of each record (one row for a one-record input)
  std::vector<ListPlaces> lists;
};

struct PlacedError {
  std::string file;
  SheetPlace place;
};

// The file and sheet place of `json_path` (e.g. "$.clients[3].stays[0].period.end") inside the input
// `places` describes; nullopt when the path is not inside it.
std::optional<PlacedError> place_of(const InputPlaces& places, std::string_view json_path);

// "sheet clients, row 5, column decision.start (C)", leaving out what is not known ("row 5" in a CSV file).
std::string describe(const SheetPlace& place);

}  // namespace rw

#pragma once
// Finding and reading the data files a data path names: JSON, CSV and XLSX.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "lang/checked.h"

namespace rw {

struct DataFileList {
  std::vector<std::filesystem::path> files;
  std::optional<std::string> error;  // why `path` gives no files (then `files` is empty)
  // Entries of the folder named *.json, *.csv or *.xlsx that are no data file (a folder, a broken link), and why.
  std::vector<std::pair<std::filesystem::path, std::string>> not_files;
};

// `path` itself if it is a .json, .csv or .xlsx file, or every such file directly in the folder `path`,
// in byte-wise order of file name (and every other entry named so there, in `not_files`). Never throws.
DataFileList find_data_files(const std::filesystem::path& path);

enum class DataFileKind { Json, Csv, Xlsx };
// The kind of data file `file` is by its extension (.json, .csv, .xlsx); nullopt for any other.
std::optional<DataFileKind> data_file_kind(const std::filesystem::path& file);

// The whole content of `file`, or why it cannot be read. Never throws.
Checked<std::string> read_data_file(const std::filesystem::path& file);

}  // namespace rw

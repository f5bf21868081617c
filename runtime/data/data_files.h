#pragma once
// Finding and reading the JSON files a data path names.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "lang/checked.h"

namespace rw {

struct DataFileList {
  std::vector<std::filesystem::path> files;
  std::optional<std::string> error;  // why `path` gives no files (then `files` is empty)
  // Entries of the folder named *.json that are no data file (a folder, a broken link), and why.
  std::vector<std::pair<std::filesystem::path, std::string>> not_files;
};

// `path` itself if it is a .json file, or every *.json file directly in the folder `path`, in
// byte-wise order of file name (and every other *.json entry there, in `not_files`). Never throws.
DataFileList find_data_files(const std::filesystem::path& path);

// The whole content of `file`, or why it cannot be read. Never throws.
Checked<std::string> read_data_file(const std::filesystem::path& file);

}  // namespace rw

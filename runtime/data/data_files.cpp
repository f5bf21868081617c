#include "runtime/data/data_files.h"

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <sstream>
#include <system_error>

#include <fmt/format.h>

namespace rw {

namespace fs = std::filesystem;

namespace {

// True when `name` ends in ".json".
bool has_json_extension(const std::string& name) {
  constexpr std::string_view extension = ".json";
  return name.size() > extension.size() && name.compare(name.size() - extension.size(), extension.size(), extension) == 0;
}

// The *.json regular files directly in `folder` (following symbolic links), sorted by name.
DataFileList list_folder(const fs::path& folder) {
  DataFileList list;
  std::error_code error;
  fs::directory_iterator it(folder, error), end;
  for (; !error && it != end; it.increment(error)) {
    std::error_code status_error;
    if (has_json_extension(it->path().filename().string()) && it->is_regular_file(status_error)) {
      list.files.push_back(it->path());
    }
  }
  if (error) return DataFileList{{}, fmt::format("cannot list this folder: {}", error.message())};
  std::sort(list.files.begin(), list.files.end(),
            [](const fs::path& a, const fs::path& b) { return a.filename().string() < b.filename().string(); });
  if (list.files.empty()) list.error = "this folder has no .json files";
  return list;
}

}  // namespace

DataFileList find_data_files(const fs::path& path) {
  std::error_code error;
  fs::file_status status = fs::status(path, error);
  if (status.type() == fs::file_type::not_found) return DataFileList{{}, "no such data file or folder"};
  if (error) return DataFileList{{}, fmt::format("cannot access this path: {}", error.message())};
  if (fs::is_directory(status)) return list_folder(path);
  if (!fs::is_regular_file(status)) return DataFileList{{}, "this is neither a .json file nor a folder"};
  if (!has_json_extension(path.filename().string())) {
    return DataFileList{{}, "a data file must be a .json file (or give a folder of them)"};
  }
  return DataFileList{{path}, std::nullopt};
}

// The largest data file accepted: far above a whole country's clients (~40,000 records, tens of MB).
constexpr std::uintmax_t max_data_file_size = std::uintmax_t{1} << 30;

Checked<std::string> read_data_file(const fs::path& file) {
  std::error_code size_error;
  if (std::uintmax_t size = fs::file_size(file, size_error); !size_error && size > max_data_file_size) {
    return Checked<std::string>::fail("the file is larger than 1 GiB; split the data over several files in a folder");
  }
  errno = 0;
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::string reason = errno != 0 ? std::generic_category().message(errno) : "it cannot be opened";
    return Checked<std::string>::fail(fmt::format("cannot read this file: {}", reason));
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Checked<std::string>::fail("cannot read this file: reading failed");
  return Checked<std::string>::ok(text.str());
}

}  // namespace rw

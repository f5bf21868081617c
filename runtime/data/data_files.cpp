#include "runtime/data/data_files.h"

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <sstream>
#include <system_error>

#include <fmt/format.h>

#include "messages/say.h"

namespace rw {

namespace fs = std::filesystem;

namespace {

// True when `name` ends in `extension` and has more before it.
bool ends_in(const std::string& name, std::string_view extension) {
  return name.size() > extension.size() && name.compare(name.size() - extension.size(), extension.size(), extension) == 0;
}

// True when `name` is that of a data file: *.json, *.csv or *.xlsx.
bool has_data_extension(const std::string& name) { return data_file_kind(name).has_value(); }

// Why the folder entry `entry`, named *.json, is no data file, or "" when it is a regular file (or a
// symbolic link to one).
std::string why_not_a_file(const fs::directory_entry& entry) {
  std::error_code error;
  fs::file_status status = entry.status(error);
  if (fs::is_regular_file(status)) return "";
  if (status.type() == fs::file_type::not_found && entry.is_symlink(error)) {
    return say("this is a symbolic link to '{}', which does not exist; repair or remove the link",
                       fs::read_symlink(entry.path(), error).string());
  }
  if (status.type() == fs::file_type::not_found || error) {
    return error ? say("cannot access this entry: {}", error.message()) : say("cannot access this entry: it does not exist");
  }
  if (fs::is_directory(status)) {
    return say("this is a folder, not a data file; a data folder's *.json, *.csv and *.xlsx entries must be data files: "
               "move it out of the folder or rename it");
  }
  return say("this is not a regular file; a data folder's *.json, *.csv and *.xlsx entries must be data files: move it "
             "out of the folder or rename it");
}

// The data files (*.json, *.csv, *.xlsx) directly in `folder` (following symbolic links), sorted by name.
DataFileList list_folder(const fs::path& folder) {
  DataFileList list;
  std::error_code error;
  fs::directory_iterator it(folder, error), end;
  for (; !error && it != end; it.increment(error)) {
    if (!has_data_extension(it->path().filename().string())) continue;
    if (std::string problem = why_not_a_file(*it); !problem.empty()) {
      list.not_files.emplace_back(it->path(), std::move(problem));
    } else {
      list.files.push_back(it->path());
    }
  }
  if (error) return DataFileList{{}, say("cannot list this folder: {}", error.message()), {}};
  auto by_name = [](const auto& a, const auto& b) { return a.filename().string() < b.filename().string(); };
  std::sort(list.files.begin(), list.files.end(), by_name);
  std::sort(list.not_files.begin(), list.not_files.end(), [&](const auto& a, const auto& b) { return by_name(a.first, b.first); });
  if (list.files.empty() && list.not_files.empty()) list.error = say("this folder has no data files (.json, .csv or .xlsx)");
  return list;
}

}  // namespace

std::optional<DataFileKind> data_file_kind(const fs::path& file) {
  std::string name = file.filename().string();
  if (ends_in(name, ".json")) return DataFileKind::Json;
  if (ends_in(name, ".csv")) return DataFileKind::Csv;
  if (ends_in(name, ".xlsx")) return DataFileKind::Xlsx;
  return std::nullopt;
}

DataFileList find_data_files(const fs::path& path) {
  std::error_code error;
  fs::file_status status = fs::status(path, error);
  if (status.type() == fs::file_type::not_found) return DataFileList{{}, say("no such data file or folder"), {}};
  if (error) return DataFileList{{}, say("cannot access this path: {}", error.message()), {}};
  if (fs::is_directory(status)) return list_folder(path);
  if (!fs::is_regular_file(status)) return DataFileList{{}, say("this is neither a data file nor a folder"), {}};
  if (!has_data_extension(path.filename().string())) {
    return DataFileList{{}, say("a data file must be a .json, .csv or .xlsx file (or give a folder of them)"), {}};
  }
  return DataFileList{{path}, std::nullopt, {}};
}

// The largest data file accepted: far above a whole country's clients (~40,000 records, tens of MB).
constexpr std::uintmax_t max_data_file_size = std::uintmax_t{1} << 30;

Checked<std::string> read_data_file(const fs::path& file) {
  std::error_code size_error;
  if (std::uintmax_t size = fs::file_size(file, size_error); !size_error && size > max_data_file_size) {
    return Checked<std::string>::fail(say("the file is larger than 1 GiB; split the data over several files in a folder"));
  }
  errno = 0;
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return Checked<std::string>::fail(errno != 0 ? say("cannot read this file: {}", std::generic_category().message(errno))
                                                 : say("cannot read this file: it cannot be opened"));
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Checked<std::string>::fail(say("cannot read this file: reading failed"));
  return Checked<std::string>::ok(text.str());
}

}  // namespace rw

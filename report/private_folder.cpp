#include "report/private_folder.h"

#include <cerrno>
#include <cstring>
#include <fstream>

#include "messages/say.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <stdlib.h>
#endif

namespace rw {

#ifdef _WIN32

// A new folder in the user's own temporary folder (%TEMP%, which only that user may read): a name no one
// else has taken, since create_directory fails on an existing one.
std::optional<PrivateFolder> PrivateFolder::make(std::string& problem) {
  std::error_code error;
  std::filesystem::path base = std::filesystem::temp_directory_path(error);
  if (error) {
    problem = say("cannot make a private temporary folder: {} (is TEMP set?)", error.message());
    return std::nullopt;
  }
  for (unsigned attempt = 0; attempt < 1000; ++attempt) {
    std::filesystem::path folder = base / ("regelwerk-" + std::to_string(GetCurrentProcessId()) + "-" + std::to_string(attempt));
    if (std::filesystem::create_directory(folder, error)) return PrivateFolder(folder);
    if (error) break;
  }
  problem = error ? say("cannot make a private temporary folder in {}: {}", base.string(), error.message())
                  : say("cannot make a private temporary folder in {}", base.string());
  return std::nullopt;
}

#else

std::optional<PrivateFolder> PrivateFolder::make(std::string& problem) {
  std::error_code error;
  std::filesystem::path base = std::filesystem::temp_directory_path(error);
  if (error) base = "/tmp";
  std::string pattern = (base / "regelwerk-XXXXXX").string();
  if (!mkdtemp(pattern.data())) {  // mkdtemp makes it with mode 0700
    problem = say("cannot make a private temporary folder: {}", std::strerror(errno));
    return std::nullopt;
  }
  return PrivateFolder(pattern);
}

#endif

PrivateFolder::~PrivateFolder() {
  if (path_.empty()) return;
  std::error_code ignored;  // nothing can be done about a folder the system will not remove
  std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path PrivateFolder::write(const std::string& name, const std::string& bytes, std::string& problem) const {
  std::filesystem::path file = path_ / safe_file_name(name);
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    problem = say("cannot write {} (is the temporary folder full?)", file.string());
    return {};
  }
  return file;
}

std::string safe_file_name(const std::string& name) {
  std::string base = name.substr(name.find_last_of("/\\") == std::string::npos ? 0 : name.find_last_of("/\\") + 1);
  for (char& c : base) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
    if (!plain) c = '_';
  }
  if (base.empty() || base.find_first_not_of('.') == std::string::npos) return "upload";
  return base;
}

}  // namespace rw

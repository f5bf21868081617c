#pragma once
// A folder only this process can read (mode 0700) under the system's temporary folder, removed with
// everything in it when the object goes: where a workbook is made, and where the workbench keeps uploads
// and drafts while it answers a request.
#include <filesystem>
#include <optional>
#include <string>

namespace rw {

class PrivateFolder {
 public:
  // Makes a new folder; nullopt (with `problem` set) when the system gives none.
  static std::optional<PrivateFolder> make(std::string& problem);
  PrivateFolder(PrivateFolder&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
  PrivateFolder(const PrivateFolder&) = delete;
  PrivateFolder& operator=(const PrivateFolder&) = delete;
  PrivateFolder& operator=(PrivateFolder&& other) noexcept {  // `other` then removes this one's folder
    path_.swap(other.path_);
    return *this;
  }
  ~PrivateFolder();

  const std::filesystem::path& path() const { return path_; }
  // Writes `bytes` to the file `name` in the folder (a plain file name: no folders); its path, or "" with `problem` set.
  std::filesystem::path write(const std::string& name, const std::string& bytes, std::string& problem) const;

 private:
  explicit PrivateFolder(std::filesystem::path path) : path_(std::move(path)) {}
  std::filesystem::path path_;
};

// `name` reduced to a plain file name of letters, digits, '.', '-' and '_' (others become '_'), never
// "", "." or "..": what a browser sends as an upload's name can never point elsewhere.
std::string safe_file_name(const std::string& name);

}  // namespace rw

#include "report/output_target.h"

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

#include <fmt/format.h>

namespace rw {

namespace {

// What a file that is not a regular file is, in words.
std::string kind_of(const struct stat& status) {
  if (S_ISDIR(status.st_mode)) return "a folder";
  if (S_ISLNK(status.st_mode)) return "a symbolic link";
  if (S_ISCHR(status.st_mode)) return "a character device";
  if (S_ISBLK(status.st_mode)) return "a block device";
  if (S_ISFIFO(status.st_mode)) return "a named pipe (fifo)";
  if (S_ISSOCK(status.st_mode)) return "a socket";
  return "not a regular file";
}

}  // namespace

std::string output_target_problem(const std::filesystem::path& target, const std::vector<RunInput>& inputs) {
  struct stat status {};
  if (::lstat(target.c_str(), &status) != 0) {
    if (errno == ENOENT) return "";  // a new file; whether its folder exists shows when it is created
    return fmt::format("cannot write {}: {}", target.string(), std::strerror(errno));
  }
  if (S_ISLNK(status.st_mode)) {
    std::error_code error;
    std::filesystem::path points_to = std::filesystem::read_symlink(target, error);
    return fmt::format("will not write {}: it is a symbolic link{}, and writing would replace the link itself; "
                       "give the file it points to, or a new name",
                       target.string(), error ? "" : " to " + points_to.string());
  }
  if (!S_ISREG(status.st_mode)) {
    return fmt::format("will not write {}: it is {}, not a regular file, and writing would replace it; give a file name",
                       target.string(), kind_of(status));
  }
  for (const RunInput& input : inputs) {
    struct stat input_status {};
    if (::stat(input.path.c_str(), &input_status) != 0) continue;
    if (input_status.st_dev != status.st_dev || input_status.st_ino != status.st_ino) continue;
    std::string same = input.path == target ? "" : fmt::format(" ({})", input.path.string());
    return fmt::format("will not write {}: it is {}{} that this run reads, and writing would replace it; choose another file name",
                       target.string(), input.role, same);
  }
  return "";
}

}  // namespace rw

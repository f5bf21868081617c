#include "report/output_target.h"

#include <system_error>

#include <fmt/format.h>

#include "messages/say.h"

namespace rw {

namespace fs = std::filesystem;

namespace {

// What a file that is not a regular file is, in words.
std::string kind_of(fs::file_type type) {
  switch (type) {
    case fs::file_type::directory: return say("a folder");
    case fs::file_type::symlink: return say("a symbolic link");
    case fs::file_type::character: return say("a character device");
    case fs::file_type::block: return say("a block device");
    case fs::file_type::fifo: return say("a named pipe (fifo)");
    case fs::file_type::socket: return say("a socket");
    case fs::file_type::none:
    case fs::file_type::not_found:
    case fs::file_type::regular:
    case fs::file_type::unknown: return say("not a regular file");
  }
  return say("not a regular file");
}

}  // namespace

// Portable through std::filesystem: `equivalent` compares device and inode on POSIX, and volume and file
// index on Windows; `symlink_status` does not follow a link (nor a Windows symbolic link or junction).
std::string output_target_problem(const fs::path& target, const std::vector<RunInput>& inputs) {
  std::error_code error;
  fs::file_status status = fs::symlink_status(target, error);
  if (status.type() == fs::file_type::not_found) return "";  // a new file; whether its folder exists shows when it is created
  if (error) return say("cannot write {}: {}", target.string(), error.message());
  if (status.type() == fs::file_type::symlink) {
    fs::path points_to = fs::read_symlink(target, error);
    if (error) {
      return say("will not write {}: it is a symbolic link, and writing would replace the link itself; "
                 "give the file it points to, or a new name", target.string());
    }
    return say("will not write {}: it is a symbolic link to {}, and writing would replace the link itself; "
               "give the file it points to, or a new name", target.string(), points_to.string());
  }
  if (status.type() != fs::file_type::regular) {
    return say("will not write {}: it is {}, not a regular file, and writing would replace it; give a file name", target.string(),
               kind_of(status.type()));
  }
  for (const RunInput& input : inputs) {
    if (!fs::equivalent(input.path, target, error) || error) continue;
    std::string same = input.path == target ? "" : fmt::format(" ({})", input.path.string());
    return say("will not write {}: it is {}{} that this run reads, and writing would replace it; choose another file name",
               target.string(), tr(input.role), same);  // the role is marked with to_translate where it is given
  }
  return "";
}

}  // namespace rw

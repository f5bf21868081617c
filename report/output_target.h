#pragma once
// Whether a file may be written: never over a file the run read (compared by device and inode, on Windows by volume and file index, so
// any spelling of the path and any hard link is caught), never over what is not a regular file.
#include <filesystem>
#include <string>
#include <vector>

namespace rw {

// A file the run read, with what it was for the messages ("the rule file", "a data file").
struct RunInput {
  std::filesystem::path path;
  std::string role;
};

// Why writing `target` would destroy something: it exists and is not a regular file (a symbolic
// link, a device, a fifo, a folder), or it is one of `inputs`; "" when it may be written.
std::string output_target_problem(const std::filesystem::path& target, const std::vector<RunInput>& inputs);

}  // namespace rw

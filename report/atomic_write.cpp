#include "report/atomic_write.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rw {

std::string write_file_atomically(const std::filesystem::path& path, const std::string& content,
                                  const std::vector<RunInput>& inputs) {
  if (std::string problem = output_target_problem(path, inputs); !problem.empty()) return problem;
  std::filesystem::path temporary = path;
  temporary += ".tmp-XXXXXX";
  std::string pattern = temporary.string();
  int fd = mkstemp(pattern.data());
  if (fd < 0) return "cannot create a file next to " + path.string() + ": " + std::strerror(errno);
  std::size_t written = 0;
  while (written < content.size()) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      std::string error = std::strerror(errno);
      ::close(fd);
      ::unlink(pattern.c_str());
      return "cannot write " + path.string() + ": " + error;
    }
    written += static_cast<std::size_t>(n);
  }
  bool ok = ::fchmod(fd, 0644) == 0 && ::fsync(fd) == 0;
  ok = (::close(fd) == 0) && ok;
  if (!ok || std::rename(pattern.c_str(), path.c_str()) != 0) {
    std::string error = std::strerror(errno);
    ::unlink(pattern.c_str());
    return "cannot write " + path.string() + ": " + error;
  }
  return "";
}

}  // namespace rw

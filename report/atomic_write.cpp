#include "report/atomic_write.h"

#include "messages/say.h"

#ifdef _WIN32
#include <algorithm>
#include <windows.h>
#else
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace rw {

namespace {

#ifdef _WIN32

// The system's message for a Win32 error code, in the user's language, without the trailing line break.
std::string windows_error(DWORD code) {
  wchar_t* text = nullptr;
  DWORD length = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                                nullptr, code, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
  std::string message = length ? std::filesystem::path(std::wstring(text, length)).string() : say("error {}", code);
  if (text) LocalFree(text);
  while (!message.empty() && (message.back() == '\n' || message.back() == '\r' || message.back() == '.')) message.pop_back();
  return message;
}

// Writes `content` to a new file beside `path`, flushes it to disk and moves it over `path` with
// MoveFileExW (replacing an existing file in one step); returns why not, or "" on success.
std::string write_then_replace(const std::filesystem::path& path, const std::string& content) {
  std::wstring temporary;
  HANDLE file = INVALID_HANDLE_VALUE;
  for (unsigned attempt = 0; file == INVALID_HANDLE_VALUE && attempt < 100; ++attempt) {
    temporary = path.wstring() + L".tmp-" + std::to_wstring(GetCurrentProcessId()) + L"-" + std::to_wstring(attempt);
    file = CreateFileW(temporary.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE && GetLastError() != ERROR_FILE_EXISTS) break;
  }
  if (file == INVALID_HANDLE_VALUE) return say("cannot create a file next to {}: {}", path.string(), windows_error(GetLastError()));
  std::size_t written = 0;
  bool ok = true;
  while (ok && written < content.size()) {
    DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(content.size() - written, 1u << 30));
    DWORD done = 0;
    ok = WriteFile(file, content.data() + written, chunk, &done, nullptr) != 0;
    written += done;
  }
  ok = ok && FlushFileBuffers(file) != 0;
  DWORD error = ok ? 0 : GetLastError();
  CloseHandle(file);
  if (ok && !MoveFileExW(temporary.c_str(), path.wstring().c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
    ok = false;
    error = GetLastError();
  }
  if (!ok) {
    DeleteFileW(temporary.c_str());
    return say("cannot write {}: {}", path.string(), windows_error(error));
  }
  return "";
}

#else

// Writes `content` to a new file beside `path` (mkstemp), fsyncs it and renames it over `path`;
// returns why not, or "" on success.
std::string write_then_replace(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::path temporary = path;
  temporary += ".tmp-XXXXXX";
  std::string pattern = temporary.string();
  int fd = mkstemp(pattern.data());
  if (fd < 0) return say("cannot create a file next to {}: {}", path.string(), std::strerror(errno));
  std::size_t written = 0;
  while (written < content.size()) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      std::string error = std::strerror(errno);
      ::close(fd);
      ::unlink(pattern.c_str());
      return say("cannot write {}: {}", path.string(), error);
    }
    written += static_cast<std::size_t>(n);
  }
  bool ok = ::fchmod(fd, 0644) == 0 && ::fsync(fd) == 0;
  ok = (::close(fd) == 0) && ok;
  if (!ok || std::rename(pattern.c_str(), path.c_str()) != 0) {
    std::string error = std::strerror(errno);
    ::unlink(pattern.c_str());
    return say("cannot write {}: {}", path.string(), error);
  }
  return "";
}

#endif

}  // namespace

std::string write_file_atomically(const std::filesystem::path& path, const std::string& content,
                                  const std::vector<RunInput>& inputs) {
  if (std::string problem = output_target_problem(path, inputs); !problem.empty()) return problem;
  return write_then_replace(path, content);
}

}  // namespace rw

#pragma once
// Writes a file all at once: to a temporary file beside it, then renamed over it. A failure leaves
// any existing file untouched and no temporary file behind.
#include <filesystem>
#include <string>

namespace rw {

// Writes `content` to `path` atomically; returns an error message, or "" on success.
std::string write_file_atomically(const std::filesystem::path& path, const std::string& content);

}  // namespace rw

#pragma once
// Writes a file all at once: to a temporary file beside it, then renamed over it. A failure leaves
// any existing file untouched and no temporary file behind; so does a refusal (see output_target.h).
#include <filesystem>
#include <string>
#include <vector>

#include "report/output_target.h"

namespace rw {

// Writes `content` to `path` atomically unless `path` is one of `inputs` or exists and is not a
// regular file; returns why not, or "" on success.
std::string write_file_atomically(const std::filesystem::path& path, const std::string& content,
                                  const std::vector<RunInput>& inputs = {});

}  // namespace rw

#pragma once
// Where a subcommand's output goes: standard output, or a file written atomically (--out).
#include <string>

namespace rw {

// Writes `text` to stdout, or atomically to `path` when it is not empty; returns the exit code.
int emit(const std::string& text, const std::string& path);

}  // namespace rw

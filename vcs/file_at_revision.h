#pragma once
// A file as it was committed at a git revision, read with libgit2 (no git process, no shell): the
// repository is found from the file's folder upwards, so any path works, absolute or relative, from
// any working directory.
#include <filesystem>
#include <string>

namespace rw {

// The bytes of a file at a revision, or why they cannot be read.
struct FileAtRevision {
  std::string text;   // the file as committed, when `error` is empty
  std::string error;  // for people: not in a repository, no such revision, not in that revision
};

// `file` (as on disk now) at `revision`: anything git accepts, e.g. HEAD, HEAD~1, a branch, a tag, a commit.
FileAtRevision read_file_at_revision(const std::filesystem::path& file, const std::string& revision);

}  // namespace rw

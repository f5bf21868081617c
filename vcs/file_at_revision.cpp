#include "vcs/file_at_revision.h"

#include <memory>
#include <system_error>

#include <fmt/format.h>
#include <git2.h>

#include "messages/say.h"

namespace rw {

namespace {

namespace fs = std::filesystem;

// libgit2 is initialised for as long as one of these lives.
struct Libgit2 {
  Libgit2() { git_libgit2_init(); }
  ~Libgit2() { git_libgit2_shutdown(); }
  Libgit2(const Libgit2&) = delete;
  Libgit2& operator=(const Libgit2&) = delete;
};

// Owners of libgit2 objects, freed with the matching function.
template <typename T, void (*Free)(T*)>
struct Freer {
  void operator()(T* object) const { Free(object); }
};
using Repository = std::unique_ptr<git_repository, Freer<git_repository, git_repository_free>>;
using Object = std::unique_ptr<git_object, Freer<git_object, git_object_free>>;
using TreeEntry = std::unique_ptr<git_tree_entry, Freer<git_tree_entry, git_tree_entry_free>>;

// libgit2's message for the last failure.
std::string last_git_error() {
  const git_error* error = git_error_last();
  return error && error->message ? error->message : say("unknown libgit2 error");
}

// `path` made absolute, with symbolic links and `..` resolved as far as it exists.
fs::path resolved(const fs::path& path) {
  std::error_code ignored;
  fs::path result = fs::weakly_canonical(fs::absolute(path), ignored);
  return result.empty() ? fs::absolute(path).lexically_normal() : result;
}

}  // namespace

FileAtRevision read_file_at_revision(const fs::path& file, const std::string& revision) {
  Libgit2 libgit2;
  fs::path absolute = resolved(file);
  std::string folder = absolute.parent_path().string();
  git_repository* opened = nullptr;
  if (int failed = git_repository_open_ext(&opened, folder.c_str(), 0, nullptr); failed == GIT_ENOTFOUND) {
    return {"", say("{} is not inside a git repository (none found in {} or a folder above it): "
                    "give two files instead, `diff OLD.regels NEW.regels`", file.string(), folder)};
  } else if (failed != 0) {
    return {"", say("cannot open the git repository above {}: {}", folder, last_git_error())};
  }
  Repository repository(opened);
  const char* workdir = git_repository_workdir(repository.get());
  if (!workdir) return {"", say("the git repository at {} has no work tree (it is bare)", git_repository_path(repository.get()))};
  fs::path top = resolved(workdir);
  fs::path relative = absolute.lexically_relative(top);
  if (relative.empty() || *relative.begin() == "..") {
    return {"", say("{} is not inside the work tree {} of its git repository", file.string(), top.string())};
  }
  std::string in_repository = relative.generic_string();

  git_object* found = nullptr;
  if (git_revparse_single(&found, repository.get(), revision.c_str()) != 0) {
    return {"", say("the git repository at {} has no revision '{}' ({}); give a commit, a branch, a tag, HEAD or HEAD~1",
                    top.string(), revision, last_git_error())};
  }
  Object target(found);
  git_object* peeled = nullptr;
  if (git_object_peel(&peeled, target.get(), GIT_OBJECT_TREE) != 0) {
    return {"", say("revision '{}' is not a commit, a tag or a tree ({})", revision, last_git_error())};
  }
  Object tree(peeled);
  git_tree_entry* entry = nullptr;
  if (git_tree_entry_bypath(&entry, reinterpret_cast<git_tree*>(tree.get()), in_repository.c_str()) != 0) {
    return {"", say("{} is not in revision '{}' (the file did not exist there under this name)", in_repository, revision)};
  }
  TreeEntry owned_entry(entry);
  if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB) {
    return {"", say("{} is not a file in revision '{}'", in_repository, revision)};
  }
  git_object* blob_object = nullptr;
  if (git_tree_entry_to_object(&blob_object, repository.get(), entry) != 0) {
    return {"", say("cannot read {} at revision '{}' ({})", in_repository, revision, last_git_error())};
  }
  Object blob(blob_object);
  const git_blob* contents = reinterpret_cast<const git_blob*>(blob.get());
  return {std::string(static_cast<const char*>(git_blob_rawcontent(contents)), static_cast<std::size_t>(git_blob_rawsize(contents))), ""};
}

}  // namespace rw

// Where uploads and drafts live: a folder only this process can read, gone with everything in it
// afterwards, and file names from a browser that can never point outside it.
#include "report/private_folder.h"

#include <sys/stat.h>

#include <fstream>

#include <gtest/gtest.h>

namespace rw {
namespace {

TEST(PrivateFolder, IsReadableByItsOwnerOnlyAndRemovedWithItsFiles) {
  std::filesystem::path kept;
  {
    std::string problem;
    auto folder = PrivateFolder::make(problem);
    ASSERT_TRUE(folder) << problem;
    kept = folder->path();
    struct stat info {};
    ASSERT_EQ(stat(kept.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0700u);
    std::filesystem::path file = folder->write("clients.csv", "id\nCG-0001\n", problem);
    ASSERT_FALSE(file.empty()) << problem;
    EXPECT_EQ(file.parent_path(), kept);
    std::ifstream in(file);
    std::string first;
    std::getline(in, first);
    EXPECT_EQ(first, "id");
  }
  EXPECT_FALSE(std::filesystem::exists(kept));
}

TEST(PrivateFolder, MovedFolderIsRemovedOnceByItsLastOwner) {
  std::string problem;
  auto folder = PrivateFolder::make(problem);
  ASSERT_TRUE(folder) << problem;
  std::filesystem::path path = folder->path();
  {
    PrivateFolder moved(std::move(*folder));
    EXPECT_TRUE(std::filesystem::exists(path));
  }
  EXPECT_FALSE(std::filesystem::exists(path));
}

// What a browser may send as a file's name, and the plain name it is written under.
struct NameCase {
  const char* sent;
  const char* written;
};

const NameCase names[] = {
    {"clients.xlsx", "clients.xlsx"},
    {"../../etc/passwd", "passwd"},
    {"C:\\Users\\beleid\\data 2025.xlsx", "data_2025.xlsx"},
    {"/tmp/x.csv", "x.csv"},
    {"..", "upload"},
    {".", "upload"},
    {"", "upload"},
    {"a/", "upload"},
    {"cliënten.csv", "cli__nten.csv"},  // ë is two bytes in UTF-8, each replaced
};

TEST(SafeFileName, KeepsOnlyAPlainNameInsideTheFolder) {
  for (const NameCase& c : names) EXPECT_EQ(safe_file_name(c.sent), c.written) << c.sent;
}

}  // namespace
}  // namespace rw

// Writing output files: a CSV text cell never becomes a formula; a file is never written over an
// input of the run or over anything that is not a regular file, and a refusal changes nothing.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "report/atomic_write.h"
#include "report/csv_field.h"
#include "report/output_target.h"

namespace rw {
namespace {

namespace fs = std::filesystem;

TEST(CsvField, QuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(csv_field("CG-0001"), "CG-0001");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field(""), "");
}

TEST(CsvField, TextThatASpreadsheetWouldRunIsWrittenAsText) {
  EXPECT_EQ(csv_field("=1+2"), "\"'=1+2\"");
  EXPECT_EQ(csv_field("+31 6 12345678"), "\"'+31 6 12345678\"");
  EXPECT_EQ(csv_field("-2+3"), "\"'-2+3\"");
  EXPECT_EQ(csv_field("@SUM(A1)"), "\"'@SUM(A1)\"");
  EXPECT_EQ(csv_field("\t=1"), "\"'\t=1\"");
  EXPECT_EQ(csv_field("\r=1"), "\"'\r=1\"");
  EXPECT_EQ(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(csv_field("a=1"), "a=1");  // only the first character makes a formula
}

// A fresh folder for one test, removed afterwards.
class OutputTarget : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() / ("regelwerk-output-" + std::to_string(::getpid()) + "-" +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }

  fs::path file(const std::string& name, const std::string& content) {
    std::ofstream(folder_ / name, std::ios::binary) << content;
    return folder_ / name;
  }
  static std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }
  std::size_t entries() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder_), {})); }

  fs::path folder_;
};

TEST_F(OutputTarget, ANewOrOtherRegularFileMayBeWritten) {
  fs::path data = file("clients.json", "{}");
  fs::path other = file("settlement.csv", "old");
  EXPECT_EQ(output_target_problem(folder_ / "new.csv", {{data, "a data file"}}), "");
  EXPECT_EQ(write_file_atomically(other, "new", {{data, "a data file"}}), "");
  EXPECT_EQ(read(other), "new");
}

TEST_F(OutputTarget, AnInputIsRecognisedByIdentityNotSpelling) {
  fs::path data = file("clients.json", "{\"clients\": []}");
  std::vector<RunInput> inputs{{data, "a data file"}};
  std::string same = output_target_problem(data, inputs);
  EXPECT_NE(same.find("it is a data file that this run reads"), std::string::npos) << same;
  fs::path respelled = folder_ / "." / ".." / folder_.filename() / "clients.json";
  std::string other_spelling = output_target_problem(respelled, inputs);
  EXPECT_NE(other_spelling.find("it is a data file (" + data.string() + ")"), std::string::npos) << other_spelling;
  fs::create_hard_link(data, folder_ / "hard-link.json");
  EXPECT_NE(output_target_problem(folder_ / "hard-link.json", inputs).find("a data file"), std::string::npos);
  // Refused: the input keeps its bytes, and no temporary file is left.
  EXPECT_NE(write_file_atomically(respelled, "settlement", inputs), "");
  EXPECT_EQ(read(data), "{\"clients\": []}");
  EXPECT_EQ(entries(), 2u);  // clients.json and hard-link.json
}

TEST_F(OutputTarget, WhatIsNotARegularFileIsNeverReplaced) {
  fs::path target = file("target.txt", "kept");
  fs::create_symlink("target.txt", folder_ / "link.txt");
  std::string link = write_file_atomically(folder_ / "link.txt", "new");
  EXPECT_NE(link.find("it is a symbolic link to target.txt"), std::string::npos) << link;
  EXPECT_TRUE(fs::is_symlink(folder_ / "link.txt"));
  EXPECT_EQ(read(target), "kept");
  fs::create_symlink("nowhere.txt", folder_ / "dangling.txt");
  EXPECT_NE(write_file_atomically(folder_ / "dangling.txt", "new").find("symbolic link"), std::string::npos);
  EXPECT_FALSE(fs::exists(folder_ / "nowhere.txt"));
  fs::create_directory(folder_ / "folder");
  EXPECT_NE(write_file_atomically(folder_ / "folder", "new").find("it is a folder"), std::string::npos);
  ASSERT_EQ(::mkfifo((folder_ / "pipe").c_str(), 0600), 0);
  EXPECT_NE(write_file_atomically(folder_ / "pipe", "new").find("a named pipe"), std::string::npos);
  EXPECT_EQ(fs::status(folder_ / "pipe").type(), fs::file_type::fifo);
  EXPECT_NE(output_target_problem("/dev/null", {}).find("a character device"), std::string::npos);
  EXPECT_EQ(entries(), 5u);  // target, link, dangling link, folder, pipe: nothing added
}

}  // namespace
}  // namespace rw

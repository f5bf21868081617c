// Loading a data path: one file or a folder of them, every input exactly once, errors capped.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "runtime/data/loader.h"
#include "test_model.h"

namespace rw {
namespace {

namespace fs = std::filesystem;

// A fresh temporary folder per test, removed afterwards.
class DataFolder : public ::testing::Test {
 protected:
  fs::path dir;

  void SetUp() override {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    dir = fs::temp_directory_path() /
          ("regelwerk-data-" + std::to_string(::getpid()) + "-" + test->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }

  // Writes `text` to the file `name` in the folder and returns its path as a string.
  std::string write(const std::string& name, const std::string& text) {
    std::ofstream(dir / name, std::ios::binary) << text;
    return (dir / name).string();
  }
};

TEST_F(DataFolder, MergesTheJsonFilesOfAFolder) {
  std::string clients = write("clients.json", R"({"clients": []})");
  std::string rate = write("rate.json", R"({"rate": "0.025"})");
  write("notes.txt", "not data");
  fs::create_directories(dir / "old");  // a folder without the .json extension is not looked at

  LoadResult result = load_data(test::client_model(), dir);
  ASSERT_TRUE(result.errors.empty()) << render(result.errors.at(0));
  ASSERT_TRUE(result.data);
  EXPECT_EQ(result.data->input_files, (std::vector<std::string>{clients, rate}));
  EXPECT_EQ(std::get<Rational>(result.data->inputs[1]), Rational::fraction(1, 40));
  EXPECT_TRUE(std::get<ListPtr>(result.data->inputs[0])->items.empty());
}

// A folder or a broken symbolic link named *.json is reported for what it is, not skipped (which made
// its input "missing").
TEST_F(DataFolder, ReportsAFolderNamedLikeADataFile) {
  write("clients.json", R"({"clients": []})");
  fs::create_directories(dir / "rate.json");
  LoadResult result = load_data(test::client_model(), dir);
  ASSERT_EQ(result.errors.size(), 1u);  // and no "missing input 'rate'"
  EXPECT_EQ(render(result.errors[0]), (dir / "rate.json").string() + ": error: this is a folder, not a data file; a data "
                                      "folder's *.json, *.csv and *.xlsx entries must be data files: move it out of the folder or rename it\n");
  EXPECT_FALSE(result.data);
}

TEST_F(DataFolder, ReportsABrokenSymbolicLinkNamedLikeADataFile) {
  write("clients.json", R"({"clients": []})");
  fs::create_symlink(dir / "gone.json", dir / "rate.json");
  LoadResult result = load_data(test::client_model(), dir);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(render(result.errors[0]), (dir / "rate.json").string() + ": error: this is a symbolic link to '" +
                                      (dir / "gone.json").string() + "', which does not exist; repair or remove the link\n");
}

TEST_F(DataFolder, LoadsASingleFile) {
  std::string file = write("all.json", R"({"rate": 1, "clients": []})");
  LoadResult result = load_data(test::client_model(), file);
  ASSERT_TRUE(result.errors.empty()) << render(result.errors.at(0));
  EXPECT_EQ(result.data->input_files, (std::vector<std::string>{file, file}));
}

TEST_F(DataFolder, ReadsFilesInByteWiseNameOrder) {
  // Byte-wise: "10.json" < "9.json" < "B.json" < "a.json"; the first file to give an input keeps it.
  std::string a = write("a.json", R"({"rate": 4})");
  std::string upper_b = write("B.json", R"({"rate": 3})");
  std::string nine = write("9.json", R"({"rate": 2})");
  std::string ten = write("10.json", R"({"rate": 1, "clients": []})");

  LoadResult result = load_data(test::client_model(), dir);
  ASSERT_EQ(result.errors.size(), 3u);
  EXPECT_EQ(result.errors[0].file, nine);
  EXPECT_EQ(result.errors[1].file, upper_b);
  EXPECT_EQ(result.errors[2].file, a);
  EXPECT_EQ(render(result.errors[0]), nine + ": $.rate: error: input 'rate' is given in both " + ten + " and " + nine + "\n");
  EXPECT_FALSE(result.data);
}

TEST_F(DataFolder, ReportsAnInputGivenByTwoFilesNamingBoth) {
  std::string first = write("a.json", R"({"rate": 1, "clients": []})");
  std::string second = write("b.json", R"({"rate": 2})");
  LoadResult result = load_data(test::client_model(), dir);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].file, second);
  EXPECT_EQ(json_path(result.errors[0]), "$.rate");
  EXPECT_EQ(result.errors[0].message, "input 'rate' is given in both " + first + " and " + second);
}

TEST_F(DataFolder, ReportsEveryMissingInput) {
  write("a.json", R"({"rate": 1})");
  LoadResult result = load_data(test::client_model(), dir);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(render(result.errors[0]), dir.string() + ": error: missing input 'clients' (declared as list of Client)\n");

  write("a.json", "{}");
  EXPECT_EQ(load_data(test::client_model(), dir).errors.size(), 2u);
}

TEST_F(DataFolder, DoesNotGuessMissingInputsWhenAFileIsInvalid) {
  write("a.json", R"({"rate": 1)");
  LoadResult result = load_data(test::client_model(), dir);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].file, (dir / "a.json").string());
  EXPECT_NE(result.errors[0].message.find("invalid JSON at line 1, column 11"), std::string::npos)
      << result.errors[0].message;
}

TEST_F(DataFolder, CapsTheErrorsAtOneHundred) {
  std::string clients;
  for (int i = 0; i < 150; ++i) {
    clients += std::string(i == 0 ? "" : ",") + R"({"id": "X", "product": "BW", "start": "2023-02-30", "stays": []})";
  }
  write("data.json", R"({"rate": 1, "clients": [)" + clients + "]}");
  LoadResult result = load_data(test::client_model(), dir);
  ASSERT_EQ(result.errors.size(), 101u);
  EXPECT_EQ(json_path(result.errors[99]), "$.clients[99].start");
  EXPECT_EQ(render(result.errors[100]), dir.string() + ": error: ... and 50 more errors\n");
}

TEST_F(DataFolder, ExplainsPathsThatGiveNoData) {
  std::string text_file = write("data.txt", R"({"rate": 1, "clients": []})");
  EXPECT_EQ(render(load_data(test::client_model(), text_file).errors.at(0)),
            text_file + ": error: a data file must be a .json, .csv or .xlsx file (or give a folder of them)\n");

  EXPECT_EQ(render(load_data(test::client_model(), dir).errors.at(0)),
            dir.string() + ": error: this folder has no data files (.json, .csv or .xlsx)\n");

  std::string missing = (dir / "nowhere").string();
  LoadResult result = load_data(test::client_model(), missing);
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(render(result.errors[0]), missing + ": error: no such data file or folder\n");
}

}  // namespace
}  // namespace rw

namespace rw {
namespace {

// The client model with its clients keyed by id (so their stays may come from a sheet of their own).
ModelTables keyed_client_model() {
  ModelTables model = test::client_model();
  model.inputs[0].key_fields = {0};
  return model;
}

// CSV files beside JSON in one folder, Dutch and in Windows-1252 as declared: 0xEB is ë, 0x80 €.
TEST_F(DataFolder, ReadsCsvFilesInTheDeclaredDialectAndEncoding) {
  std::string clients = write("clients.csv", "\xEF\xBB\xBFid;product;start;fee\r\nCli\xEBnt-1;BW;31-01-2020;\x80 6.000,50\r\n");
  write("clients.stays.csv", "id;municipality;period.start;period.end\r\nCli\xEBnt-1;B;31-01-2020;\r\n");
  write("rate.json", R"({"rate": "0.025"})");
  LoadResult result = load_data(keyed_client_model(), dir, DataOptions{LiteralDialect::Dutch, TextEncoding::Windows1252});
  ASSERT_TRUE(result.errors.empty()) << render(result.errors.at(0));
  EXPECT_EQ(result.data->input_files[0], clients);
  const RecordValue& client = *std::get<RecordPtr>(std::get<ListPtr>(result.data->inputs[0])->items.at(0));
  EXPECT_EQ(std::get<std::string>(client.fields[0]), "Cli\xC3\xABnt-1");
  EXPECT_EQ(std::get<Date>(client.fields[2]), *Date::from_ymd(2020, 1, 31));
  EXPECT_EQ(std::get<Rational>(client.fields[3]), Rational::fraction(600050, 100));  // € 6.000,50
  const auto& stays = std::get<ListPtr>(client.fields[4])->items;
  ASSERT_EQ(stays.size(), 1u);
  EXPECT_EQ(std::get<Period>(std::get<RecordPtr>(stays[0])->fields[1]), (Period{*Date::from_ymd(2020, 1, 31), std::nullopt}));
}

TEST_F(DataFolder, RefusesCsvThatIsNotTheDeclaredEncoding) {
  std::string clients = write("clients.csv", "id,product,start\nCli\xEBnt-1,BW,2020-01-31\n");
  LoadResult result = load_data(keyed_client_model(), clients);
  ASSERT_EQ(result.errors.size(), 1u);  // and no "missing input": the file's inputs are unknown
  EXPECT_EQ(render(result.errors[0]), clients + ": row 2, column A: error: this field is not valid UTF-8 (byte 0xEB after "
                                                "'Cli'); if the file was saved as Windows-1252 (Excel's plain 'CSV' under "
                                                "Windows), give --data-encoding windows-1252\n");
}

// Errors found after loading (here: a record's place in a check of years) still name sheet places.
TEST_F(DataFolder, PlacesErrorsOfSheetInputsFoundLater) {
  write("clients.csv", "id,product,start\nC1,BW,2020-01-31\nC2,BW,2020-01-31\n");
  write("clients.stays.csv", "id,municipality,period.start\n");
  write("rate.json", R"({"rate": "0.025"})");
  LoadResult result = load_data(keyed_client_model(), dir);
  ASSERT_TRUE(result.data) << render(result.errors.at(0));
  std::vector<DataError> later = {{(dir / "clients.csv").string(), "$.clients[1].start", "a later problem"},
                                  {(dir / "rate.json").string(), "$.rate", "about JSON"}};
  place_errors(*result.data, keyed_client_model(), later);
  EXPECT_EQ(render(later[0]), (dir / "clients.csv").string() + ": row 3, column start (C): error: a later problem\n");
  EXPECT_EQ(render(later[1]), (dir / "rate.json").string() + ": $.rate: error: about JSON\n");
}

}  // namespace
}  // namespace rw

// Data loading: exact values, and every problem reported with file and JSON path.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "runtime/data/loader.h"

namespace rw {
namespace {

// members A, B; account centre; enum Product = BW | BT; record Stay {municipality: member, period: period};
// record Client {id: text, product: Product, start: date, fee: money?, stays: list of Stay};
// input clients: list of Client; input rate: decimal
ModelTables tables() {
  ModelTables t;
  t.model_name = "Test";
  t.accounts = {{"A", "A", AccountKind::Member, {}}, {"B", "B", AccountKind::Member, {}},
                {"centre", "Centre", AccountKind::Account, {}}};
  t.member_count = 2;
  t.enums = {{"Product", {"BW", "BT"}, {}}};
  t.records = {{"Stay", {{"municipality", Type::of(TypeKind::Member), {}}, {"period", Type::of(TypeKind::Period), {}}}, {}},
               {"Client",
                {{"id", Type::of(TypeKind::Text), {}},
                 {"product", Type::enumeration(0), {}},
                 {"start", Type::of(TypeKind::Date), {}},
                 {"fee", Type::optional(Type::of(TypeKind::Money)), {}},
                 {"stays", Type::list(Type::record(0)), {}}},
                {}}};
  t.inputs = {{"clients", Type::list(Type::record(1)), {}}, {"rate", Type::of(TypeKind::Decimal), {}}};
  return t;
}

struct Loaded {
  Dataset data;
  std::vector<DataError> errors;
};

Loaded load(const std::string& json) {
  ModelTables t = tables();
  Loaded out;
  out.data.inputs.resize(2);
  out.data.input_files.resize(2);
  std::vector<bool> seen(2);
  load_json_text(t, "data.json", json, out.data, seen, out.errors);
  return out;
}

const char* client_a = R"({"id": "C-1", "product": "BW", "start": "2020-01-31", "fee": "6000.00",
  "stays": [{"municipality": "A", "period": {"start": "2020-01-31", "end": null}}]})";

TEST(Loader, LoadsExactValues) {
  Loaded l = load(std::string(R"({"rate": 0.025, "clients": [)") + client_a + "]}");
  ASSERT_TRUE(l.errors.empty()) << render(l.errors.at(0));
  EXPECT_EQ(std::get<Rational>(l.data.inputs[1]), Rational::fraction(1, 40));
  const auto& clients = std::get<ListPtr>(l.data.inputs[0])->items;
  ASSERT_EQ(clients.size(), 1u);
  const RecordValue& c = *std::get<RecordPtr>(clients[0]);
  EXPECT_EQ(std::get<std::string>(c.fields[0]), "C-1");
  EXPECT_EQ(std::get<EnumValue>(c.fields[1]), (EnumValue{0, 0}));
  EXPECT_EQ(std::get<Date>(c.fields[2]).to_string(), "2020-01-31");
  EXPECT_EQ(std::get<Rational>(c.fields[3]), Rational(6000));
  const RecordValue& stay = *std::get<RecordPtr>(std::get<ListPtr>(c.fields[4])->items.at(0));
  EXPECT_EQ(std::get<AccountRef>(stay.fields[0]).index, 0);
  EXPECT_FALSE(std::get<Period>(stay.fields[1]).end);
}

TEST(Loader, OptionalFieldsMayBeNullOrMissing) {
  Loaded l = load(R"({"rate": "0.5", "clients": [{"id": "C", "product": "BT", "start": "2020-01-01", "stays": []},
                                                 {"id": "D", "product": "BT", "start": "2020-01-01", "fee": null, "stays": []}]})");
  ASSERT_TRUE(l.errors.empty()) << render(l.errors.at(0));
  const auto& clients = std::get<ListPtr>(l.data.inputs[0])->items;
  EXPECT_TRUE(std::holds_alternative<Absent>(std::get<RecordPtr>(clients[0])->fields[3]));
  EXPECT_TRUE(std::holds_alternative<Absent>(std::get<RecordPtr>(clients[1])->fields[3]));
}

struct BadCase {
  std::string name;
  std::string client_json;  // the second client; the first is valid
  std::string path;
  std::string message_part;
};

void PrintTo(const BadCase& c, std::ostream* os) { *os << c.name; }

class BadData : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadData, IsReportedWithItsPath) {
  Loaded l = load(std::string(R"({"rate": 1, "clients": [)") + client_a + ", " + GetParam().client_json + "]}");
  ASSERT_FALSE(l.errors.empty());
  EXPECT_EQ(l.errors[0].file, "data.json");
  EXPECT_EQ(l.errors[0].json_path, GetParam().path) << render(l.errors[0]);
  EXPECT_NE(l.errors[0].message.find(GetParam().message_part), std::string::npos) << render(l.errors[0]);
}

INSTANTIATE_TEST_SUITE_P(Loader, BadData, ::testing::Values(
    BadCase{"impossible_date", R"({"id": "X", "product": "BW", "start": "2023-02-30", "stays": []})",
            "$.clients[1].start", "2023-02-30 is not a calendar date (February 2023 has 28 days)"},
    BadCase{"unknown_member", R"({"id": "X", "product": "BW", "start": "2023-01-01", "stays": [{"municipality": "Bb", "period": {"start": "2023-01-01"}}]})",
            "$.clients[1].stays[0].municipality", "'Bb' is not a member of the region; did you mean 'B'?"},
    BadCase{"unknown_enum", R"({"id": "X", "product": "MO", "start": "2023-01-01", "stays": []})",
            "$.clients[1].product", "expected one of \"BW\", \"BT\" (Product), found \"MO\""},
    BadCase{"missing_field", R"({"id": "X", "product": "BW", "stays": []})", "$.clients[1].start", "missing field 'start' (date)"},
    BadCase{"unknown_field", R"({"id": "X", "product": "BW", "start": "2023-01-01", "stays": [], "strat": 1})",
            "$.clients[1].strat", "a Client record has no field 'strat'; did you mean 'start'?"},
    BadCase{"wrong_kind", R"({"id": 7, "product": "BW", "start": "2023-01-01", "stays": []})", "$.clients[1].id", "expected text, found a number"},
    BadCase{"three_decimals", R"({"id": "X", "product": "BW", "start": "2023-01-01", "fee": "6000.001", "stays": []})",
            "$.clients[1].fee", "at most 2 decimals"},
    BadCase{"dutch_amount", R"({"id": "X", "product": "BW", "start": "2023-01-01", "fee": "6.000,00", "stays": []})",
            "$.clients[1].fee", "'6.000,00' is ambiguous"},
    BadCase{"exponent", R"({"id": "X", "product": "BW", "start": "2023-01-01", "fee": 6e3, "stays": []})",
            "$.clients[1].fee", "without an exponent"},
    BadCase{"period_backwards", R"({"id": "X", "product": "BW", "start": "2023-01-01", "stays": [{"municipality": "A", "period": {"start": "2023-01-02", "end": "2023-01-01"}}]})",
            "$.clients[1].stays[0].period.end", "the period ends (2023-01-01) before it starts (2023-01-02)"}));

TEST(Loader, RendersErrorsAsFilePathMessage) {
  EXPECT_EQ(render(DataError{"clients.json", "$.clients[17].decision.start", "2023-02-30 is not a calendar date"}),
            "clients.json: $.clients[17].decision.start: error: 2023-02-30 is not a calendar date\n");
  EXPECT_EQ(render(DataError{"data", "", "missing input 'rate' (declared as decimal)"}),
            "data: error: missing input 'rate' (declared as decimal)\n");
}

TEST(Loader, ReportsInvalidJsonWithLineAndColumn) {
  Loaded l = load("{\n  \"rate\": 1,\n  \"clients\": [,]\n}");
  ASSERT_EQ(l.errors.size(), 1u);
  EXPECT_NE(l.errors[0].message.find("invalid JSON at line 3, column 15"), std::string::npos) << l.errors[0].message;
}

TEST(Loader, ReportsUnknownInputs) {
  Loaded l = load(R"({"rat": 1, "clients": []})");
  ASSERT_EQ(l.errors.size(), 1u);
  EXPECT_EQ(render(l.errors[0]), "data.json: $.rat: error: the model has no input 'rat'; did you mean 'rate'?\n");
}

// A folder of files: read in name order, every input exactly once.
class Folder : public ::testing::Test {
 protected:
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("regelwerk-loader-" + std::to_string(::getpid()));
  void SetUp() override { std::filesystem::create_directories(dir); }
  void TearDown() override { std::filesystem::remove_all(dir); }
  void write(const std::string& name, const std::string& text) { std::ofstream(dir / name) << text; }
};

TEST_F(Folder, MergesFilesAndFindsMissingOrDuplicateInputs) {
  write("a.json", R"({"rate": 1})");
  write("notes.txt", "not data");
  LoadResult missing = load_data(tables(), dir);
  ASSERT_EQ(missing.errors.size(), 1u);
  EXPECT_EQ(missing.errors[0].message, "missing input 'clients' (declared as list of Client)");

  write("b.json", R"({"clients": []})");
  LoadResult ok = load_data(tables(), dir);
  ASSERT_TRUE(ok.data);
  EXPECT_EQ(ok.data->input_files[0], (dir / "b.json").string());

  write("c.json", R"({"rate": 2})");
  LoadResult twice = load_data(tables(), dir);
  ASSERT_EQ(twice.errors.size(), 1u);
  EXPECT_EQ(twice.errors[0].json_path, "$.rate");
  EXPECT_EQ(twice.errors[0].message, "input 'rate' is also given in " + (dir / "a.json").string());
}

TEST(Loader, ReportsAMissingPath) {
  LoadResult r = load_data(tables(), "/nonexistent/regelwerk-data");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(render(r.errors[0]), "/nonexistent/regelwerk-data: error: no such data file or folder\n");
}

}  // namespace
}  // namespace rw

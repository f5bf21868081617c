// Inputs given as sheets: the layout (headers, dotted fields, list sheets, one-record inputs, notes
// sheets), the typing of cells as the model declares them, and every error at its sheet, row and column.
#include <gtest/gtest.h>

#include "runtime/data/sheet_inputs.h"
#include "runtime/data/sheet_places.h"

namespace rw {
namespace {

// The model of these tests, built by hand:
//   members A, B; enum Product = BW | BT
//   record Decision {start: date, end: date?}
//   record Stay {municipality: member, period: period}
//   record Client {id: text, product: Product, decision: Decision, previous: Decision?, fee: money?,
//                  active: bool?, visits: integer?, share: decimal?, stays: list of Stay}
//   record Opening {year: integer, reserve: money}
//   record Group {stays: list of Stay}; record Holder {id: text, groups: list of Group}
//   input clients: list of Client keyed by id; input opening: Opening; input rate: decimal?;
//   input loose: list of Client? (no key); input nested: list of Holder? keyed by id
ModelTables sheet_model() {
  ModelTables t;
  t.model_name = "Test";
  t.accounts = {{"A", "A", AccountKind::Member, {}}, {"B", "B", AccountKind::Member, {}}};
  t.member_count = 2;
  t.enums = {{"Product", {"BW", "BT"}, {}}};
  Type date = Type::of(TypeKind::Date);
  t.records = {
      {"Decision", {{"start", date, {}}, {"end", Type::optional(date), {}}}, {}},
      {"Stay", {{"municipality", Type::of(TypeKind::Member), {}}, {"period", Type::of(TypeKind::Period), {}}}, {}},
      {"Client",
       {{"id", Type::of(TypeKind::Text), {}},
        {"product", Type::enumeration(0), {}},
        {"decision", Type::record(0), {}},
        {"previous", Type::optional(Type::record(0)), {}},
        {"fee", Type::optional(Type::of(TypeKind::Money)), {}},
        {"active", Type::optional(Type::of(TypeKind::Bool)), {}},
        {"visits", Type::optional(Type::of(TypeKind::Integer)), {}},
        {"share", Type::optional(Type::of(TypeKind::Decimal)), {}},
        {"stays", Type::list(Type::record(1)), {}}},
       {}},
      {"Opening", {{"year", Type::of(TypeKind::Integer), {}}, {"reserve", Type::of(TypeKind::Money), {}}}, {}},
      {"Group", {{"stays", Type::list(Type::record(1)), {}}}, {}},
      {"Holder", {{"id", Type::of(TypeKind::Text), {}}, {"groups", Type::list(Type::record(4)), {}}}, {}}};
  t.inputs = {{"clients", Type::list(Type::record(2)), {}, {0}},
              {"opening", Type::record(3), {}, {}},
              {"rate", Type::optional(Type::of(TypeKind::Decimal)), {}, {}},
              {"loose", Type::optional(Type::list(Type::record(2))), {}, {}},
              {"nested", Type::optional(Type::list(Type::record(5))), {}, {0}}};
  return t;
}

// A cell from a short spelling: "" empty, "n:45292" number, "d:45292" date-formatted number,
// "b:1" boolean, "e:#N/A" error, anything else text.
Cell cell(const std::string& spec) {
  if (spec.empty()) return Cell{};
  if (spec.starts_with("n:")) return Cell{Cell::Kind::Number, spec.substr(2), false};
  if (spec.starts_with("d:")) return Cell{Cell::Kind::Number, spec.substr(2), true};
  if (spec.starts_with("b:")) return Cell{Cell::Kind::Boolean, spec.substr(2), false};
  if (spec.starts_with("e:")) return Cell{Cell::Kind::Error, spec.substr(2), false};
  return Cell{Cell::Kind::Text, spec, false};
}

// A sheet of `file` named `name` whose rows (numbered from 1, leaving out rows of empty cells) hold `rows`.
SheetSource sheet(const std::string& file, const std::string& name, const std::vector<std::vector<std::string>>& rows) {
  SheetSource source{file, file.ends_with(".csv"), false, Sheet{name, {}}};
  for (std::size_t r = 0; r < rows.size(); ++r) {
    SheetRow row{static_cast<int>(r + 1), {}};
    bool any = false;
    for (const std::string& spec : rows[r]) {
      row.cells.push_back(cell(spec));
      any = any || !spec.empty();
    }
    if (any) source.sheet.rows.push_back(std::move(row));
  }
  return source;
}

struct LoadedSheets {
  Dataset data;
  std::vector<bool> seen;
  std::vector<DataError> errors;
  std::string rendered;  // every error, rendered
};

LoadedSheets load(const std::vector<SheetSource>& sheets, LiteralDialect dialect = LiteralDialect::Standard) {
  LoadedSheets out;
  load_sheet_inputs(sheet_model(), sheets, DataOptions{dialect, TextEncoding::Utf8}, out.data, out.seen, out.errors);
  for (const DataError& error : out.errors) out.rendered += render(error);
  return out;
}

const std::vector<std::string> client_headers = {"id", "product", "decision.start", "decision.end", "previous.start",
                                                 "previous.end", "fee", "active", "visits", "share"};
const std::vector<std::string> stay_headers = {"id", "municipality", "period.start", "period.end"};

// The record at `index` of the list input `input`.
const RecordValue& record_at(const LoadedSheets& l, std::size_t input, std::size_t index) {
  return *std::get<RecordPtr>(std::get<ListPtr>(l.data.inputs.at(input))->items.at(index));
}

TEST(SheetInputs, ReadsRecordsNestedFieldsAndListSheets) {
  LoadedSheets l = load({
      sheet("data.xlsx", "_about", {{"notes for people: skipped"}}),
      // 45292 is 2024-01-01 in the 1900 date system (Excel's serial of that day), 45657 is 2024-12-31.
      sheet("data.xlsx", "clients", {client_headers,
                                     {"C1", "BW", "d:45292", "", "", "", "n:6000.5", "b:1", "n:3", "n:0.025"},
                                     {},  // an empty row (3) is skipped
                                     {"C2", "BT", "2024-02-01", "2024-12-31", "d:44927", "n:45291", "", "false", "12", ""}}),
      sheet("data.xlsx", "clients.stays", {stay_headers,
                                           {"C2", "B", "2024-02-01", ""},
                                           {"C2", "A", "n:45292", "2024-01-31"}}),
      sheet("data.xlsx", "opening", {{"year", "reserve"}, {"n:2021", "n:1500000"}}),
  });
  ASSERT_EQ(l.rendered, "");
  const RecordValue& c1 = record_at(l, 0, 0);
  EXPECT_EQ(c1.origin, "data.xlsx: sheet clients, row 2");
  EXPECT_EQ(std::get<std::string>(c1.fields[0]), "C1");
  EXPECT_EQ(std::get<Date>(std::get<RecordPtr>(c1.fields[2])->fields[0]), *Date::from_ymd(2024, 1, 1));
  EXPECT_TRUE(std::holds_alternative<Absent>(std::get<RecordPtr>(c1.fields[2])->fields[1]));  // decision.end empty
  EXPECT_TRUE(std::holds_alternative<Absent>(c1.fields[3]));  // previous: all its columns empty
  EXPECT_EQ(std::get<Rational>(c1.fields[4]), Rational::fraction(600050, 100));  // 6000.5 -> €6000.50
  EXPECT_EQ(std::get<bool>(c1.fields[5]), true);
  EXPECT_EQ(std::get<Rational>(c1.fields[6]), Rational(3));
  EXPECT_EQ(std::get<Rational>(c1.fields[7]), Rational::fraction(25, 1000));
  EXPECT_TRUE(std::get<ListPtr>(c1.fields[8])->items.empty());  // no rows in clients.stays: an empty list

  const RecordValue& c2 = record_at(l, 0, 1);
  EXPECT_EQ(c2.origin, "data.xlsx: sheet clients, row 4");
  const RecordValue& previous = *std::get<RecordPtr>(c2.fields[3]);
  EXPECT_EQ(std::get<Date>(previous.fields[0]), *Date::from_ymd(2023, 1, 1));  // 44927 = 45292 - 365
  EXPECT_EQ(std::get<Date>(previous.fields[1]), *Date::from_ymd(2023, 12, 31));
  EXPECT_EQ(std::get<bool>(c2.fields[5]), false);
  EXPECT_EQ(std::get<Rational>(c2.fields[6]), Rational(12));
  const auto& stays = std::get<ListPtr>(c2.fields[8])->items;
  ASSERT_EQ(stays.size(), 2u);  // in row order
  EXPECT_EQ(std::get<AccountRef>(std::get<RecordPtr>(stays[0])->fields[0]), AccountRef{1});
  EXPECT_EQ(std::get<Period>(std::get<RecordPtr>(stays[1])->fields[1]),
            (Period{*Date::from_ymd(2024, 1, 1), *Date::from_ymd(2024, 1, 31)}));
  EXPECT_EQ(std::get<RecordPtr>(stays[1])->origin, "data.xlsx: sheet clients.stays, row 3");

  const RecordValue& opening = *std::get<RecordPtr>(l.data.inputs.at(1));
  EXPECT_EQ(std::get<Rational>(opening.fields[1]), Rational(1500000));
  EXPECT_EQ(l.seen, (std::vector<bool>{true, true, false, false, false}));
}

TEST(SheetInputs, ReadsDutchTextUnderTheDutchDialect) {
  LoadedSheets l = load({sheet("clients.csv", "clients", {client_headers, {"C1", "BW", "31-12-2024", "", "", "", "1.500,50", "waar", "1.200.000", "0,5"}}),
                   sheet("clients.stays.csv", "clients.stays", {stay_headers})},
                  LiteralDialect::Dutch);
  ASSERT_EQ(l.rendered, "");
  const RecordValue& c1 = record_at(l, 0, 0);
  EXPECT_EQ(c1.origin, "clients.csv: row 2");
  EXPECT_EQ(std::get<Date>(std::get<RecordPtr>(c1.fields[2])->fields[0]), *Date::from_ymd(2024, 12, 31));
  EXPECT_EQ(std::get<Rational>(c1.fields[4]), Rational::fraction(150050, 100));
  EXPECT_EQ(std::get<bool>(c1.fields[5]), true);
  EXPECT_EQ(std::get<Rational>(c1.fields[6]), Rational(1200000));  // two thousand points: no English reading
  EXPECT_EQ(std::get<Rational>(c1.fields[7]), Rational::fraction(1, 2));
}

struct ErrorCase {
  const char* name;
  std::vector<SheetSource> sheets;
  std::string errors;  // every error, rendered, in order
  LiteralDialect dialect = LiteralDialect::Standard;
};

void PrintTo(const ErrorCase& c, std::ostream* os) { *os << c.name; }

class SheetErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(SheetErrors, NameFileSheetRowAndColumn) { EXPECT_EQ(load(GetParam().sheets, GetParam().dialect).rendered, GetParam().errors); }

// A clients sheet with one data row (row 2) holding `row`, and an empty clients.stays sheet.
std::vector<SheetSource> one_client(const std::vector<std::string>& row) {
  return {sheet("d.xlsx", "clients", {client_headers, row}), sheet("d.xlsx", "clients.stays", {stay_headers})};
}

INSTANTIATE_TEST_SUITE_P(
    Sheets, SheetErrors,
    ::testing::Values(
        ErrorCase{"BadDate", one_client({"C1", "BW", "31-02-2024"}),
                  "d.xlsx: sheet clients, row 2, column decision.start (C): error: '31-02-2024' is not a date (February 2024 has 29 days)\n",
                  LiteralDialect::Dutch},
        ErrorCase{"RequiredEmptyCell", one_client({"C1", "", "2024-01-01"}),
                  "d.xlsx: sheet clients, row 2, column product (B): error: missing value for product\n"},
        // previous.end given, previous.start empty: the record is there, its start is missing.
        ErrorCase{"OptionalRecordHalfGiven", one_client({"C1", "BW", "2024-01-01", "", "", "2023-12-31"}),
                  "d.xlsx: sheet clients, row 2, column previous.start (E): error: missing value for previous.start\n"},
        ErrorCase{"UnknownMember", {sheet("d.xlsx", "clients", {client_headers, {"C1", "BW", "2024-01-01"}}),
                                    sheet("d.xlsx", "clients.stays", {stay_headers, {"C1", "Bb", "2024-01-01"}})},
                  "d.xlsx: sheet clients.stays, row 2, column municipality (B): error: 'Bb' is not a member of the region; did you mean 'B'?\n"},
        ErrorCase{"DuplicateKeyNamesBothRows",
                  {sheet("d.xlsx", "clients", {client_headers, {"C1", "BW", "2024-01-01"}, {"C1", "BT", "2024-01-01"}}),
                   sheet("d.xlsx", "clients.stays", {stay_headers})},
                  "d.xlsx: sheet clients, row 3, column id (A): error: this Client has the same id \"C1\" as sheet clients, row 2: input 'clients' "
                  "is keyed by id, so each may appear only once; remove the copy, or correct the id of one of them\n"},
        ErrorCase{"AmbiguousAmount", one_client({"C1", "BW", "2024-01-01", "", "", "", "15.900"}),
                  "d.xlsx: sheet clients, row 2, column fee (G): error: ambiguous amount '15.900': a reader of English reads 15.9 "
                  "where the Dutch dialect reads 15900; write 15900 or 15.900,00\n",
                  LiteralDialect::Dutch},
        ErrorCase{"NumberCellForText", one_client({"n:123", "BW", "2024-01-01"}),
                  "d.xlsx: sheet clients, row 2, column id (A): error: expected text, found the number 123 in a number cell; format "
                  "the column as Text and type the value again (a number cell loses leading zeros: an id typed as 00123 becomes 123)\n"},
        ErrorCase{"MoneyWithThreeDecimals", one_client({"C1", "BW", "2024-01-01", "", "", "", "n:6000.505"}),
                  "d.xlsx: sheet clients, row 2, column fee (G): error: the amount 6000.505 has more than two decimals; an amount is "
                  "whole cents (round the cell to 2 decimals)\n"},
        // 15 significant digits, as Excel shows a double: 0.30000000000000004 is 0.3.
        ErrorCase{"FifteenDigits", one_client({"C1", "BW", "2024-01-01", "", "", "", "n:0.30000000000000004"}), ""},
        ErrorCase{"Serial60", one_client({"C1", "BW", "n:60"}),
                  "d.xlsx: sheet clients, row 2, column decision.start (C): error: the date serial 60 is 29 February 1900, a day that "
                  "never was (a spreadsheet's 1900 leap-year mistake); correct the date\n"},
        ErrorCase{"TimeOfDay", one_client({"C1", "BW", "d:45292.5"}),
                  "d.xlsx: sheet clients, row 2, column decision.start (C): error: the date serial 45292.5 has a time of day; give a "
                  "date without a time\n"},
        ErrorCase{"WholeNumber", one_client({"C1", "BW", "2024-01-01", "", "", "", "", "", "n:2.5"}),
                  "d.xlsx: sheet clients, row 2, column visits (I): error: expected a whole number, found 2.5\n"},
        ErrorCase{"BooleanText", one_client({"C1", "BW", "2024-01-01", "", "", "", "", "ja"}),
                  "d.xlsx: sheet clients, row 2, column active (H): error: expected true or false, found the text 'ja'\n"},
        ErrorCase{"ErrorCell", one_client({"C1", "BW", "2024-01-01", "", "", "", "e:#DIV/0!"}),
                  "d.xlsx: sheet clients, row 2, column fee (G): error: the cell shows the error #DIV/0!; correct its formula or type the value\n"},
        ErrorCase{"UnknownAndDuplicatedHeaders",
                  {sheet("d.xlsx", "clients", {{"id", "prodct", "decision.start", "id"}, {"C1", "BW", "2024-01-01", "C1"}}),
                   sheet("d.xlsx", "clients.stays", {stay_headers})},
                  "d.xlsx: sheet clients, row 1, column prodct (B): error: unknown column 'prodct'; did you mean 'product'?\n"
                  "d.xlsx: sheet clients, row 1, column id (D): error: the header 'id' is also column A; give each field one column\n"
                  "d.xlsx: sheet clients, row 1, column product: error: missing column product (Product): add a column headed product\n"},
        ErrorCase{"ListFieldAsColumn",
                  {sheet("d.xlsx", "clients", {{"id", "product", "decision.start", "stays"}, {"C1", "BW", "2024-01-01"}}),
                   sheet("d.xlsx", "clients.stays", {stay_headers})},
                  "d.xlsx: sheet clients, row 1, column stays (D): error: stays is a list: give it on a sheet (or CSV file) of its own "
                  "named clients.stays\n"},
        ErrorCase{"ListRowWithoutParent", {sheet("d.xlsx", "clients", {client_headers, {"C1", "BW", "2024-01-01"}}),
                                           sheet("d.xlsx", "clients.stays", {stay_headers, {"C9", "A", "2024-01-01"}})},
                  "d.xlsx: sheet clients.stays, row 2, column id (A): error: no record of input 'clients' has id C9: every row of "
                  "clients.stays belongs to one of its records\n"},
        ErrorCase{"ListSheetMissing", {sheet("d.xlsx", "clients", {client_headers, {"C1", "BW", "2024-01-01"}})},
                  "d.xlsx: sheet clients: error: the stays of input 'clients' are missing: give them on a sheet (or CSV file) named "
                  "clients.stays, whose first column is id\n"},
        ErrorCase{"UnknownSheet", {sheet("d.xlsx", "client", {{"id"}})},
                  "d.xlsx: sheet client: error: the sheet 'client' names no input of the model (sheets named _... are notes and "
                  "skipped); did you mean 'clients'?\n"},
        ErrorCase{"UnknownCsvFile", {sheet("data/klanten.csv", "klanten", {{"id"}})},
                  "data/klanten.csv: error: the file name data/klanten.csv names no input of the model (a CSV file is named after the "
                  "input it gives, as in clients.csv); the inputs are clients, clients.stays, opening, rate, loose, nested, nested.groups\n"},
        ErrorCase{"OneRecordTwoRows", {sheet("d.xlsx", "opening", {{"year", "reserve"}, {"n:2021", "n:1"}, {"n:2022", "n:2"}})},
                  "d.xlsx: sheet opening, row 3: error: input 'opening' is one record: give exactly one row under the headers, not 2\n"},
        ErrorCase{"ScalarInputRefused", {sheet("d.xlsx", "rate", {{"rate"}, {"n:1"}})},
                  "d.xlsx: sheet rate: error: input 'rate' is a decimal?, which a sheet cannot hold (a sheet holds a list of records, "
                  "or one record); give this input in JSON\n"},
        ErrorCase{"ListWithoutKeyRefused", {sheet("d.xlsx", "loose", {{"id"}, {"C1"}})},
                  "d.xlsx: sheet loose: error: input 'loose' cannot be given as a sheet: its records' list field stays is given on a "
                  "sheet of its own, whose rows are attached to their record by its key: declare one (`input loose: ... keyed by "
                  "<field>`); give this input in JSON\n"},
        ErrorCase{"ListInAListRefused", {sheet("d.xlsx", "nested", {{"id"}, {"H1"}})},
                  "d.xlsx: sheet nested: error: input 'nested' cannot be given as a sheet: its field stays is a list of Stay; give "
                  "this input in JSON\n"},
        ErrorCase{"OneRecordNoRow", {sheet("d.xlsx", "opening", {{"year", "reserve"}})},
                  "d.xlsx: sheet opening: error: input 'opening' is one record: give its values in one row under the headers\n"},
        ErrorCase{"UnknownEnumValue", one_client({"C1", "BX", "2024-01-01"}),
                  "d.xlsx: sheet clients, row 2, column product (B): error: 'BX' is not a Product; expected one of BW, BT\n"},
        ErrorCase{"NumberCellForBoolean", one_client({"C1", "BW", "2024-01-01", "", "", "", "", "n:1"}),
                  "d.xlsx: sheet clients, row 2, column active (H): error: expected TRUE or FALSE, found the number 1\n"},
        ErrorCase{"EmptySheet", {sheet("d.xlsx", "opening", {})},
                  "d.xlsx: sheet opening: error: sheet 'opening' is empty; its first row must hold the headers: year, reserve\n"},
        ErrorCase{"GivenTwice", {sheet("a.xlsx", "opening", {{"year", "reserve"}, {"n:2021", "n:1"}}),
                                 sheet("b.csv", "opening", {{"year", "reserve"}, {"2021", "1"}})},
                  "b.csv: error: opening is given twice: in a.xlsx and in b.csv\n"},
        ErrorCase{"CellWithoutHeader", {sheet("d.csv", "opening", {{"year", "reserve"}, {"2021", "1", "x"}})},
                  "d.csv: row 2, column C: error: this cell is in a column without a header; give the column a field's name as "
                  "its header, or clear it\n"}),
    [](const auto& info) { return std::string(info.param.name); });

// A workbook in the 1904 date system (old Mac Excel): serial 0 is 1904-01-01.
TEST(SheetInputs, ReadsSerialsOfThe1904DateSystem) {
  SheetSource opening = sheet("d.xlsx", "opening", {{"year", "reserve"}, {"n:2021", "n:1"}});
  SheetSource clients = sheet("d.xlsx", "clients", {client_headers, {"C1", "BW", "d:43830"}});  // 45292 - 1462
  clients.date1904 = true;
  LoadedSheets l = load({clients, sheet("d.xlsx", "clients.stays", {stay_headers}), opening});
  ASSERT_EQ(l.rendered, "");
  EXPECT_EQ(std::get<Date>(std::get<RecordPtr>(record_at(l, 0, 0).fields[2])->fields[0]), *Date::from_ymd(2024, 1, 1));
}

TEST(SheetPlaces, TranslateJsonPathsOfRecordsListsAndFields) {
  InputPlaces places;
  places.input = "clients";
  places.columns = SheetColumns{"c.xlsx", "clients", {{"id", 0}, {"decision.start", 2}}, 1};
  places.rows = {2, 4};
  places.lists.push_back(ListPlaces{"stays", SheetColumns{"s.csv", "", {{"period.end", 3}}, 1}, {{}, {5, 7}}});
  auto where = [&](std::string_view path) {
    std::optional<PlacedError> placed = place_of(places, path);
    return placed ? placed->file + ": " + describe(placed->place) : std::string("none");
  };
  EXPECT_EQ(where("$.clients[1].decision.start"), "c.xlsx: sheet clients, row 4, column decision.start (C)");
  EXPECT_EQ(where("$.clients[0]"), "c.xlsx: sheet clients, row 2");
  EXPECT_EQ(where("$.clients[1].stays[1].period.end"), "s.csv: row 7, column period.end (D)");
  EXPECT_EQ(where("$.clients[1].decision"), "c.xlsx: sheet clients, row 4, column decision");
  EXPECT_EQ(where("$.clientsx[0]"), "none");
}

}  // namespace
}  // namespace rw

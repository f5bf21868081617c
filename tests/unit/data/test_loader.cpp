// Loading one data document: exact values, and every problem reported with file and JSON path.
#include <gtest/gtest.h>

#include "messages/language.h"
#include "runtime/data/loader.h"
#include "test_model.h"

namespace rw {
namespace {

struct Loaded {
  Dataset data;
  std::vector<bool> seen;
  std::vector<DataError> errors;
};

// Loads `json` as "data.json" against the client model.
Loaded load(const std::string& json, const ModelTables& model = test::client_model()) {
  Loaded out;
  load_json_text(model, "data.json", json, out.data, out.seen, out.errors);
  return out;
}

// Every error rendered, for failure messages.
std::string rendered(const std::vector<DataError>& errors) {
  std::string out;
  for (const DataError& error : errors) out += render(error);
  return out;
}

const std::string valid_client = R"({"id": "C-1", "product": "BT", "start": "2020-01-31", "fee": "6000.00",
  "stays": [{"municipality": "B", "period": {"start": "2020-01-31", "end": null}},
            {"municipality": "A", "period": {"start": "2019-01-01", "end": "2020-01-30"}}]})";

TEST(Loader, LoadsExactValuesInDeclarationOrder) {
  Loaded l = load(R"({"rate": "0.025", "clients": [)" + valid_client + "]}");
  ASSERT_TRUE(l.errors.empty()) << rendered(l.errors);
  ASSERT_EQ(l.data.inputs.size(), 2u);
  EXPECT_EQ(std::get<Rational>(l.data.inputs[1]), Rational::fraction(1, 40));
  EXPECT_EQ(l.data.input_files, (std::vector<std::string>{"data.json", "data.json"}));
  EXPECT_EQ(l.seen, (std::vector<bool>{true, true}));

  const auto& clients = std::get<ListPtr>(l.data.inputs[0])->items;
  ASSERT_EQ(clients.size(), 1u);
  const RecordValue& client = *std::get<RecordPtr>(clients[0]);
  EXPECT_EQ(client.decl, 1);
  ASSERT_EQ(client.fields.size(), 5u);
  EXPECT_EQ(client.origin, "data.json: $.clients[0]");
  EXPECT_EQ(std::get<std::string>(client.fields[0]), "C-1");
  EXPECT_EQ(std::get<EnumValue>(client.fields[1]), (EnumValue{0, 1}));
  EXPECT_EQ(std::get<Date>(client.fields[2]), *Date::from_ymd(2020, 1, 31));
  EXPECT_EQ(std::get<Rational>(client.fields[3]), Rational(6000));

  const auto& stays = std::get<ListPtr>(client.fields[4])->items;
  ASSERT_EQ(stays.size(), 2u);
  const RecordValue& open = *std::get<RecordPtr>(stays[0]);
  EXPECT_EQ(open.decl, 0);
  EXPECT_EQ(std::get<AccountRef>(open.fields[0]), AccountRef{1});
  EXPECT_EQ(std::get<Period>(open.fields[1]), (Period{*Date::from_ymd(2020, 1, 31), std::nullopt}));
  const RecordValue& closed = *std::get<RecordPtr>(stays[1]);
  EXPECT_EQ(std::get<AccountRef>(closed.fields[0]), AccountRef{0});
  EXPECT_EQ(std::get<Period>(closed.fields[1]), (Period{*Date::from_ymd(2019, 1, 1), *Date::from_ymd(2020, 1, 30)}));
}

TEST(Loader, ReadsNumbersFromTheirTextNeverFromBinaryFloatingPoint) {
  Loaded l = load(R"({"rate": 0.1, "clients": [
      {"id": "a", "product": "BW", "start": "2020-01-01", "fee": 12.50, "stays": []},
      {"id": "b", "product": "BW", "start": "2020-01-01", "fee": 0.29, "stays": []},
      {"id": "c", "product": "BW", "start": "2020-01-01", "fee": "-0.07", "stays": []}]})");
  ASSERT_TRUE(l.errors.empty()) << rendered(l.errors);
  EXPECT_EQ(std::get<Rational>(l.data.inputs[1]), Rational::fraction(1, 10));
  const auto& clients = std::get<ListPtr>(l.data.inputs[0])->items;
  EXPECT_EQ(std::get<Rational>(std::get<RecordPtr>(clients[0])->fields[3]), Rational::fraction(25, 2));
  EXPECT_EQ(std::get<Rational>(std::get<RecordPtr>(clients[1])->fields[3]), Rational::fraction(29, 100));
  EXPECT_EQ(std::get<Rational>(std::get<RecordPtr>(clients[2])->fields[3]), Rational::fraction(-7, 100));
}

TEST(Loader, OptionalFieldsMayBeNullOrMissing) {
  Loaded l = load(R"({"rate": 1, "clients": [{"id": "C", "product": "BT", "start": "2020-01-01", "stays": []},
                                            {"id": "D", "product": "BT", "start": "2020-01-01", "fee": null, "stays": []}]})");
  ASSERT_TRUE(l.errors.empty()) << rendered(l.errors);
  const auto& clients = std::get<ListPtr>(l.data.inputs[0])->items;
  EXPECT_TRUE(std::holds_alternative<Absent>(std::get<RecordPtr>(clients[0])->fields[3]));
  EXPECT_TRUE(std::holds_alternative<Absent>(std::get<RecordPtr>(clients[1])->fields[3]));
}

struct BadCase {
  std::string name;
  std::string second_client;  // JSON of clients[1]; clients[0] is valid
  std::string path;
  std::vector<std::string> message_parts;
};

void PrintTo(const BadCase& c, std::ostream* os) { *os << c.name; }

class BadClient : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadClient, IsReportedOnceWithItsPath) {
  Loaded l = load(R"({"rate": 1, "clients": [)" + valid_client + ", " + GetParam().second_client + "]}");
  ASSERT_EQ(l.errors.size(), 1u) << rendered(l.errors);
  EXPECT_EQ(l.errors[0].file, "data.json");
  EXPECT_EQ(json_path(l.errors[0]), GetParam().path);
  for (const std::string& part : GetParam().message_parts) {
    EXPECT_NE(l.errors[0].message.find(part), std::string::npos) << "'" << part << "' not in " << render(l.errors[0]);
  }
}

// A valid-looking client with `fields` (JSON text such as `"fee": 1`) put before the usual ones.
std::string client_with(const std::string& fields) {
  return "{" + fields + R"(, "id": "X", "product": "BW", "start": "2023-01-01", "stays": []})";
}

INSTANTIATE_TEST_SUITE_P(Loader, BadClient, ::testing::Values(
    BadCase{"impossible_date", R"({"id": "X", "product": "BW", "start": "2023-02-30", "stays": []})",
            "$.clients[1].start", {"2023-02-30 is not a calendar date (February 2023 has 28 days)"}},
    BadCase{"unknown_member",
            R"({"id": "X", "product": "BW", "start": "2023-01-01",
                "stays": [{"municipality": "Bb", "period": {"start": "2023-01-01"}}]})",
            "$.clients[1].stays[0].municipality", {"'Bb' is not a member of the region", "did you mean 'B'?"}},
    BadCase{"unknown_member_without_a_close_name",
            R"({"id": "X", "product": "BW", "start": "2023-01-01",
                "stays": [{"municipality": "Amsterdam", "period": {"start": "2023-01-01"}}]})",
            "$.clients[1].stays[0].municipality", {"the members are A, B"}},
    BadCase{"account_is_not_a_member",
            R"({"id": "X", "product": "BW", "start": "2023-01-01",
                "stays": [{"municipality": "centre", "period": {"start": "2023-01-01"}}]})",
            "$.clients[1].stays[0].municipality", {"'centre' is an account, not a member", "A, B"}},
    BadCase{"unknown_enum_value", R"({"id": "X", "product": "MO", "start": "2023-01-01", "stays": []})",
            "$.clients[1].product", {"'MO' is not a Product", "expected one of BW, BT"}},
    BadCase{"missing_required_field", R"({"id": "X", "product": "BW", "stays": []})",
            "$.clients[1].start", {"missing field 'start' (date) in this Client record"}},
    BadCase{"unknown_field", client_with(R"("strat": "2023-01-01")"),
            "$.clients[1].strat", {"a Client record has no field 'strat'", "did you mean 'start'?"}},
    BadCase{"unknown_field_with_odd_name", client_with(R"("cost centre": 1)"),
            "$.clients[1][\"cost centre\"]", {"no field 'cost centre'", "its fields are id, product, start, fee, stays"}},
    BadCase{"repeated_field", client_with(R"("id": "Y")"), "$.clients[1].id", {"'id' is given more than once"}},
    BadCase{"record_of_wrong_kind", "7", "$.clients[1]", {"expected an object (a Client record), found the number 7"}},
    BadCase{"text_of_wrong_kind", R"({"id": 7, "product": "BW", "start": "2023-01-01", "stays": []})",
            "$.clients[1].id", {"expected text", "found the number 7"}},
    BadCase{"list_of_wrong_kind", R"({"id": "X", "product": "BW", "start": "2023-01-01", "stays": {}})",
            "$.clients[1].stays", {"expected an array (a list of Stay), found an object"}},
    BadCase{"required_field_null", R"({"id": "X", "product": "BW", "start": null, "stays": []})",
            "$.clients[1].start", {"expected a date such as \"2025-01-01\", found null"}},
    BadCase{"money_with_three_decimals", client_with(R"("fee": "6000.001")"),
            "$.clients[1].fee", {"ambiguous amount '6000.001'", "followed by exactly two digits"}},
    BadCase{"money_number_with_three_decimals", client_with(R"("fee": 6000.001)"),
            "$.clients[1].fee", {"ambiguous amount '6000.001'", "followed by exactly two digits"}},
    BadCase{"dutch_thousands", client_with(R"("fee": "15.900")"), "$.clients[1].fee", {"ambiguous", "15900 or €15900.00"}},
    BadCase{"dutch_money", client_with(R"("fee": "6.000,00")"), "$.clients[1].fee", {"ambiguous", "€6000.00"}},
    BadCase{"money_with_exponent", client_with(R"("fee": 6e3)"), "$.clients[1].fee", {"exponent", "€6000.00"}},
    BadCase{"money_of_wrong_kind", client_with(R"("fee": true)"), "$.clients[1].fee", {"expected an amount", "found true"}},
    BadCase{"period_backwards",
            R"({"id": "X", "product": "BW", "start": "2023-01-01",
                "stays": [{"municipality": "A", "period": {"start": "2023-01-02", "end": "2023-01-01"}}]})",
            "$.clients[1].stays[0].period.end", {"the period ends (2023-01-01) before it starts (2023-01-02)"}},
    BadCase{"period_without_start",
            R"({"id": "X", "product": "BW", "start": "2023-01-01",
                "stays": [{"municipality": "A", "period": {"end": "2023-01-01"}}]})",
            "$.clients[1].stays[0].period.start", {"missing field 'start' (date) in this period"}},
    BadCase{"period_with_other_field",
            R"({"id": "X", "product": "BW", "start": "2023-01-01",
                "stays": [{"municipality": "A", "period": {"start": "2023-01-01", "einde": null}}]})",
            "$.clients[1].stays[0].period.einde", {"a period has no field 'einde'", "did you mean 'end'?"}}));

TEST(Loader, ReportsEveryErrorNotOnlyTheFirst) {
  Loaded l = load(R"({"rate": "1,5", "clients": [
      {"id": 1, "product": "XX", "start": "2023-02-30", "fee": "1.001", "stays": [{"municipality": "Q"}]}]})");
  std::vector<std::string> paths;
  for (const DataError& error : l.errors) paths.push_back(json_path(error));
  EXPECT_EQ(paths, (std::vector<std::string>{"$.rate", "$.clients[0].id", "$.clients[0].product", "$.clients[0].start",
                                             "$.clients[0].fee", "$.clients[0].stays[0].municipality",
                                             "$.clients[0].stays[0].period"}))
      << rendered(l.errors);
}

TEST(Loader, RendersFilePathAndMessageOnOneLine) {
  EXPECT_EQ(render(DataError{"clients.json", "$.clients[17].decision.start", "2023-02-30 is not a calendar date"}),
            "clients.json: $.clients[17].decision.start: error: 2023-02-30 is not a calendar date\n");
  EXPECT_EQ(render(DataError{"data", "", "missing input 'rate' (declared as decimal)"}),
            "data: error: missing input 'rate' (declared as decimal)\n");

  Loaded bad_date = load(R"({"rate": 1, "clients": [)" + valid_client +
                         R"(, {"id": "X", "product": "BW", "start": "2023-02-30", "stays": []}]})");
  EXPECT_EQ(rendered(bad_date.errors),
            "data.json: $.clients[1].start: error: 2023-02-30 is not a calendar date (February 2023 has 28 days)\n");
}

TEST(Loader, ReportsInvalidJsonWithLineAndColumn) {
  Loaded l = load("{\n  \"rate\": 1,\n  \"clients\": [,]\n}");
  EXPECT_EQ(rendered(l.errors),
            "data.json: error: invalid JSON at line 3, column 15: syntax error while parsing value - "
            "unexpected ','; expected '[', '{', or a literal\n");
  EXPECT_EQ(l.seen, std::vector<bool>{}) << "nothing is taken from an invalid document";
}

TEST(Loader, ReportsUnknownInputsWithASuggestion) {
  Loaded l = load(R"({"rat": 1, "clients": [], "budget": 5})");
  EXPECT_EQ(rendered(l.errors),
            "data.json: $.rat: error: the model has no input 'rat'; did you mean 'rate'?\n"
            "data.json: $.budget: error: the model has no input 'budget'; its inputs are clients, rate\n");
}

TEST(Loader, ReportsAnInputGivenTwiceInOneFile) {
  Loaded l = load(R"({"rate": 1, "clients": [], "rate": 2})");
  ASSERT_EQ(l.errors.size(), 1u) << rendered(l.errors);
  EXPECT_EQ(json_path(l.errors[0]), "$.rate");
  EXPECT_EQ(l.errors[0].message, "input 'rate' is given more than once in this file");
  EXPECT_EQ(std::get<Rational>(l.data.inputs[1]), Rational(1));
}

TEST(Loader, RequiresAnObjectAtTheTop) {
  Loaded l = load(R"([{"rate": 1}])");
  ASSERT_EQ(l.errors.size(), 1u);
  EXPECT_EQ(json_path(l.errors[0]), "");
  EXPECT_NE(l.errors[0].message.find("must be a JSON object whose keys are input names"), std::string::npos);
  EXPECT_NE(l.errors[0].message.find("found an array"), std::string::npos);
}

TEST(Loader, RejectsADecimalWithAnExponent) {
  Loaded l = load(R"({"rate": 2.5e-2, "clients": []})");
  EXPECT_EQ(rendered(l.errors),
            "data.json: $.rate: error: '2.5e-2' has an exponent; write the number in plain digits: 0.025\n");
}

// A model with the remaining kinds of values, as fields of one optional input record.
ModelTables settings_model() {
  ModelTables t = test::client_model();
  t.records.push_back({"Settings",
                       {{"flag", Type::of(TypeKind::Bool), {}},
                        {"count", Type::of(TypeKind::Integer), {}},
                        {"notice", Type::of(TypeKind::Duration), {}},
                        {"payer", Type::of(TypeKind::Account), {}},
                        {"shares", Type::list(Type::of(TypeKind::Decimal)), {}}},
                       {}});
  t.inputs = {{"settings", Type::optional(Type::record(2)), {}, {}}};
  return t;
}

TEST(Loader, ReadsBooleansIntegersDurationsAndAccounts) {
  Loaded l = load(R"({"settings": {"flag": true, "count": 12, "notice": "1 year", "payer": "centre",
                                    "shares": [0.5, "0.25", -1]}})", settings_model());
  ASSERT_TRUE(l.errors.empty()) << rendered(l.errors);
  const RecordValue& settings = *std::get<RecordPtr>(l.data.inputs[0]);
  EXPECT_EQ(std::get<bool>(settings.fields[0]), true);
  EXPECT_EQ(std::get<Rational>(settings.fields[1]), Rational(12));
  EXPECT_EQ(std::get<Duration>(settings.fields[2]), (Duration{12, 0}));
  EXPECT_EQ(std::get<AccountRef>(settings.fields[3]), AccountRef{2});
  const auto& shares = std::get<ListPtr>(settings.fields[4])->items;
  EXPECT_EQ(shares, (std::vector<Value>{Rational::fraction(1, 2), Rational::fraction(1, 4), Rational(-1)}));

  Loaded null_input = load(R"({"settings": null})", settings_model());
  ASSERT_TRUE(null_input.errors.empty()) << rendered(null_input.errors);
  EXPECT_TRUE(std::holds_alternative<Absent>(null_input.data.inputs[0]));
}

TEST(Loader, ExplainsWrongBooleansIntegersDurationsAndAccounts) {
  Loaded l = load(R"({"settings": {"flag": "yes", "count": 12.0, "notice": "12 maanden", "payer": "centr",
                                    "shares": ["1e3"]}})", settings_model());
  ASSERT_EQ(l.errors.size(), 5u) << rendered(l.errors);
  EXPECT_EQ(json_path(l.errors[0]), "$.settings.flag");
  EXPECT_EQ(l.errors[0].message, "expected true or false, found the text \"yes\"");
  EXPECT_EQ(json_path(l.errors[1]), "$.settings.count");
  EXPECT_EQ(l.errors[1].message, "expected a whole number, found 12.0");
  EXPECT_EQ(json_path(l.errors[2]), "$.settings.notice");
  EXPECT_NE(l.errors[2].message.find("is not a duration"), std::string::npos);
  EXPECT_EQ(json_path(l.errors[3]), "$.settings.payer");
  EXPECT_EQ(l.errors[3].message, "'centr' is not an account of the model; did you mean 'centre'?");
  EXPECT_EQ(json_path(l.errors[4]), "$.settings.shares[0]");
  EXPECT_EQ(l.errors[4].message, "'1e3' has an exponent; write the number in plain digits: 1000");
}

// ---- declared keys: `input clients: list of Client keyed by ...` ----

// A client with this id and product, otherwise valid.
std::string client(const std::string& id, const std::string& product = "BW") {
  return R"({"id": ")" + id + R"(", "product": ")" + product + R"(", "start": "2020-01-01", "stays": []})";
}

// The client model with its clients keyed by the fields at `key_fields`.
ModelTables keyed_by(std::vector<int> key_fields) {
  ModelTables model = test::client_model();
  model.inputs[0].key_fields = std::move(key_fields);
  return model;
}

TEST(LoaderKeys, ReportsACopiedRecordWithBothPaths) {
  Loaded l = load(R"({"rate": 1, "clients": [)" + client("C-1") + "," + client("C-2") + "," + client("C-1") + "]}", keyed_by({0}));
  EXPECT_EQ(rendered(l.errors),
            "data.json: $.clients[2]: error: this Client has the same id \"C-1\" as $.clients[0]: input 'clients' is keyed by "
            "id, so each may appear only once; remove the copy, or correct the id of one of them\n");
}

TEST(LoaderKeys, WithoutAKeyCopiesAreAccepted) {
  Loaded l = load(R"({"rate": 1, "clients": [)" + client("C-1") + "," + client("C-1") + "]}");
  EXPECT_TRUE(l.errors.empty()) << rendered(l.errors);
}

TEST(LoaderKeys, EveryLaterCopyNamesTheFirst) {
  Loaded l = load(R"({"rate": 1, "clients": [)" + client("A") + "," + client("A") + "," + client("A") + "]}", keyed_by({0}));
  ASSERT_EQ(l.errors.size(), 2u) << rendered(l.errors);
  EXPECT_EQ(json_path(l.errors[0]), "$.clients[1]");
  EXPECT_EQ(json_path(l.errors[1]), "$.clients[2]");
  EXPECT_NE(l.errors[1].message.find("as $.clients[0]:"), std::string::npos) << l.errors[1].message;
}

TEST(LoaderKeys, AKeyOfTwoFieldsComparesBoth) {
  // (C-1, BW), (C-1, BT) and (C-2, BW) differ; the second (C-1, BT) repeats index 1.
  Loaded l = load(R"({"rate": 1, "clients": [)" + client("C-1") + "," + client("C-1", "BT") + "," + client("C-2") + "," +
                      client("C-1", "BT") + "]}",
                  keyed_by({0, 1}));
  EXPECT_EQ(rendered(l.errors),
            "data.json: $.clients[3]: error: this Client has the same id \"C-1\" and product BT as $.clients[1]: input "
            "'clients' is keyed by id, product, so each may appear only once; remove the copy, or correct the key of one "
            "of them\n");
}

TEST(LoaderKeys, KeysAreComparedWholeNotByTheirShownExcerpt) {
  // Two ids of 50 characters that differ only at the end are shown cut to 40, but are different keys.
  std::string stem(49, 'x');
  Loaded l = load(R"({"rate": 1, "clients": [)" + client(stem + "1") + "," + client(stem + "2") + "]}", keyed_by({0}));
  EXPECT_TRUE(l.errors.empty()) << rendered(l.errors);
}

TEST(LoaderKeys, ARecordWhoseKeyDidNotLoadIsOnlyReportedOnce) {
  Loaded l = load(R"({"rate": 1, "clients": [)" + client("C-1") +
                      R"(, {"id": 7, "product": "BW", "start": "2020-01-01", "stays": []}, {"product": "BW", "start": "2020-01-01", "stays": []}]})",
                  keyed_by({0}));
  ASSERT_EQ(l.errors.size(), 2u) << rendered(l.errors);
  EXPECT_EQ(json_path(l.errors[0]), "$.clients[1].id");
  EXPECT_EQ(json_path(l.errors[1]), "$.clients[2].id");
}


// ---- in Dutch: the same problems, said in the message language ----

// Says messages in Dutch for one test, and in English again after it.
struct DutchMessages {
  DutchMessages() { set_message_language(Language::Dutch); }
  ~DutchMessages() { set_message_language(Language::English); }
};

struct DutchCase {
  std::string name;
  std::string json;  // the whole document
  std::string rendered;
};

void PrintTo(const DutchCase& c, std::ostream* os) { *os << c.name; }

class InDutch : public ::testing::TestWithParam<DutchCase> {};

TEST_P(InDutch, DataErrorsAreSaidInDutch) {
  DutchMessages dutch;
  EXPECT_EQ(rendered(load(GetParam().json).errors), GetParam().rendered);
}

INSTANTIATE_TEST_SUITE_P(Loader, InDutch, ::testing::Values(
    DutchCase{"unknown_input_with_a_suggestion", R"({"rat": 1, "clients": []})",
              "data.json: $.rat: fout: de regeling heeft geen invoer 'rat'; is 'rate' bedoeld?\n"},
    DutchCase{"unknown_input_with_the_list", R"({"rate": 1, "clients": [], "budget": 5})",
              "data.json: $.budget: fout: de regeling heeft geen invoer 'budget'; de namen van de invoer zijn clients, rate\n"},
    DutchCase{"unknown_member",
              R"({"rate": 1, "clients": [{"id": "X", "product": "BW", "start": "2023-01-01",
                  "stays": [{"municipality": "Bb", "period": {"start": "2023-01-01"}}]}]})",
              "data.json: $.clients[0].stays[0].municipality: fout: 'Bb' is geen lid van de regio; is 'B' bedoeld?\n"},
    DutchCase{"record_of_wrong_kind", R"({"rate": 1, "clients": [7]})",
              "data.json: $.clients[0]: fout: verwacht: een object (een Client-record); gevonden: het getal 7\n"},
    DutchCase{"period_backwards",
              R"({"rate": 1, "clients": [{"id": "X", "product": "BW", "start": "2023-01-01",
                  "stays": [{"municipality": "A", "period": {"start": "2023-01-02", "end": "2023-01-01"}}]}]})",
              "data.json: $.clients[0].stays[0].period.end: fout: de periode eindigt (2023-01-01) voordat ze begint "
              "(2023-01-02)\n"},
    DutchCase{"input_given_twice", R"({"rate": 1, "clients": [], "rate": 2})",
              "data.json: $.rate: fout: de invoer 'rate' staat meer dan eens in dit bestand\n"}));

TEST(Loader, SaysEnglishAgainAfterDutch) {
  { DutchMessages dutch; }
  Loaded l = load(R"({"rat": 1, "clients": []})");
  EXPECT_EQ(rendered(l.errors), "data.json: $.rat: error: the model has no input 'rat'; did you mean 'rate'?\n");
}

}  // namespace
}  // namespace rw

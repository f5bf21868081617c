// check_data: the `require` lines of records and the years in the data, checked on loaded data where
// each record was read.
#include <gtest/gtest.h>

#include "lang/program.h"
#include "runtime/eval/check_data.h"
#include "stdlib/builtins.h"

namespace rw {
namespace {

// Checks `rules`, loads `json` as "data.json" and returns every data error, rendered ("" when valid).
std::string data_errors(const std::string& rules, const std::string& json) {
  CompileResult compiled = compile("test.regels", rules, builtin_signatures());
  if (!compiled.program) return render_all(compiled.diagnostics, *compiled.source);
  const CheckedModel& model = compiled.program->model;
  Dataset data;
  data.inputs.assign(model.tables.inputs.size(), Absent{});
  data.input_files.assign(model.tables.inputs.size(), "");
  std::vector<bool> seen(model.tables.inputs.size());
  std::vector<DataError> errors;
  load_json_text(model.tables, "data.json", json, data, seen, errors);
  if (errors.empty()) errors = check_data(*compiled.program, data);
  std::string out;
  for (const DataError& error : errors) out += render(error);
  return out;
}

const std::string model = R"(model "M"
members A, B
account centre "Centre"
record Period2 {
  first: date
  last: date?
  require not last exists or last >= first else "ends before it starts"
}
record Client {
  id: text
  home: member
  current: Period2
  earlier: Period2?
  history: list of Period2
  require home != B else "B has no clients"
}
input clients: list of Client
rule 1 "R" for 2024 { for each c in clients { centre pays €1 to c.home } }
)";

TEST(CheckData, ChecksEveryRecordWhereverItIsWithItsPath) {
  // Five Period2 records: current and earlier of client 0 are valid, the second of its history is not;
  // client 1 lives in B and its earlier period ends before it starts. Inner records are reported first.
  std::string errors = data_errors(model, R"({"clients": [
    {"id": "a", "home": "A", "current": {"first": "2024-01-01"}, "earlier": {"first": "2020-01-01", "last": "2020-12-31"},
     "history": [{"first": "2019-01-01", "last": "2019-01-01"}, {"first": "2019-05-01", "last": "2019-04-30"}]},
    {"id": "b", "home": "B", "current": {"first": "2024-01-01"}, "earlier": {"first": "2020-01-01", "last": "2019-12-31"},
     "history": []}]})");
  EXPECT_EQ(errors,
            "data.json: $.clients[0].history[1]: error: ends before it starts (this Period2 does not meet "
            "'not last exists or last >= first', test.regels:7:11)\n"
            "data.json: $.clients[1].earlier: error: ends before it starts (this Period2 does not meet "
            "'not last exists or last >= first', test.regels:7:11)\n"
            "data.json: $.clients[1]: error: B has no clients (this Client does not meet 'home != B', test.regels:15:11)\n");
}

TEST(CheckData, ValidDataPasses) {
  EXPECT_EQ(data_errors(model, R"({"clients": [{"id": "a", "home": "A", "current": {"first": "2024-01-01", "last": "2024-01-01"},
                                                "history": []}]})"),
            "");
}

TEST(CheckData, AnAbsentOptionalUsedWithoutExistsIsReportedAtTheRecord) {
  std::string rules = R"(model "M"
members A
account centre "Centre"
record Row { year: integer  until: date?  require until.year >= year else "too early" }
input rows: list of Row
rule 1 "R" for 2024 { for each r in rows { centre pays €1 to A } }
)";
  std::string errors = data_errors(rules, R"({"rows": [{"year": 2024}]})");
  EXPECT_EQ(errors, "data.json: $.rows[0]: error: cannot check the model's requirement 'until.year >= year' on this Row "
                    "(test.regels:4:51): 'until' is absent here, so it has no 'year'; test it with 'exists' first\n");
}

TEST(CheckData, YearsOutsideTheRulesAreRefusedAndOnlyFieldsCalledYear) {
  std::string rules = R"(model "M"
members A
account centre "Centre"
record Row { year: integer  founded: integer  budget_year: integer? }
input rows: list of Row
rule 1 "R" for 2022..2023 { for each r in rows where r.year = year { centre pays €1 to A } }
rule 2 "R" for 2025 { for each r in rows where r.year = year { centre pays €1 to A } }
)";
  // 2022..2025 is covered (2024 too: the span of the rules); founded and budget_year are no years.
  EXPECT_EQ(data_errors(rules, R"({"rows": [{"year": 2022, "founded": 1850, "budget_year": 3000}, {"year": 2024, "founded": 1},
                                            {"year": 2025, "founded": 1}, {"year": 20222, "founded": 1}, {"year": 2021, "founded": 1}]})"),
            "data.json: $.rows[3].year: error: 20222 is not a year this model settles: its rules cover 2022..2025, so no rule "
            "would ever read this record; correct the year\n"
            "data.json: $.rows[4].year: error: 2021 is not a year this model settles: its rules cover 2022..2025, so no rule "
            "would ever read this record; correct the year\n");
}

}  // namespace
}  // namespace rw

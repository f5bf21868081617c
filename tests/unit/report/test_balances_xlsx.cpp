// Balances per account and year with closing balances (report/balances.h), the exact number text of
// workbook cells (report/xlsx_number.h), and the Dutch CSV dialect.
#include <gtest/gtest.h>

#include "report/balances.h"
#include "report/csv_report.h"
#include "report/xlsx_number.h"
#include "runtime/sheets/number_cell.h"

namespace rw {
namespace {

Posting pay(int year, int from, int to, std::int64_t cents) {
  Posting p;
  p.id = std::to_string(year) + "/1/1";
  p.year = year;
  p.rule_id = "1";
  p.title = "Bijdrage";
  p.from = from;
  p.to = to;
  p.cents = cents;
  p.provenance = std::make_shared<Provenance>();  // a ledger's postings always have one
  return p;
}

// Members A and B (index 0, 1) and the account centre (2). 2022: centre pays A €100.00, A pays B €30.00.
// 2023: centre pays B €50.25, B pays A €0.05.
Ledger two_years() {
  Ledger ledger;
  ledger.model_name = "Sample";
  ledger.accounts = {{"A", "Gemeente A", AccountKind::Member, {}}, {"B", "Gemeente B", AccountKind::Member, {}},
                     {"centre", "A als centrumgemeente", AccountKind::Account, {}}};
  ledger.years = {2022, 2023};
  ledger.postings = {pay(2022, 2, 0, 10000), pay(2022, 0, 1, 3000), pay(2023, 2, 1, 5025), pay(2023, 1, 0, 5)};
  ledger.postings[0].due = Date::parse("2023-12-31");
  return ledger;
}

// The ledger of two_years() shown for 2023 only, with the centre opening at €500.00 and 2022's flows
// kept as unshown flows: closing balances count both, the year's balances only 2023.
TEST(Balances, ClosingCountsTheOpeningAndTheYearsNotShown) {
  Ledger ledger = two_years();
  ledger.years = {2023};
  ledger.flows_from = 2022;
  ledger.opening = {0, 0, 50000};
  ledger.unshown_flows[{2022, "1"}] = {7000, 3000, -10000};  // 2022: A +100 - 30, B +30, centre -100
  std::erase_if(ledger.postings, [](const Posting& p) { return p.year == 2022; });
  BalanceTable table = balance_table(ledger);
  EXPECT_EQ(table.total_opening, 50000);
  EXPECT_EQ(table.total, (std::vector<std::int64_t>{0}));
  EXPECT_EQ(table.total_closing, (std::vector<std::int64_t>{50000}));  // the sum of the openings
  ASSERT_EQ(table.accounts[0].account->id, "centre");
  EXPECT_EQ(table.accounts[0].opening, 50000);
  EXPECT_EQ(table.accounts[0].balance, (std::vector<std::int64_t>{-5025}));
  // centre: 500.00 - 100.00 (2022) - 50.25 (2023) = 349.75
  EXPECT_EQ(table.accounts[0].closing, (std::vector<std::int64_t>{34975}));
  // A: 70.00 (2022) + 0.05 = 70.05; B: 30.00 + 50.20 = 80.20, as when 2022 is shown.
  EXPECT_EQ(table.accounts[1].closing, (std::vector<std::int64_t>{7005}));
  EXPECT_EQ(table.accounts[2].closing, (std::vector<std::int64_t>{8020}));
}

TEST(Balances, PerYearAndClosingInDisplayOrder) {
  Ledger ledger = two_years();
  BalanceTable table = balance_table(ledger);
  ASSERT_EQ(table.years, (std::vector<int>{2022, 2023}));
  ASSERT_EQ(table.accounts.size(), 3u);
  // Display order: declared accounts first (centre), then the members.
  EXPECT_EQ(table.accounts[0].account->id, "centre");
  EXPECT_EQ(table.accounts[1].account->id, "A");
  EXPECT_EQ(table.accounts[2].account->id, "B");
  // centre: 2022 -100.00; 2023 -50.25; closing -100.00, then -150.25.
  EXPECT_EQ(table.accounts[0].balance, (std::vector<std::int64_t>{-10000, -5025}));
  EXPECT_EQ(table.accounts[0].closing, (std::vector<std::int64_t>{-10000, -15025}));
  // A: 2022 +100.00 - 30.00 = 70.00; 2023 +0.05; closing 70.00, then 70.05.
  EXPECT_EQ(table.accounts[1].balance, (std::vector<std::int64_t>{7000, 5}));
  EXPECT_EQ(table.accounts[1].closing, (std::vector<std::int64_t>{7000, 7005}));
  // B: 2022 +30.00; 2023 +50.25 - 0.05 = 50.20; closing 30.00, then 80.20.
  EXPECT_EQ(table.accounts[2].balance, (std::vector<std::int64_t>{3000, 5020}));
  EXPECT_EQ(table.accounts[2].closing, (std::vector<std::int64_t>{3000, 8020}));
  EXPECT_EQ(table.total, (std::vector<std::int64_t>{0, 0}));
  EXPECT_EQ(table.total_closing, (std::vector<std::int64_t>{0, 0}));
}

TEST(BalancesCsv, StandardAndDutch) {
  EXPECT_EQ(render_balances_csv(two_years()),
            "year,account,account_name,balance,closing_balance,computed_under\n"
            "2022,centre,A als centrumgemeente,-100.00,-100.00,\n"
            "2022,A,Gemeente A,70.00,70.00,\n"
            "2022,B,Gemeente B,30.00,30.00,\n"
            "2023,centre,A als centrumgemeente,-50.25,-150.25,\n"
            "2023,A,Gemeente A,0.05,70.05,\n"
            "2023,B,Gemeente B,50.20,80.20,\n");
  std::string dutch = render_balances_csv(two_years(), dutch_csv());
  EXPECT_EQ(dutch.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(dutch.substr(3, dutch.find("2023") - 3),
            "year;account;account_name;balance;closing_balance;computed_under\r\n"
            "2022;centre;A als centrumgemeente;-100,00;-100,00;\r\n"
            "2022;A;Gemeente A;70,00;70,00;\r\n"
            "2022;B;Gemeente B;30,00;30,00;\r\n");
}

TEST(DutchCsv, PostingsWithNamesDatesAndNeutralisedText) {
  Ledger ledger = two_years();
  ledger.postings[1].title = "=SOM(A1); \"x\"";
  std::string csv = render_csv(ledger, dutch_csv());
  EXPECT_EQ(csv,
            "\xEF\xBB\xBF"
            "year;id;rule;title;from;from_name;to;to_name;amount;due;source;note;computed_under\r\n"
            "2022;2022/1/1;1;Bijdrage;centre;A als centrumgemeente;A;Gemeente A;100,00;31-12-2023;;;\r\n"
            "2022;2022/1/1;1;\"'=SOM(A1); \"\"x\"\"\";A;Gemeente A;B;Gemeente B;30,00;;;;\r\n"
            "2023;2023/1/1;1;Bijdrage;centre;A als centrumgemeente;B;Gemeente B;50,25;;;;\r\n"
            "2023;2023/1/1;1;Bijdrage;B;Gemeente B;A;Gemeente A;0,05;;;;\r\n");
}

TEST(XlsxNumber, StoredTextOfExactDecimals) {
  EXPECT_EQ(stored_number_text("756000.00"), "756000");
  EXPECT_EQ(stored_number_text("-0.50"), "-0.5");
  EXPECT_EQ(stored_number_text("0.00"), "0");
  EXPECT_EQ(stored_number_text("2022"), "2022");
  EXPECT_EQ(stored_number_text("1500000.25"), "1500000.25");
}

TEST(XlsxNumber, ShownTextIsFifteenSignificantDigits) {
  EXPECT_EQ(shown_decimal("939934.4399999999"), "939934.44");    // 16 digits: ...99|99 rounds up
  EXPECT_EQ(shown_decimal("-939934.4399999999"), "-939934.44");
  EXPECT_EQ(shown_decimal("12.34000000000001"), "12.34");         // 16th digit 1 is dropped
  EXPECT_EQ(shown_decimal("999999999999999.9"), "1000000000000000");  // carry into a new digit
  EXPECT_EQ(shown_decimal("0.1000000000000000055"), "0.1");
  EXPECT_EQ(shown_decimal("756000"), "756000");                    // 6 digits: unchanged
  EXPECT_EQ(shown_decimal("1234567890123456"), "1234567890123460");  // 16 digits before the point: zero kept
}

}  // namespace
}  // namespace rw

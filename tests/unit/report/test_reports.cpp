// Reports: exact JSON, CSV and table text for a small hand-made ledger.
#include <gtest/gtest.h>

#include <climits>
#include <tuple>

#include "messages/say.h"
#include "report/compare_report.h"
#include "report/csv_report.h"
#include "report/items_report.h"
#include "report/json_report.h"
#include "report/money_format.h"
#include "report/table_report.h"

namespace rw {
namespace {

// centre pays A and B €150,000.00 each under rule 1; centre pays A €12,345.67 under rule 5 (due
// 2023-12-31); A pays B -€0.01 under rule 9 (a negative amount: one cent flows from B to A).
Ledger sample() {
  Ledger ledger;
  ledger.model_name = "Sample";
  ledger.accounts = {{"A", "A", AccountKind::Member, {}}, {"B", "B", AccountKind::Member, {}},
                     {"centre", "The centre", AccountKind::Account, {}}};
  ledger.years = {2022};
  auto posting = [](std::string id, std::string rule, std::string title, int from, int to, std::int64_t cents,
                    std::optional<Date> due) {
    Posting p;
    p.id = id;
    p.year = 2022;
    p.rule_id = rule;
    p.title = title;
    p.from = from;
    p.to = to;
    p.cents = cents;
    p.due = due;
    auto provenance = std::make_shared<Provenance>();
    provenance->location = "m.regels:3:5";
    provenance->contributions = 1;
    p.provenance = std::move(provenance);
    return p;
  };
  ledger.postings = {posting("2022/1/1", "1", "Ambulantisering", 2, 0, 15000000, std::nullopt),
                     posting("2022/1/2", "1", "Ambulantisering", 2, 1, 15000000, std::nullopt),
                     posting("2022/5/1", "5", "Fee, \"secondary\"", 2, 0, 1234567, Date::parse("2023-12-31")),
                     posting("2022/9/1", "9", "Correction", 0, 1, -1, std::nullopt)};
  auto with_items = std::make_shared<Provenance>(*ledger.postings[2].provenance);
  with_items->items = std::make_shared<ItemList>(ItemList{{"C-1", "C-2"}, {}, {}});
  ledger.postings[2].provenance = std::move(with_items);
  return ledger;
}

TEST(MoneyFormat, IsExact) {
  EXPECT_EQ(plain_amount(0), "0.00");
  EXPECT_EQ(plain_amount(5), "0.05");
  EXPECT_EQ(plain_amount(-5), "-0.05");
  EXPECT_EQ(plain_amount(64800000), "648000.00");
  EXPECT_EQ(grouped_amount(123456789), "1,234,567.89");
  EXPECT_EQ(grouped_amount(-158702200), "-1,587,022.00");
  EXPECT_EQ(grouped_amount(99999), "999.99");
  EXPECT_EQ(plain_amount(INT64_MIN), "-92233720368547758.08");
  EXPECT_EQ(grouped_amount(0), "0.00");
  EXPECT_EQ(grouped_amount(-5), "-0.05");
  EXPECT_EQ(grouped_amount(100000), "1,000.00");
  EXPECT_EQ(grouped_amount(INT64_MAX), "92,233,720,368,547,758.07");
  EXPECT_EQ(grouped_amount(INT64_MIN), "-92,233,720,368,547,758.08");
}

TEST(Reports, BalancesSumToZero) {
  // A: +150,000.00 + 12,345.67 + 0.01 (B's cent) = 162,345.68; B: 150,000.00 - 0.01 = 149,999.99;
  // centre: -(300,000.00 + 12,345.67) = -312,345.67. Sum: 0.
  EXPECT_EQ(sample().balances(2022), (std::vector<std::int64_t>{16234568, 14999999, -31234567}));
}

TEST(Reports, Json) {
  EXPECT_EQ(render_json(sample()), R"({
  "model": "Sample",
  "years": [
    2022
  ],
  "computed_under": null,
  "accounts": [
    {
      "id": "A",
      "name": "A",
      "kind": "member"
    },
    {
      "id": "B",
      "name": "B",
      "kind": "member"
    },
    {
      "id": "centre",
      "name": "The centre",
      "kind": "account"
    }
  ],
  "entries": [
    {
      "id": "2022/1/1",
      "year": 2022,
      "rule": "1",
      "title": "Ambulantisering",
      "from": "centre",
      "to": "A",
      "amount": "150000.00",
      "due": null,
      "source": "m.regels:3:5",
      "contributions": 1
    },
    {
      "id": "2022/1/2",
      "year": 2022,
      "rule": "1",
      "title": "Ambulantisering",
      "from": "centre",
      "to": "B",
      "amount": "150000.00",
      "due": null,
      "source": "m.regels:3:5",
      "contributions": 1
    },
    {
      "id": "2022/5/1",
      "year": 2022,
      "rule": "5",
      "title": "Fee, \"secondary\"",
      "from": "centre",
      "to": "A",
      "amount": "12345.67",
      "due": "2023-12-31",
      "source": "m.regels:3:5",
      "contributions": 1,
      "items": [
        "C-1",
        "C-2"
      ]
    },
    {
      "id": "2022/9/1",
      "year": 2022,
      "rule": "9",
      "title": "Correction",
      "from": "A",
      "to": "B",
      "amount": "-0.01",
      "due": null,
      "source": "m.regels:3:5",
      "contributions": 1
    }
  ],
  "notes": [],
  "reports": [],
  "balances": {
    "2022": {
      "A": "162345.68",
      "B": "149999.99",
      "centre": "-312345.67"
    }
  },
  "opening_balances": {
    "A": "0.00",
    "B": "0.00",
    "centre": "0.00"
  },
  "closing_balances": {
    "2022": {
      "A": "162345.68",
      "B": "149999.99",
      "centre": "-312345.67"
    }
  },
  "closing_balances_count_from": 2022
}
)");
}

TEST(Reports, Csv) {
  EXPECT_EQ(render_csv(sample()),
            "year,id,rule,title,from,to,amount,due,source,note,computed_under\n"
            "2022,2022/1/1,1,Ambulantisering,centre,A,150000.00,,m.regels:3:5,,\n"
            "2022,2022/1/2,1,Ambulantisering,centre,B,150000.00,,m.regels:3:5,,\n"
            "2022,2022/5/1,5,\"Fee, \"\"secondary\"\"\",centre,A,12345.67,2023-12-31,m.regels:3:5,,\n"
            "2022,2022/9/1,9,Correction,A,B,-0.01,,m.regels:3:5,,\n");
}

TEST(Reports, ItemsListEachClientsPayersPerYear) {
  // Only posting 2022/5/1 names items (C-1, C-2): each gets a line with that rule, payer and receiver.
  EXPECT_EQ(render_items(sample()),
            "year,item,rule,title,payer,receiver,computed_under\n"
            "2022,C-1,5,\"Fee, \"\"secondary\"\"\",centre,A,\n"
            "2022,C-2,5,\"Fee, \"\"secondary\"\"\",centre,A,\n");
}

TEST(Reports, Table) {
  // Rows: the declared account first, then members. Cells are net amounts per rule. Column widths:
  // 10 ("The centre") + 2+11 + 2+10 + 2+6 ("rule 9") + 2+11 = 56, the width of the rule line.
  EXPECT_EQ(render_table(sample()),
            "Sample — settlement 2022\n"
            "\n"
            "account          rule 1      rule 5  rule 9        total\n"
            "The centre  -300,000.00  -12,345.67          -312,345.67\n"
            "A            150,000.00   12,345.67    0.01   162,345.68\n"
            "B            150,000.00               -0.01   149,999.99\n"
            "--------------------------------------------------------\n"
            "Total              0.00        0.00    0.00         0.00\n"
            "\n"
            "rule 1: Ambulantisering\n"
            "rule 5: Fee, \"secondary\" (due 2023-12-31)\n"
            "rule 9: Correction\n");
}

TEST(Reports, TableYearsDueDatesAndIdleAccounts) {
  // 2023: centre pays A €1.00 (due 2024-06-30) and €2.00 (due 2024-12-31) under rule 5; B has no
  // postings that year, so its row is left out. Widths: 10 ("The centre") + 2+6 ("rule 5") + 2+5 = 25.
  Ledger ledger = sample();
  std::string first_year = render_table(ledger);
  ledger.years = {2022, 2023};
  for (auto [number, cents, due] : {std::tuple{1, 100, "2024-06-30"}, std::tuple{2, 200, "2024-12-31"}}) {
    Posting p = ledger.postings[2];
    p.id = "2023/5/" + std::to_string(number);
    p.year = 2023;
    p.cents = cents;
    p.due = Date::parse(due);
    ledger.postings.push_back(p);
  }
  EXPECT_EQ(render_table(ledger), first_year +
                                      "\n"
                                      "Sample — settlement 2023\n"
                                      "\n"
                                      "account     rule 5  total\n"
                                      "The centre   -3.00  -3.00\n"
                                      "A             3.00   3.00\n"
                                      "-------------------------\n"
                                      "Total         0.00   0.00\n"
                                      "\n"
                                      "rule 5: Fee, \"secondary\" (due 2024-06-30, 2024-12-31)\n"
                                      // 2022's totals are brought forward: centre -312,345.67 - 3.00 = -312,348.67;
                                      // A 162,345.68 + 3.00 = 162,348.68; B keeps 149,999.99 (no posting in 2023).
                                      "\n"
                                      "Closing balances at the end of 2023 (brought forward: the opening balance plus 2022):\n"
                                      "account     brought forward   2023      closing\n"
                                      "The centre      -312,345.67  -3.00  -312,348.67\n"
                                      "A                162,345.68   3.00   162,348.68\n"
                                      "B                149,999.99   0.00   149,999.99\n"
                                      "-----------------------------------------------\n"
                                      "Total                  0.00   0.00         0.00\n");
}

// Dutch messages for one test; English again afterwards, also when the test fails.
struct DutchMessages {
  DutchMessages() { set_message_language(Language::Dutch); }
  ~DutchMessages() { set_message_language(Language::English); }
};

TEST(MoneyFormat, DutchForPeople) {
  // The same amounts as IsExact, with '.' grouping thousands and ',' before the cents.
  ScopedMessageLanguage dutch(Language::Dutch);
  EXPECT_EQ(grouped_amount(150000000), "1.500.000,00");  // 250 × € 6.000,00
  EXPECT_EQ(grouped_amount(-158702200), "-1.587.022,00");
  EXPECT_EQ(grouped_amount(-5), "-0,05");
  EXPECT_EQ(grouped_amount(INT64_MIN), "-92.233.720.368.547.758,08");
  EXPECT_EQ(euro_amount(64800000), "€ 648.000,00");
  EXPECT_EQ(euro_exact(Rational(6000)), "€ 6.000,00");
  EXPECT_EQ(euro_exact(Rational(-1500)), "€ -1.500,00");
  // 1,000,000 / 3 = 333,333.333333333... : more decimals than cents, cut after nine.
  EXPECT_EQ(euro_exact(Rational(1000000) / Rational(3)), "€ 333.333,333333333...");
  EXPECT_EQ(people_date(*Date::parse("2024-12-31")), "31-12-2024");
}

TEST(MoneyFormat, ExactInEnglish) {
  EXPECT_EQ(euro_exact(Rational(6000)), "€6,000.00");
  EXPECT_EQ(euro_exact(Rational(1000000) / Rational(3)), "€333,333.333333333...");
}

TEST(Reports, TableInDutch) {
  // The headings and labels are Dutch; the names (accounts, rule titles) are the model's own. The
  // amounts are left out here: their Dutch form is money_format's.
  std::string table;
  {
    DutchMessages dutch;
    table = render_table(sample());
  }
  const char* said[] = {
      "Sample — afrekening 2022\n\n",            // the heading
      "rekening ",                                  // the first column's header
      "regel 1 ",                                   // a rule's column
      "totaal\n",                                  // the last column
      "\nTotaal ",                                 // the totals row
      "\nregel 1: Ambulantisering\n",             // the legend
      "\nregel 5: Fee, \"secondary\" (uiterlijk ",  // a due date
  };
  for (const char* text : said) EXPECT_NE(table.find(text), std::string::npos) << text << "\nin:\n" << table;
  EXPECT_EQ(render_table(sample()).rfind("Sample — settlement 2022\n", 0), 0u);  // English again
}

TEST(Reports, ComparisonInDutch) {
  Ledger ledger = sample();
  Comparison same{ledger, ledger, to_translate("the model as written"), "--set fee=1", true};
  DutchMessages dutch;
  EXPECT_EQ(render_comparison_table(same),
            "Sample — 2022: --set fee=1 vergeleken met de regeling zoals geschreven\n"
            "De cellen zijn verschillen in het netto ontvangen bedrag (scenario − basis).\n"
            "\n"
            "Er verandert niets.\n");
}

}  // namespace
}  // namespace rw

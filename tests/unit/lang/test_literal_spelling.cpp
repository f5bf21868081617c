// Literals between the English and Dutch spellings (lang/literal_spelling.h): each pair is written out
// by hand, and goes both ways.
#include <gtest/gtest.h>

#include "lang/literal_spelling.h"

namespace {

using rw::Language;

struct Pair {
  const char* english;
  const char* dutch;
};

constexpr Pair numbers[] = {
    {"150000", "150000"},         {"150_000", "150.000"},       {"1_500_000.25", "1.500.000,25"},
    {"0.5", "0,5"},               {"0.025", "0,025"},           {"€6_000", "€6.000"},
    {"€ 6_000.00", "€ 6.000,00"}, {"EUR 62_000", "EUR 62.000"}, {"2.5%", "2,5%"},
    {"-€50.00", "-€50,00"},       {"12", "12"},
};

TEST(LiteralSpelling, NumbersBothWays) {
  for (const Pair& pair : numbers) {
    EXPECT_EQ(rw::number_spelled(pair.english, Language::English, Language::Dutch).value, pair.dutch) << pair.english;
    EXPECT_EQ(rw::number_spelled(pair.dutch, Language::Dutch, Language::English).value, pair.english) << pair.dutch;
  }
}

TEST(LiteralSpelling, DutchGroupsAreThousands) {
  // A Dutch reader reads 1.5 as nothing: '.' groups thousands, so it is refused (not read as 15).
  for (const char* text : {"1.5", "1.50", "1.5000", "1234.567", "€ 6.00"}) {
    auto result = rw::number_spelled(text, Language::Dutch, Language::English);
    EXPECT_FALSE(result.value) << text;
    EXPECT_NE(result.error.find("groups thousands"), std::string::npos) << result.error;
  }
  // An English grouping that Dutch cannot write.
  auto odd = rw::number_spelled("1_50", Language::English, Language::Dutch);
  EXPECT_FALSE(odd.value);
  EXPECT_NE(odd.error.find("group its digits by three"), std::string::npos) << odd.error;
  EXPECT_FALSE(rw::number_spelled("1,5,0", Language::Dutch, Language::English).value);
}

TEST(LiteralSpelling, DatesBothWays) {
  EXPECT_EQ(rw::date_spelled("2024-12-31", Language::English, Language::Dutch).value, "31-12-2024");
  EXPECT_EQ(rw::date_spelled("01-02-2025", Language::Dutch, Language::English).value, "2025-02-01");
  EXPECT_EQ(rw::date_spelled("2024-12-31", Language::English, Language::English).value, "2024-12-31");
  auto iso_in_dutch = rw::date_spelled("2025-02-01", Language::Dutch, Language::English);
  EXPECT_FALSE(iso_in_dutch.value);
  EXPECT_EQ(iso_in_dutch.error, "in a Dutch file a date is written day-month-year: 01-02-2025");
  auto dutch_in_english = rw::date_spelled("01-02-2025", Language::English, Language::English);
  EXPECT_EQ(dutch_in_english.error, "in an English file a date is written year-month-day: 2025-02-01");
}

TEST(LiteralSpelling, DurationsBothWays) {
  constexpr Pair durations[] = {{"12 months", "12 maanden"}, {"1 day", "1 dag"},   {"30 days", "30 dagen"},
                                {"1 year", "1 jaar"},        {"2 years", "2 jaren"}, {"1_000 days", "1.000 dagen"},
                                {"12months", "12maanden"}};
  for (const Pair& pair : durations) {
    EXPECT_EQ(rw::duration_spelled(pair.english, Language::English, Language::Dutch).value, pair.dutch) << pair.english;
    EXPECT_EQ(rw::duration_spelled(pair.dutch, Language::Dutch, Language::English).value, pair.english) << pair.dutch;
  }
}

}  // namespace

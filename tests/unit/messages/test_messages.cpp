// The message language, the PO reader and the lookup of messages in the Dutch catalogue.
#include <gtest/gtest.h>

#include <thread>

#include "messages/catalogue.h"
#include "messages/language.h"
#include "messages/say.h"

namespace rw {
namespace {

struct LocaleCase {
  const char* locale;
  Language expected;
};

TEST(MessageLanguage, FollowsTheLocaleName) {
  const LocaleCase cases[] = {
      {"nl_NL.UTF-8", Language::Dutch}, {"nl_BE.UTF-8", Language::Dutch}, {"nl", Language::Dutch},
      {"nl_NL@euro", Language::Dutch},  {"en_US.UTF-8", Language::English}, {"C.UTF-8", Language::English},
      {"C", Language::English},         {"nld", Language::English},         {"", Language::English},
  };
  for (const LocaleCase& c : cases) EXPECT_EQ(language_of_locale(c.locale), c.expected) << c.locale;
}

TEST(MessageLanguage, CodesAreNlAndEn) {
  EXPECT_EQ(language_from_code("nl"), Language::Dutch);
  EXPECT_EQ(language_from_code("en"), Language::English);
  EXPECT_EQ(language_from_code("de"), std::nullopt);
  EXPECT_EQ(language_from_code("NL"), std::nullopt);
}

TEST(ReadPo, JoinsContinuationLinesAndUndoesEscapes) {
  auto entries = read_po(
      "# a comment\n"
      "msgid \"\"\nmsgstr \"\"\n\"Language: nl\\n\"\n\n"
      "msgid \"expected \\\"to\\\"\"\nmsgstr \"verwacht \\\"aan\\\"\"\n\n"
      "msgid \"two \"\n\"lines\"\nmsgstr \"twee \"\n\"regels\\tmet tab\"\r\n");
  ASSERT_EQ(entries.size(), 2u);  // the header entry (empty msgid) is left out
  EXPECT_EQ(entries.at("expected \"to\""), "verwacht \"aan\"");
  EXPECT_EQ(entries.at("two lines"), "twee regels\tmet tab");
}

TEST(ReadPo, RefusesALineItCannotRead) {
  EXPECT_THROW(read_po("msgid \"a\"\nmsgstr b\n"), std::runtime_error);
  EXPECT_THROW(read_po("msgid \"a\"\nsomething\n"), std::runtime_error);
}

TEST(Catalogue, IsBuiltInAndEveryEntryHasItsDutch) {
  // (tests/messages/run checks the entries against the sources and their placeholders.)
  ASSERT_FALSE(dutch_catalogue().empty());
  for (const auto& [english, dutch] : dutch_catalogue()) {
    EXPECT_FALSE(dutch.empty()) << english;
  }
}

TEST(Say, SpeaksTheChosenLanguage) {
  set_message_language(Language::Dutch);
  EXPECT_EQ(say("parameter '{}' is never used", "fee"), "parameter 'fee' wordt nergens gebruikt");
  EXPECT_EQ(tr("a text the catalogue does not hold"), "a text the catalogue does not hold");
  set_message_language(Language::English);
  EXPECT_EQ(say("parameter '{}' is never used", "fee"), "parameter 'fee' is never used");
}

TEST(ScopedMessageLanguage, HoldsOnThisThreadOnlyAndRestores) {
  // The test runner's way to match `expect error` in English while the rest of the output is Dutch.
  set_message_language(Language::Dutch);
  {
    ScopedMessageLanguage english(Language::English);
    EXPECT_EQ(message_language(), Language::English);
    Language elsewhere = Language::English;
    std::thread([&] { elsewhere = message_language(); }).join();
    EXPECT_EQ(elsewhere, Language::Dutch);  // another thread keeps the chosen language
    {
      ScopedMessageLanguage dutch(Language::Dutch);
      EXPECT_EQ(message_language(), Language::Dutch);
    }
    EXPECT_EQ(message_language(), Language::English);  // the inner scope gave back the outer one
  }
  EXPECT_EQ(message_language(), Language::Dutch);
  set_message_language(Language::English);
}

}  // namespace
}  // namespace rw

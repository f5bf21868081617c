// docs/language.md ("In Dutch") lists every word of a rule file with its Dutch spelling, as
// lang/keywords.h has it: a word added or respelled there and not in the table fails here.
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "lang/keywords.h"

namespace {

TEST(LanguageDoc, ListsEveryWordWithItsDutchSpelling) {
  std::ifstream in(std::string(REGELWERK_SOURCE_DIR) + "/docs/language.md");
  std::ostringstream text;
  text << in.rdbuf();
  std::string doc = text.str();
  ASSERT_NE(doc.find("## In Dutch"), std::string::npos);
  auto listed = [&](const rw::words::Word& word) {
    return doc.find("| `" + std::string(word.spelling) + "` | `" + std::string(word.dutch) + "` |") != std::string::npos;
  };
  for (const auto* word : rw::words::reserved) EXPECT_TRUE(listed(*word)) << word->spelling;
  for (const auto* word : rw::words::contextual) EXPECT_TRUE(listed(*word)) << word->spelling;
  for (const auto* word : rw::words::respelled) {
    EXPECT_TRUE(listed(*word)) << word->spelling << " (" << word->dutch << ")";
  }
  for (const auto& type : rw::words::basic_types) {
    EXPECT_NE(doc.find("`" + std::string(type.spelling) + "` `" + std::string(type.dutch) + "`"), std::string::npos) << type.spelling;
  }
}

}  // namespace

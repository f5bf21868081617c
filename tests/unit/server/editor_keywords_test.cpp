// The Regels screen's highlighting (web/regels_mode.js) knows the language's words: exactly the
// reserved and contextual words of lang/keywords.h, in English and in Dutch, so a new word cannot be
// forgotten in the editor.
#include <fstream>
#include <map>
#include <set>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "lang/keywords.h"

namespace {

std::string read(const std::string& relative) {
  std::ifstream in(std::string(REGELWERK_SOURCE_DIR) + "/" + relative);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Each text between `before` and the next `after` in `text`, from the first `before` on.
std::vector<std::string> between(const std::string& text, const std::string& before, const std::string& after) {
  std::vector<std::string> found;
  for (std::size_t at = text.find(before); at != std::string::npos; at = text.find(before, at + 1)) {
    std::size_t start = at + before.size(), end = text.find(after, start);
    if (end == std::string::npos) break;
    found.push_back(text.substr(start, end - start));
  }
  return found;
}

// The words of one keyword list of web/regels_mode.js ("a|b|c").
std::set<std::string> listed_words(const std::string& list) {
  std::set<std::string> words;
  for (std::size_t start = 0;;) {
    std::size_t bar = list.find('|', start);
    words.insert(list.substr(start, bar - start));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return words;
}

TEST(EditorKeywords, AreTheLanguagesWords) {
  std::set<std::string> english, dutch;
  for (const auto& list : {std::span<const rw::words::Word* const>(rw::words::reserved), std::span<const rw::words::Word* const>(rw::words::contextual)}) {
    for (const auto* word : list) {
      english.emplace(word->spelling);
      dutch.emplace(word->dutch);
    }
  }
  for (const auto* word : rw::words::respelled) dutch.emplace(word->dutch);
  std::vector<std::string> lists = between(read("web/regels_mode.js"), "\\b(?:", ")\\b");
  ASSERT_EQ(lists.size(), 2u) << "web/regels_mode.js should have two keyword lists: the English mode's and the Dutch one's";
  EXPECT_EQ(english.size(), rw::words::reserved.size() + rw::words::contextual.size()) << "a word is listed twice";
  EXPECT_EQ(listed_words(lists[0]), english);
  EXPECT_EQ(listed_words(lists[1]), dutch);
}

// Every word the rule files' grammar uses is in one of the two lists above, so a word added to the
// grammar but left out of them (and so of the editor) is found.
TEST(EditorKeywords, ListEveryWordTheGrammarUses) {
  std::set<std::string> listed;
  for (const auto* word : rw::words::reserved) listed.emplace(word->spelling);
  for (const auto* word : rw::words::contextual) listed.emplace(word->spelling);
  std::map<std::string, std::string> spelling;  // by the name of its Word in lang/keywords.h
  std::string table = read("lang/keywords.h");
  for (const std::string& entry : between(table, "inline constexpr Word ", ";")) {
    std::size_t open = entry.find("{\""), close = entry.find('"', open + 2);  // `name{"spelling"...}`
    if (close != std::string::npos) spelling[entry.substr(0, open)] = entry.substr(open + 2, close - open - 2);
  }
  std::vector<std::string> used = between(read("lang/grammar.h"), "word<words::", ">");
  EXPECT_GE(spelling.size(), 50u);  // the table was read
  EXPECT_GE(used.size(), 50u);      // and the grammar
  for (const std::string& name : used) {
    ASSERT_TRUE(spelling.count(name)) << "lang/grammar.h uses words::" << name << ", which lang/keywords.h does not define";
    EXPECT_TRUE(listed.count(spelling[name])) << "'" << spelling[name] << "' is in the grammar but in neither words::reserved nor words::contextual";
  }
}

}  // namespace

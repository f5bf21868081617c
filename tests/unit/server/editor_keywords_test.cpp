// The Regels screen's highlighting (web/regels_mode.js) knows the language's keywords: exactly those
// lang/grammar.h reserves, so a new keyword cannot be forgotten in the editor.
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace {

std::string read(const std::string& relative) {
  std::ifstream in(std::string(REGELWERK_SOURCE_DIR) + "/" + relative);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(EditorKeywords, AreTheGrammarsKeywords) {
  std::set<std::string> grammar, editor;
  std::string rules = read("lang/grammar.h");
  std::regex keyword(R"re(TAO_PEGTL_KEYWORD\("([a-z_]+)"\))re");
  for (auto it = std::sregex_iterator(rules.begin(), rules.end(), keyword); it != std::sregex_iterator(); ++it) grammar.insert((*it)[1]);
  std::string mode = read("web/regels_mode.js");
  std::smatch list;
  ASSERT_TRUE(std::regex_search(mode, list, std::regex(R"re(\\b\(\?:([a-z_|]+)\)\\b)re"))) << "no keyword list in web/regels_mode.js";
  std::string words = list[1];
  for (std::size_t start = 0; start <= words.size();) {
    std::size_t bar = words.find('|', start);
    editor.insert(words.substr(start, bar - start));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  EXPECT_GE(grammar.size(), 30u);  // the grammar was read
  EXPECT_EQ(editor, grammar);
}

}  // namespace

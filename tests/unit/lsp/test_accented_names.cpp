// Names with accented letters in the language server: positions are UTF-16 code units, so a name after
// `één` and `cliënten` on the same line is found at its column in characters, not in bytes.
#include <gtest/gtest.h>

#include "lsp/handlers.h"
#include "lsp/target.h"

namespace rw::lsp::accented_names_test {  // named: the unity build puts it beside other tests
namespace {

const std::string uri = "file:///zorg/zorg.regels";

// Line 5, `define één: money = cliënten * tarief`, in UTF-16 units: "define " 0..6, één 7..9, ": money = "
// 10..19, cliënten 20..27, " * " 28..30, tarief 31..36 (in bytes tarief starts at 34: é, é and ë are two each).
const std::string model_text =
    "model \"Zorg\"\n"
    "members Arnhem\n"
    "account centre \"Centrum\"\n"
    "parameter tarief: money = \xE2\x82\xAC" "10\n"
    "parameter cli\xC3\xABnten: integer = 3\n"
    "define \xC3\xA9\xC3\xA9n: money = cli\xC3\xABnten * tarief\n"
    "rule 1 \"Zorg\" for 2024 { centre pays \xC3\xA9\xC3\xA9n to Arnhem }\n";

json at(int line, int character) {
  return json{{"textDocument", {{"uri", uri}}}, {"position", {{"line", line}, {"character", character}}}};
}

json range(int line, int start, int end) {
  return json{{"start", {{"line", line}, {"character", start}}}, {"end", {{"line", line}, {"character", end}}}};
}

Workspace open(const std::string& text) {
  Workspace workspace;
  workspace.documents.open(uri, DocumentLanguage::Rules, 1, text);
  workspace.reanalyse(uri);
  return workspace;
}

TEST(AccentedNames, AreFoundAtTheirColumnInUtf16Units) {
  Workspace workspace = open(model_text);
  ASSERT_TRUE(workspace.find(uri)->latest->program);
  // tarief after cliënten: its declaration on line 3, `parameter tarief`, units 10..16.
  json tarief = definition(workspace, at(5, 33));
  EXPECT_EQ(tarief.at("range"), range(3, 10, 16)) << tarief.dump();
  // Its first unit and its last, not one before nor after.
  EXPECT_EQ(definition(workspace, at(5, 31)).at("range"), range(3, 10, 16));
  EXPECT_EQ(definition(workspace, at(5, 37)).at("range"), range(3, 10, 16));
  // cliënten itself, at the unit after ë: declared at line 4, units 10..18 (8 characters).
  EXPECT_EQ(definition(workspace, at(5, 24)).at("range"), range(4, 10, 18));
  // één, from its use on line 6 ("rule 1 \"Zorg\" for 2024 { centre pays " is 37 units).
  EXPECT_EQ(definition(workspace, at(6, 38)).at("range"), range(5, 7, 10));
}

TEST(AccentedNames, HaveTheirUsesAtTheirColumns) {
  Workspace workspace = open(model_text);
  json params = at(3, 12);
  params["context"] = {{"includeDeclaration", true}};
  json uses = references(workspace, params);
  ASSERT_EQ(uses.size(), 2u) << uses.dump();
  EXPECT_EQ(uses[0].at("range"), range(3, 10, 16));
  EXPECT_EQ(uses[1].at("range"), range(5, 31, 37));
  // The hover over één says its range on the line, in units.
  json over = hover(workspace, at(6, 38));
  EXPECT_EQ(over.at("range"), range(6, 37, 40)) << over.dump();
}

// A new name may have accented letters, not `×`; the edits are at the columns in units.
TEST(AccentedNames, AreNewNamesForRename) {
  Workspace workspace = open(model_text);
  json params = at(5, 33);
  params["newName"] = "tarief_\xC3\xA9\xC3\xA9n";
  json edits = rename(workspace, params).at("changes").at(uri);
  ASSERT_EQ(edits.size(), 2u) << edits.dump();
  EXPECT_EQ(edits[0].at("range"), range(3, 10, 16));
  EXPECT_EQ(edits[1].at("range"), range(5, 31, 37));
  params["newName"] = "tarief\xC3\x97" "2";
  EXPECT_THROW(rename(workspace, params), RequestError);
}

// While the text does not check, the name under the cursor is read from the text as it is: whole,
// accented letters included (`cliënten`, not `cli` or `nten`).
TEST(AccentedNames, AreReadWholeFromAHalfTypedLine) {
  Workspace workspace = open(model_text);
  std::string broken = model_text;
  broken.replace(broken.find(" * tarief"), 9, " * tarief +");
  workspace.documents.open(uri, DocumentLanguage::Rules, 2, broken);
  workspace.reanalyse(uri);
  ASSERT_FALSE(workspace.find(uri)->latest->program);
  EXPECT_EQ(definition(workspace, at(5, 24)).at("range"), range(4, 10, 18));
  EXPECT_EQ(definition(workspace, at(5, 8)).at("range"), range(5, 7, 10));
  std::uint32_t begin = 0;
  EXPECT_EQ(word_at(broken, static_cast<std::uint32_t>(broken.find("nten *")), begin), "cli\xC3\xABnten");
  EXPECT_EQ(word_at("a\xC3\x97" "b", 1, begin), "a");  // × ends a name
}

}  // namespace
}  // namespace rw::lsp::accented_names_test

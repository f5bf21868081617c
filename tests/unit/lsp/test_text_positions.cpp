// LSP positions count UTF-16 code units; the text is UTF-8.
#include <gtest/gtest.h>

#include "lsp/analysis.h"
#include "lsp/document_store.h"
#include "lsp/text_positions.h"

namespace rw::lsp {
namespace {

// Line 0: "cliënten x": c l i ë(2 bytes, 1 unit) n t e n, a space, x: x at byte 10, unit 9.
// Line 0 is 11 bytes (3 + 2 + 4 + 1 + 1), its line break byte 11, so line 1 starts at byte 12.
// Line 1: "😀b": the emoji is 4 bytes and 2 units (a surrogate pair): b at byte 12 + 4 = 16, unit 2.
const std::string text = "cli\xC3\xABnten x\n\xF0\x9F\x98\x80" "b\n";

TEST(TextPositions, OffsetsToPositions) {
  LineIndex lines(text);
  EXPECT_EQ(lines.position(0).character, 0);
  EXPECT_EQ(lines.position(10).line, 0);
  EXPECT_EQ(lines.position(10).character, 9);
  EXPECT_EQ(lines.position(16).line, 1);
  EXPECT_EQ(lines.position(16).character, 2);
  // Inside the emoji (byte 14): its start, unit 0.
  EXPECT_EQ(lines.position(14).character, 0);
  // Inside ë (byte 4 is its second byte): the position of ë itself, unit 3.
  EXPECT_EQ(lines.position(4).character, 3);
  // The end of the text: line 2 (after the last line break), unit 0.
  EXPECT_EQ(lines.end().line, 2);
  EXPECT_EQ(lines.end().character, 0);
}

TEST(TextPositions, PositionsToOffsets) {
  LineIndex lines(text);
  EXPECT_EQ(lines.offset({0, 9}), 10u);
  EXPECT_EQ(lines.offset({0, 4}), 5u);  // after ë: c l i = 3 bytes, ë = 2
  EXPECT_EQ(lines.offset({1, 2}), 16u);
  EXPECT_EQ(lines.offset({0, 100}), 11u);  // past the end of line 0: before its line break
  EXPECT_EQ(lines.offset({7, 0}), static_cast<std::uint32_t>(text.size()));
  EXPECT_EQ(utf16_length("\xF0\x9F\x98\x80" "b"), 3);
}

TEST(TextPositions, IncrementalChangesAreAppliedInOrder) {
  // Replace ë (units 3..4 of line 0) by e, then insert "s" at the end of line 0 (unit 10 after the first change).
  std::vector<TextChange> changes{{Range{{0, 3}, {0, 4}}, "e"}, {Range{{0, 10}, {0, 10}}, "s"}};
  EXPECT_EQ(apply_changes(text, changes), "clienten xs\n\xF0\x9F\x98\x80" "b\n");
  // A change without a range replaces the whole text.
  EXPECT_EQ(apply_changes(text, {{std::nullopt, "new"}}), "new");
}

TEST(TextPositions, LanguageOfADocument) {
  EXPECT_EQ(language_of("file:///x/a.regeltest", ""), DocumentLanguage::Tests);
  EXPECT_EQ(language_of("file:///x/a.regels", "regels"), DocumentLanguage::Rules);
}

}  // namespace
}  // namespace rw::lsp

namespace rw::lsp {
namespace {

TEST(Uris, PathsAndFileUris) {
  // A space is %20 and ë (C3 AB in UTF-8) is %C3%AB in a URI; both ways.
  EXPECT_EQ(uri_of_path("/a b/cli\xC3\xABnten.regels"), "file:///a%20b/cli%C3%ABnten.regels");
  EXPECT_EQ(path_of_uri("file:///a%20b/cli%C3%ABnten.regels"), "/a b/cli\xC3\xABnten.regels");
  EXPECT_EQ(path_of_uri("untitled:Untitled-1"), "untitled:Untitled-1");
}

}  // namespace
}  // namespace rw::lsp

// The symbol index: declarations and every use, from the checker's resolutions.
#include <gtest/gtest.h>

#include "lsp/symbol_index.h"
#include "tests/unit/compiled_program.h"

namespace rw::lsp {
namespace {

const std::string model_text =
    "model \"Klein\"\n"
    "members Noordstad, Zuiddorp\n"
    "account centre \"Centrum\"\n"
    "enum Product = BW | BT\n"
    "record Client {\n"
    "  id: text\n"
    "  product: Product\n"
    "}\n"
    "input clients: list of Client keyed by id\n"
    "# The fee per client.\n"
    "parameter fee: money = \xE2\x82\xAC" "6_000 from 2022, \xE2\x82\xAC" "6_500 from 2024\n"
    "define double_fee: money = fee * 2\n"
    "rule 1 \"Vergoeding\" for 2022..2024 {\n"
    "  for each c in clients where c.product = BW {\n"
    "    centre pays fee to Noordstad\n"
    "  }\n"
    "  centre pays double_fee to Zuiddorp\n"
    "}\n";

// The offset of the `n`th (0-based) appearance of `word` in the model text.
std::uint32_t nth(const std::string& word, int n) {
  std::size_t at = model_text.find(word);
  for (int i = 0; i < n; ++i) at = model_text.find(word, at + 1);
  return static_cast<std::uint32_t>(at);
}

TEST(SymbolIndex, FindsDeclarationsAndUses) {
  Program program = compiled_program("klein.regels", model_text);
  SymbolIndex index = build_symbol_index(program.model);
  std::vector<int> fee = index.named("fee");
  ASSERT_EQ(fee.size(), 1u);
  EXPECT_EQ(index.symbols[fee[0]].kind, SymbolKind::Parameter);
  // fee is named in "parameter fee", "= fee * 2" and "pays fee to" (not in the comment, nor in double_fee):
  // the declaration first, then the uses in order.
  std::vector<Occurrence> uses = index.occurrences_of(fee[0]);
  ASSERT_EQ(uses.size(), 3u);
  EXPECT_TRUE(uses[0].declaration);
  EXPECT_EQ(uses[0].range.begin, nth("parameter fee", 0) + 10);
  EXPECT_EQ(uses[1].range.begin, nth("= fee", 0) + 2);
  EXPECT_EQ(uses[2].range.begin, nth("pays fee", 0) + 5);
  EXPECT_EQ(uses[2].range.end, nth("pays fee", 0) + 8);
}

TEST(SymbolIndex, FieldsTypesVariantsAndCalls) {
  Program program = compiled_program("klein.regels", model_text);
  SymbolIndex index = build_symbol_index(program.model);
  // "product" (lower case) appears in the field's declaration (0) and in "c.product" (1): the field of Client.
  const Occurrence* field = index.occurrence_at(nth("product", 1) + 2);
  ASSERT_NE(field, nullptr);
  EXPECT_EQ(index.symbols[field->symbol].kind, SymbolKind::Field);
  EXPECT_EQ(index.symbols[field->symbol].name, "product");
  // The type `Product` of the field refers to the enum, BW in the rule to its variant, `id` in keyed by to the field.
  const Occurrence* type = index.occurrence_at(nth("Product", 1));
  ASSERT_NE(type, nullptr);
  EXPECT_EQ(index.symbols[type->symbol].kind, SymbolKind::Enum);
  const Occurrence* variant = index.occurrence_at(nth("BW", 1));
  ASSERT_NE(variant, nullptr);
  EXPECT_EQ(index.symbols[variant->symbol].kind, SymbolKind::Variant);
  const Occurrence* key = index.occurrence_at(nth("by id", 0) + 3);
  ASSERT_NE(key, nullptr);
  EXPECT_EQ(index.symbols[key->symbol].name, "id");
  // Members and accounts; the loop variable c is a local of type Client.
  EXPECT_EQ(index.symbols[index.occurrence_at(nth("Zuiddorp", 1))->symbol].kind, SymbolKind::Member);
  EXPECT_EQ(index.symbols[index.occurrence_at(nth("centre", 1))->symbol].kind, SymbolKind::Account);
  const LocalUse* c = index.local_at(nth("c.product", 0));
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "c");
  EXPECT_EQ(type_name(c->type, program.model.tables), "Client");
  // The rule is a symbol named by its number.
  ASSERT_EQ(index.named("1").size(), 1u);
  EXPECT_EQ(index.symbols[index.named("1")[0]].kind, SymbolKind::Rule);
}

}  // namespace
}  // namespace rw::lsp

// ModelFacts: what the evaluator knows about a model before it runs (pure, year-free, stable filters, ids
// and keys), each fact checked on a small model whose answers can be read off its text.
#include <gtest/gtest.h>

#include "lang/checker.h"
#include "runtime/eval/model_facts.h"
#include "stdlib/builtins.h"

namespace rw {
namespace {

const char* facts_model = R"(model "Facts"
members A, B
account reserve "Reserve"
record Client { id: text  product: text  born: integer }
input clients: list of Client keyed by id
parameter fee: money = €6_000
parameter tariff: money = €62_000 from 2025, €64_000 from 2028
define doubled: money = fee * 2
define dated: money = tariff * 2
define member_count: integer = count(m for each m in members)
define in_reserve: money = balance(reserve)
define grown: money = doubled + in_reserve
rule 1 "Filters" for 2025 {
  for each c in clients where c.product = "BW" { A pays fee to B }
  for each c in clients where c.born < year - 18 { A pays fee to B }
  for each c in clients where in_reserve > €0 { A pays fee to B }
  for each c in clients where count(d for each d in clients where d.born = c.born) > 1 { A pays fee to B }
}
)";

struct Checked {
  SourceFile source{"facts.regels", facts_model};
  CheckedModel model;
  Checked() {
    CheckResult result = parse_and_check(source, builtin_signatures());
    if (!result.model) throw std::runtime_error(render_all(result.diagnostics, source));
    model = std::move(*result.model);
  }
  int definition(const std::string& name) const {
    for (std::size_t i = 0; i < model.definitions.size(); ++i) {
      if (model.definitions[i].name == name) return static_cast<int>(i);
    }
    throw std::runtime_error("no definition " + name);
  }
  int parameter(const std::string& name) const {
    for (std::size_t i = 0; i < model.parameters.size(); ++i) {
      if (model.parameters[i].name == name) return static_cast<int>(i);
    }
    throw std::runtime_error("no parameter " + name);
  }
  // The n-th `for each` of rule 1: its filter and its variable's slot.
  std::pair<const ast::Expr*, int> filter(std::size_t n) const {
    const auto& loop = std::get<ast::ForEach>(model.rules.front().decl->body.at(n)->node);
    return {loop.filter.get(), loop.slot};
  }
};

TEST(ModelFacts, PureDefinitionsReadNoBalances) {
  Checked c;
  ModelFacts facts(c.model, {});
  EXPECT_TRUE(facts.pure(c.definition("doubled")));
  EXPECT_TRUE(facts.pure(c.definition("member_count")));
  EXPECT_FALSE(facts.pure(c.definition("in_reserve")));  // balance(reserve) changes rule by rule
  EXPECT_FALSE(facts.pure(c.definition("grown")));       // through in_reserve
}

TEST(ModelFacts, YearFreeUnlessYearDatedValuesBalancesOrAWhatIf) {
  Checked c;
  ModelFacts facts(c.model, {});
  EXPECT_TRUE(facts.year_free_parameter(c.parameter("fee")));        // one value, no `from`
  EXPECT_FALSE(facts.year_free_parameter(c.parameter("tariff")));    // from 2025, from 2028
  EXPECT_TRUE(facts.year_free_definition(c.definition("doubled")));
  EXPECT_FALSE(facts.year_free_definition(c.definition("dated")));   // reads tariff
  EXPECT_FALSE(facts.year_free_definition(c.definition("member_count")));  // members follow the year
  EXPECT_FALSE(facts.year_free_definition(c.definition("in_reserve")));

  // A what-if that changes fee may give it a value per year: neither fee nor doubled is year-free then.
  ModelFacts changed(c.model, {c.parameter("fee")});
  EXPECT_FALSE(changed.year_free_parameter(c.parameter("fee")));
  EXPECT_FALSE(changed.year_free_definition(c.definition("doubled")));
}

TEST(ModelFacts, StableFiltersReadOnlyTheirItemAndWhatIsFixedInTheYear) {
  Checked c;
  ModelFacts facts(c.model, {});
  auto [product, product_slot] = c.filter(0);
  EXPECT_TRUE(facts.stable(*product, product_slot));
  EXPECT_TRUE(facts.year_free(*product));  // c.product = "BW": the same in every year
  auto [born, born_slot] = c.filter(1);
  EXPECT_TRUE(facts.stable(*born, born_slot));
  EXPECT_FALSE(facts.year_free(*born));  // reads year
  auto [reserve, reserve_slot] = c.filter(2);
  EXPECT_FALSE(facts.stable(*reserve, reserve_slot));  // a definition that reads balances
  auto [nested, nested_slot] = c.filter(3);
  EXPECT_FALSE(facts.stable(*nested, nested_slot));  // a comprehension inside is not followed
}

TEST(ModelFacts, RecordsIdsAndKeys) {
  Checked c;
  ModelFacts facts(c.model, {});
  const RecordInfo& client = c.model.tables.records.front();
  EXPECT_EQ(facts.id_field(0), client.field_index("id").value());
  EXPECT_EQ(facts.key_fields(0), std::vector<int>{client.field_index("id").value()});
  EXPECT_GE(facts.sum_builtin(), 0);
  EXPECT_GE(facts.count_builtin(), 0);
  EXPECT_GE(facts.balance_builtin(), 0);
}

}  // namespace
}  // namespace rw

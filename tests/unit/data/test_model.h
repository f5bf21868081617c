#pragma once
// The model the data tests load against, built by hand:
//   members A, B; account centre; enum Product = BW | BT;
//   record Stay {municipality: member, period: period}
//   record Client {id: text, product: Product, start: date, fee: money?, stays: list of Stay}
//   input clients: list of Client; input rate: decimal
#include "lang/model.h"

namespace rw::test {

inline ModelTables client_model() {
  ModelTables t;
  t.model_name = "Test";
  t.accounts = {{"A", "A", AccountKind::Member, {}},
                {"B", "B", AccountKind::Member, {}},
                {"centre", "Centre", AccountKind::Account, {}}};
  t.member_count = 2;
  t.enums = {{"Product", {"BW", "BT"}, {}}};
  t.records = {
      {"Stay", {{"municipality", Type::of(TypeKind::Member), {}}, {"period", Type::of(TypeKind::Period), {}}}, {}},
      {"Client",
       {{"id", Type::of(TypeKind::Text), {}},
        {"product", Type::enumeration(0), {}},
        {"start", Type::of(TypeKind::Date), {}},
        {"fee", Type::optional(Type::of(TypeKind::Money)), {}},
        {"stays", Type::list(Type::record(0)), {}}},
       {}}};
  t.inputs = {{"clients", Type::list(Type::record(1)), {}, {}}, {"rate", Type::of(TypeKind::Decimal), {}, {}}};
  return t;
}

}  // namespace rw::test

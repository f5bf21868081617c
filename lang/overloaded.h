#pragma once
// One callable made of several lambdas, for std::visit over the AST's variants. Give one lambda per
// kind and none taking `auto`: then a kind added to a variant fails to compile wherever it is visited.

namespace rw {

template <typename... Lambdas>
struct Overloaded : Lambdas... {
  using Lambdas::operator()...;
};

}  // namespace rw

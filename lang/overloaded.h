#pragma once
// Exhaustive visits over the AST's variants. Overloaded: one callable made of several lambdas; give one
// lambda per kind and none taking `auto`. In a visit by `if constexpr` over the kinds, end with
// `else static_assert(unhandled_kind<T>)`. Either way a kind added to a variant fails to compile
// wherever it is visited.

namespace rw {

template <typename... Lambdas>
struct Overloaded : Lambdas... {
  using Lambdas::operator()...;
};
template <typename... Lambdas>
Overloaded(Lambdas...) -> Overloaded<Lambdas...>;  // clang does not deduce an aggregate's arguments by itself

// False for every kind: the static_assert of a visit's last `else`, which only a kind no branch names reaches.
template <typename Kind>
constexpr bool unhandled_kind = false;

}  // namespace rw

// Pass: the accounts' declared opening balances (`account reserve "..." opening <money>`).
#include <algorithm>

#include <fmt/format.h>

#include "lang/checker_state.h"
#include "lang/uses.h"
#include "messages/say.h"

namespace rw::checker {

namespace {

// The index of the built-in `balance` in the checker's table, or -1.
int balance_builtin(const State& state) {
  for (std::size_t i = 0; i < state.builtins.size(); ++i) {
    if (state.builtins[i].name == "balance") return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

void check_openings(State& state) {
  int balance = balance_builtin(state);
  for (const ast::Decl& decl : state.model.file->decls) {
    const auto* account = std::get_if<ast::AccountDecl>(&decl.node);
    if (!account || !account->opening) continue;
    std::optional<int> index = state.model.tables.find_account(account->id.name);
    Scope scope;
    scope.in_opening = true;
    Type type = check_expression(state, *account->opening, scope);
    expect_type(state, *account->opening, type, Type::of(TypeKind::Money),
                say("the opening balance of account '{}'", account->id.name));
    std::vector<int> called = builtins_used(state.model, *account->opening);
    if (std::find(called.begin(), called.end(), balance) != called.end()) {
      state.error(account->opening->range,
                  say("the opening balance of account '{}' cannot read balance(): balances start from the "
                              "opening balances; write the amount, or read it from a parameter or an input",
                              account->id.name));
    }
    if (index && state.model.tables.accounts[*index].kind == AccountKind::Account) state.model.openings.push_back({*index, account->opening.get(), static_cast<int>(scope.slot_types.size())});
  }
}

}  // namespace rw::checker

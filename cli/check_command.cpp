// `regelwerk check FILE`: parse and check a rule file, report every problem.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/load_model.h"
#include "messages/say.h"

namespace rw {

void add_check_command(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("check", say("Check a rule file: syntax, names, types, units, cycles"));
  auto file = std::make_shared<std::string>();
  command->add_option("FILE", *file, say("The rule file (*.regels)"))->required();
  command->callback([file, &exit_code] {
    auto loaded = load_model(*file, true);
    if (!loaded) {
      exit_code = exit_user_error;
      return;
    }
    const CheckedModel& model = loaded->model;
    auto [first, last] = model.year_span();
    std::size_t accounts = model.tables.accounts.size() - model.tables.member_count;
    std::string other_accounts = accounts == 1 ? say("{} other account", accounts) : say("{} other accounts", accounts);
    std::size_t rule_count = model.rules.size();
    std::string rules = rule_count == 1 ? say("{} rule", rule_count) : say("{} rules", rule_count);
    std::cout << say("{}: ok: model \"{}\": {} members, {}, {}, years {}..{}", *file, model.tables.model_name, model.tables.member_count,
                     other_accounts, rules, first, last)
              << "\n";
    exit_code = exit_ok;
  });
}

}  // namespace rw

// `regelwerk check FILE`: parse and check a rule file, report every problem.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/load_model.h"

namespace rw {

void add_check_command(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("check", "Check a rule file: syntax, names, types, units, cycles");
  auto file = std::make_shared<std::string>();
  command->add_option("FILE", *file, "The rule file (*.regels)")->required();
  command->callback([file, &exit_code] {
    auto loaded = load_model(*file, true);
    if (!loaded) {
      exit_code = exit_user_error;
      return;
    }
    const CheckedModel& model = loaded->model;
    auto [first, last] = model.year_span();
    std::size_t accounts = model.tables.accounts.size() - model.tables.member_count;
    std::cout << fmt::format("{}: ok: model \"{}\": {} members, {} other account{}, {} rule{}, years {}..{}\n", *file,
                             model.tables.model_name, model.tables.member_count, accounts, accounts == 1 ? "" : "s",
                             model.rules.size(), model.rules.size() == 1 ? "" : "s", first, last);
    exit_code = exit_ok;
  });
}

}  // namespace rw

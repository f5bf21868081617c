// `regelwerk lsp`: the language server for rule and test files, over standard input and output.
#include <iostream>

#include "cli/commands.h"
#include "lsp/server.h"
#include "messages/say.h"

namespace rw {

void add_lsp_command(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("lsp", say("Run the language server (Language Server Protocol over stdin and stdout) for editors"));
  command->callback([&exit_code] {
    std::ios::sync_with_stdio(false);
    exit_code = lsp::serve_language_server(std::cin, std::cout);
  });
}

}  // namespace rw

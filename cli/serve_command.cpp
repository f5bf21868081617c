// `regelwerk serve FILE --data PATH [--years Y|Y..Y] [--port N] [--host ADDRESS]`: the what-if workbench in a browser.
#include <iostream>

#include "cli/commands.h"
#include "cli/session.h"
#include "server/http_server.h"

namespace rw {

namespace {

struct ServeCommandOptions {
  SessionOptions session;
  ServeOptions serve;
};

int serve_workbench(const ServeCommandOptions& options) {
  auto session = open_session(options.session);
  if (!session) return exit_user_error;
  auto agreed = settle(*session, session->overrides);
  if (!agreed) return exit_user_error;
  if (options.serve.host != "127.0.0.1") {
    std::cerr << "regelwerk: warning: --host " << options.serve.host
              << ": the workbench can be reached from other machines; anyone with the printed URL can use it\n";
  }
  Workbench workbench{*session->loaded.source, session->loaded.model, session->data, options.session.data, session->years, std::move(*agreed)};
  std::string problem;
  bool served = serve(workbench, options.serve, [](const std::string& url) {
    std::cout << "The workbench is open at:\n\n    " << url << "\n\nOpen that address in a browser; press Ctrl+C to stop.\n" << std::flush;
  }, problem);
  if (!served) {
    std::cerr << "regelwerk: error: " << problem << "\n";
    return exit_user_error;
  }
  return exit_ok;
}

}  // namespace

void add_serve_command(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("serve", "Open the what-if workbench: the settlement, what-ifs and explanations in a browser");
  auto options = std::make_shared<ServeCommandOptions>();
  add_model_and_data_options(*command, options->session);
  command->add_option("--port", options->serve.port, "The port to listen on (0: any free port)")->capture_default_str()->check(CLI::Range(0, 65535));
  command->add_option("--host", options->serve.host,
                      "The address to listen on; anything but 127.0.0.1 makes the workbench reachable from other machines")
      ->capture_default_str();
  command->callback([options, &exit_code] { exit_code = serve_workbench(*options); });
}

}  // namespace rw

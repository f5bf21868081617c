// `regelwerk serve FILE --data PATH [--years Y|Y..Y] [--port N] [--host ADDRESS] [--tests PATH...]`: the what-if workbench in a browser.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/session.h"
#include "server/http_server.h"
#include "testing/runner.h"
#include "messages/say.h"

namespace rw {

namespace {

struct ServeCommandOptions {
  SessionOptions session;
  ServeOptions serve;
  std::vector<std::string> tests;  // --tests: test files or folders for drafts of the rules; default: FILE's own .regeltest
};

// The test files a draft of `rule_file` is tested with: those `paths` name, or else the rule file's
// namesake test file (rules/x.regels: rules/x.regeltest) when there is one; nullopt after printing a problem.
std::optional<std::vector<std::string>> test_files_for(const std::string& rule_file, const std::vector<std::string>& paths) {
  if (paths.empty()) {
    std::filesystem::path namesake = std::filesystem::path(rule_file).replace_extension(".regeltest");
    std::error_code error;
    if (!std::filesystem::is_regular_file(namesake, error)) return std::vector<std::string>{};
    return std::vector<std::string>{namesake.string()};
  }
  std::vector<std::string> errors;
  std::vector<std::string> files = testing::find_test_files(paths, errors);
  for (const std::string& error : errors) std::cerr << error << "\n";
  if (!errors.empty()) return std::nullopt;
  return files;
}

int serve_workbench(const ServeCommandOptions& options) {
  auto session = open_session(options.session);
  if (!session) return exit_user_error;
  auto agreed = settle(*session, session->overrides);
  if (!agreed) return exit_user_error;
  auto tests = test_files_for(options.session.file, options.tests);
  if (!tests) return exit_user_error;
  if (options.serve.host != "127.0.0.1") {
    std::cerr << say("regelwerk: warning: --host {}: the workbench can be reached from other machines; anyone with the printed URL can use it",
                     options.serve.host)
              << "\n";
  }
  Workbench workbench{session->loaded, session->data, options.session.data,
                      options.session.data_options, session->years, std::move(*agreed), std::move(*tests)};
  std::string problem;
  bool served = serve(workbench, options.serve, [](const std::string& url) {
    std::cout << say("The workbench is open at:") << "\n\n    " << url << "\n\n" << say("Open that address in a browser; press Ctrl+C to stop.")
              << "\n" << std::flush;
  }, problem);
  if (!served) {
    std::cerr << say("regelwerk: error: {}", problem) << "\n";
    return exit_user_error;
  }
  return exit_ok;
}

}  // namespace

void add_serve_command(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("serve", say("Open the what-if workbench: the settlement, what-ifs and explanations in a browser"));
  auto options = std::make_shared<ServeCommandOptions>();
  add_model_and_data_options(*command, options->session);
  command->add_option("--port", options->serve.port, say("The port to listen on (0: any free port)"))->capture_default_str()->check(CLI::Range(0, 65535));
  command->add_option("--host", options->serve.host,
                      say("The address to listen on; anything but 127.0.0.1 makes the workbench reachable from other machines"))
      ->capture_default_str();
  command->add_option("--tests", options->tests,
                      say("Test files or folders a draft of the rules is tested with on the Regels screen (default: FILE's .regeltest)"));
  command->callback([options, &exit_code] { exit_code = serve_workbench(*options); });
}

}  // namespace rw

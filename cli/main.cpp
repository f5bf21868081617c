// regelwerk: the command-line entry point. It parses arguments and calls the subcommands.
#include <exception>
#include <iostream>

#include "cli/commands.h"
#include "cli/console.h"
#include "cli/load_model.h"
#include "cli/message_language.h"
#include "cli/output.h"
#include "cli/parse_error_text.h"
#include "cli/version.h"
#include "messages/say.h"

namespace {

// Parses the command line and runs the subcommand; the exit code before checking standard output.
int run_subcommand(int argc, char** argv) {
  rw::choose_message_language(argc, argv);
  CLI::App app{rw::say("regelwerk: regional financial arrangements for sheltered housing, as rules that settle exactly")};
  rw::add_language_option(app);
  app.require_subcommand(1);
  app.set_version_flag("--version", rw::version_line(), rw::say("Print the version and the git commit it was built from, and exit"));
  int exit_code = rw::exit_ok;
  rw::add_check_command(app, exit_code);
  rw::add_run_command(app, exit_code);
  rw::add_compare_command(app, exit_code);
  rw::add_explain_command(app, exit_code);
  rw::add_fmt_command(app, exit_code);
  rw::add_diff_command(app, exit_code);
  rw::add_test_command(app, exit_code);
  rw::add_snapshot_command(app, exit_code);
  rw::add_template_command(app, exit_code);
  rw::add_serve_command(app, exit_code);
  rw::add_lsp_command(app, exit_code);
  rw::translate_subcommand_heading(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << rw::parse_error_text(e) << "\n" << rw::tr("Run with --help for more information.") << "\n";
    return rw::exit_user_error;
  } catch (const std::exception& e) {
    std::cerr << "regelwerk: internal error: " << e.what() << "\n";
    return rw::exit_internal_error;
  }
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  rw::prepare_console();
  return rw::finish_output(run_subcommand(argc, argv));
}

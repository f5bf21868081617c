// `regelwerk snapshot FILE --data PATH --out SNAP [--years ...] [--set ...] [--scenario ...]`: the whole
// ledger in the canonical text a test can expect (`expect snapshot "SNAP"`).
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/session.h"
#include "testing/snapshot.h"
#include "messages/say.h"

namespace rw {

void add_snapshot_command(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("snapshot", say("Write the whole ledger as a canonical, diff-friendly snapshot"));
  auto session_options = std::make_shared<SessionOptions>();
  auto out = std::make_shared<std::string>();
  add_session_options(*command, *session_options);
  command->add_option("--out", *out, say("The snapshot file to write (atomically)"))->required();
  command->callback([session_options, out, &exit_code] {
    auto session = open_session(*session_options);
    auto ledger = session ? settle(*session, session->overrides) : std::nullopt;
    exit_code = ledger ? emit(testing::snapshot_text(*ledger), {*out, "snapshot", {}, session->inputs}) : exit_user_error;
  });
}

}  // namespace rw

#pragma once
// The language server's loop: reads JSON-RPC messages from `in`, answers requests and publishes
// diagnostics on `out`, until `exit` or the end of the input. A malformed message gets an error
// answer (or is skipped, for a notification); no message ends the loop but `exit`.
#include <istream>
#include <ostream>

namespace rw::lsp {

// Serves one client; the exit code LSP asks for: 0 after shutdown then exit, 1 otherwise.
int serve_language_server(std::istream& in, std::ostream& out);

}  // namespace rw::lsp

#pragma once
// `regelwerk serve`: the workbench's HTTP server on one address, guarded by a token (server/access_guard.h).
#include <chrono>
#include <functional>
#include <string>

#include "server/workbench.h"

namespace rw {

struct ServeOptions {
  std::string host = "127.0.0.1";  // --host: another address than loopback must be asked for
  int port = 8470;                 // --port; 0: any free port
};

// Limits on what one request may ask.
inline constexpr std::size_t max_request_bytes = 64 * 1024;  // a what-if is a few hundred bytes
inline constexpr int io_timeout_seconds = 10;                // to read a request or write an answer
// For the evaluations of one request (the example's what-if takes about 50 ms, a draft with its tests about 1 s).
inline constexpr std::chrono::milliseconds request_time_limit{20000};

// Serves the workbench until SIGINT or SIGTERM. `announce` is called once with the URL to open (with
// the token) when the server listens. Returns false, after `announce` was not called, when the
// address cannot be bound; `problem` then says why.
bool serve(const Workbench& workbench, const ServeOptions& options, const std::function<void(const std::string&)>& announce,
           std::string& problem);

}  // namespace rw

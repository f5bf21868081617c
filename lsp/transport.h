#pragma once
// The Language Server Protocol's framing: each message is a header block ("Content-Length: N", other
// headers ignored) ended by an empty line, then N bytes of JSON. Reads and writes whole messages.
#include <istream>
#include <optional>
#include <ostream>
#include <string>

namespace rw::lsp {

// The most a single message may hold; a longer one is refused (its bytes are skipped).
inline constexpr std::size_t max_message_bytes = 64u * 1024 * 1024;

struct IncomingMessage {
  std::string body;   // the JSON text; empty when `problem` is set
  std::string problem;  // why the message could not be read ("" when it was)
};

// The next message from `in`, or nullopt at the end of the input (or when the stream breaks off mid-message).
std::optional<IncomingMessage> read_message(std::istream& in);

// Writes `body` to `out` with its Content-Length header, and flushes.
void write_message(std::ostream& out, const std::string& body);

}  // namespace rw::lsp

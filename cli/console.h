#pragma once
// The standard streams as regelwerk expects them on every platform.

namespace rw {

// On Windows: the console reads and writes UTF-8, and stdin, stdout and stderr are binary, so output
// is byte for byte what it is on Linux (no "\n" turned into "\r\n") and the language server's
// Content-Length framing holds. Elsewhere nothing needs doing.
void prepare_console();

}  // namespace rw

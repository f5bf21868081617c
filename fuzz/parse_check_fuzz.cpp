// libFuzzer target: any bytes as a rule file: parse, check and render diagnostics; never crash or hang.
#include <cstddef>
#include <cstdint>
#include <string>

#include "lang/checker.h"
#include "lang/parser.h"
#include "stdlib/builtins.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<rw::BuiltinSignature> builtins = rw::builtin_signatures();
  rw::SourceFile source("fuzz.regels", std::string(reinterpret_cast<const char*>(data), size));
  rw::ParseResult parsed = rw::parse(source);
  std::string rendered = rw::render_all(parsed.diagnostics, source);
  if (parsed.file) {
    rw::CheckResult checked = rw::check(std::move(*parsed.file), builtins);
    rendered += rw::render_all(checked.diagnostics, source);
  }
  return 0;
}

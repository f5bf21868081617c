#include "lang/program.h"

#include <utility>

#include "lang/checker.h"

namespace rw {

CompileResult compile(std::shared_ptr<const SourceFile> source, const std::vector<BuiltinSignature>& builtins) {
  CheckResult checked = parse_and_check(*source, builtins);
  CompileResult result{source, std::nullopt, std::move(checked.diagnostics)};
  if (checked.model) result.program = Program{std::move(source), std::move(*checked.model)};
  return result;
}

CompileResult compile(std::string name, std::string text, const std::vector<BuiltinSignature>& builtins) {
  return compile(std::make_shared<const SourceFile>(std::move(name), std::move(text)), builtins);
}

}  // namespace rw

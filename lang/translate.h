#pragma once
// `regelwerk fmt --taal nl|en`: a rule file in the other spelling of the language (lang/language.h),
// word for word: the words of lang/keywords.h, the basic types, `year`/`jaar`, the parts of dates and
// periods, and the literals change; names, comments, strings and layout stay as written (a file in the
// canonical layout of `regelwerk fmt` stays in it). Translating the result back gives the file byte for
// byte (which translate() checks before it answers).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lang/builtin_signature.h"
#include "lang/diagnostics.h"
#include "lang/language.h"
#include "lang/source.h"

namespace rw {

struct Translation {
  std::optional<std::string> text;      // absent when the file cannot be translated
  std::vector<Diagnostic> diagnostics;  // why not: the file's own errors, or what blocks the translation
};

// `source` in `to`. Only a file that checks is translated.
Translation translate(const std::shared_ptr<const SourceFile>& source, Language to, const std::vector<BuiltinSignature>& builtins);

}  // namespace rw

#pragma once
// `regelwerk fmt --taal nl|en FILE.regeltest`: a test file in the other spelling (docs/testing.md, "In
// Dutch"), word for word, as lang/translate.h does for rule files: the words of the grammar
// (lang/keywords.h, `closing balance` ↔ `eindsaldo`), `anyone` and `none`, and the values change —
// amounts and numbers (€648_000.00 ↔ €648.000,00), dates, true/false and the durations of settings, in
// claims and settings and in the table cells they name. Names, comments, quoted text (paths, ids, test
// names), inline data and layout stay as written. Translating the result back gives the file byte for
// byte, which translate_test_file() checks before it answers.
#include "lang/language.h"
#include "lang/source.h"
#include "lang/translate.h"

namespace rw::testing {

// `source`, a test file, in `to`. Only a file that parses is translated.
Translation translate_test_file(const SourceFile& source, Language to);

}  // namespace rw::testing

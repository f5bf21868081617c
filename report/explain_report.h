#pragma once
// Explanations rendered for people (text) and tools (JSON), with the same content.
#include <string>

#include "runtime/eval/explain.h"

namespace rw {

// `with_items` lists every pseudonymous id with the data file and JSON path of its record.
std::string render_posting_text(const PostingExplanation& explanation, bool with_items);
std::string render_posting_json(const PostingExplanation& explanation, bool with_items);
std::string render_account_text(const AccountExplanation& explanation);
std::string render_account_json(const AccountExplanation& explanation, bool with_items);

}  // namespace rw

#pragma once
// Explanations rendered for people (text) and tools (JSON), with the same content.
#include <string>

#include "runtime/eval/explain.h"

namespace rw {

// Each contribution is listed with its record's id, data row, exact amount and days: all of them with
// `with_items`, else the first few.
std::string render_posting_text(const PostingExplanation& explanation, bool with_items);
std::string render_posting_json(const PostingExplanation& explanation, bool with_items);
std::string render_account_text(const AccountExplanation& explanation);
std::string render_account_json(const AccountExplanation& explanation, bool with_items);

}  // namespace rw

#pragma once
// Small pieces of wording shared by the data loader's error messages.
#include <string>
#include <string_view>
#include <vector>

#include "lang/literal_text.h"  // excerpt
#include "runtime/data/json_tree.h"

namespace rw {

// The candidate close to `name` (by edit distance), for "did you mean 'start'?"; "" when none is close
// or it is `name` itself.
std::string close_name(const std::string& name, const std::vector<std::string>& candidates);

// "BW, BT"; after `limit` names, "... (N in all)".
std::string name_list(const std::vector<std::string>& names, std::size_t limit = 20);

// What a JSON value is: "null", "true", "the number 7", "the text \"abc\"", "an array", "an object".
std::string describe_json(const JsonNode& node);

}  // namespace rw

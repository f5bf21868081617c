#include "cli/parse_error_text.h"

#include <optional>
#include <string_view>

#include "messages/say.h"

namespace rw {

namespace {

// `text` after `prefix`, or nullopt when it does not start with it.
std::optional<std::string> after(std::string_view text, std::string_view prefix) {
  if (text.substr(0, prefix.size()) != prefix) return std::nullopt;
  return std::string(text.substr(prefix.size()));
}

// `text` before `suffix`, or nullopt when it does not end with it.
std::optional<std::string> before(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size() || text.substr(text.size() - suffix.size()) != suffix) return std::nullopt;
  return std::string(text.substr(0, text.size() - suffix.size()));
}

}  // namespace

std::string parse_error_text(const CLI::ParseError& error) {
  std::string english = error.what();
  if (message_language() == Language::English) return english;
  if (english == "A subcommand is required") return say("a subcommand is required: check, run, compare, explain, fmt, diff, test, ...");
  if (auto args = after(english, "The following argument was not expected: ")) return say("this argument was not expected: {}", *args);
  if (auto args = after(english, "The following arguments were not expected: ")) return say("these arguments were not expected: {}", *args);
  if (auto name = before(english, " is required")) return say("{} is required", *name);
  if (auto rest = after(english, "Could not convert: ")) return say("cannot read this value: {}", *rest);
  if (auto rest = after(english, "The value ")) {
    if (auto at = rest->find(" is not an allowed value for "); at != std::string::npos) {
      return say("{} is not an allowed value for {}", rest->substr(0, at), rest->substr(at + 29));
    }
  }
  // A validator's "--format: xlsx2 not in {table,json}": the option, then what is wrong with its value.
  if (auto colon = english.find(": "), in = english.find(" not in "); colon != std::string::npos && in != std::string::npos && colon < in) {
    return say("{}: {} is not one of {}", english.substr(0, colon), english.substr(colon + 2, in - colon - 2), english.substr(in + 8));
  }
  return english;
}

}  // namespace rw

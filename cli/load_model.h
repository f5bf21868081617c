#pragma once
// Shared by the subcommands: read, parse and check a rule file, printing diagnostics to stderr.
#include <memory>
#include <optional>
#include <string>

#include "lang/program.h"

namespace rw {

// What `path` plainly is instead of a rule file ("a folder", "a JSON data file"); "" when it may be one.
std::string what_else_than_rules(const std::string& path);

// Reads and checks `path`; prints every diagnostic (errors and warnings) to stderr when
// `print_warnings` or on failure; nullopt when there are errors.
std::optional<Program> load_model(const std::string& path, bool print_warnings);
// The same for a rule file's text that is not on disk (e.g. from git); `name` is used in messages.
std::optional<Program> load_model_text(const std::string& name, std::string text, bool print_warnings);

// Exit codes of every subcommand.
inline constexpr int exit_ok = 0;
inline constexpr int exit_user_error = 2;
inline constexpr int exit_internal_error = 3;

}  // namespace rw

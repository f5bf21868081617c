#pragma once
// What CLI11 says when the command line is wrong, in the message language (messages/language.h).
#include <string>

#include <CLI/CLI.hpp>

namespace rw {

// The message of `error` (CLI11 writes it in English), translated where its form is known.
std::string parse_error_text(const CLI::ParseError& error);

}  // namespace rw

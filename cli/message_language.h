#pragma once
// The message language of a run of regelwerk (messages/language.h): `--taal nl|en`, or else the
// locale (LC_ALL, LC_MESSAGES, LANG), chosen before the commands are made so their help is in it too.
#include <CLI/CLI.hpp>

namespace rw {

// Sets the message language from the command line's `--taal` (anywhere, except after the `fmt`
// subcommand, whose `--taal` is the spelling it translates into) or else from the environment.
void choose_message_language(int argc, char** argv);

// Adds `--taal` to the application (given anywhere; choose_message_language has read it already) and
// makes its help speak the message language: headings, labels and the help flag.
void add_language_option(CLI::App& app);

// Gives the subcommands' heading and their help flags' group the message language; after every subcommand is added.
void translate_subcommand_heading(CLI::App& app);

}  // namespace rw

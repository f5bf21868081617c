#pragma once
// Messages for people in the message language (messages/language.h). A message is written in English
// at the place it is made, through say() or tr(); the Dutch catalogue (messages/nl.po) gives its Dutch,
// keyed by the English text. tests/messages/run checks that every message said in the sources is in the
// catalogue, that the catalogue holds nothing else, and that both texts have the same placeholders.
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "messages/language.h"

namespace rw {

// `english` in the message language: its translation in the catalogue, or `english` itself.
std::string_view tr(std::string_view english);

// A message with placeholders: the English format (checked against the arguments at compile time)
// translated, then filled in.
template <typename... Args>
std::string say(fmt::format_string<Args...> english, Args&&... args) {
  fmt::string_view text = english;  // fmt 9 has no get()
  return fmt::format(fmt::runtime(tr({text.data(), text.size()})), std::forward<Args>(args)...);
}

// Marks a text kept for later as a message, for tests/messages/run; translate it with tr() where it is said.
constexpr const char* to_translate(const char* english) { return english; }

}  // namespace rw

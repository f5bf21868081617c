#pragma once
// The Dutch message catalogue (messages/nl.po, built into the program): English message → Dutch.
#include <string>
#include <string_view>
#include <unordered_map>

namespace rw {

// Every entry of the catalogue; read once, on first use.
const std::unordered_map<std::string, std::string>& dutch_catalogue();

// The entries of the text of a PO file (msgid → msgstr; the header entry with the empty msgid left out).
// Throws std::runtime_error on a line it cannot read: the catalogue is part of the program.
std::unordered_map<std::string, std::string> read_po(std::string_view text);

}  // namespace rw

#include "lsp/transport.h"

#include <charconv>
#include <string_view>

namespace rw::lsp {

namespace {

// One header line without its line break ("\r\n" or "\n"); nullopt at the end of the input.
std::optional<std::string> read_header_line(std::istream& in) {
  std::string line;
  if (!std::getline(in, line)) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

// Whether `line` is the header `name: ...` (the name compared without regard to case); sets `value`.
bool header_value(const std::string& line, std::string_view name, std::string_view& value) {
  if (line.size() <= name.size() || line[name.size()] != ':') return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    char a = line[i], b = name[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
    if (a != b) return false;
  }
  value = std::string_view(line).substr(name.size() + 1);
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  return true;
}

}  // namespace

std::optional<IncomingMessage> read_message(std::istream& in) {
  std::optional<std::size_t> length;
  bool bad_length = false;
  bool any_header = false;
  while (true) {
    std::optional<std::string> line = read_header_line(in);
    if (!line) return std::nullopt;
    if (line->empty()) {
      if (!any_header) continue;  // stray blank lines between messages
      break;
    }
    any_header = true;
    std::string_view value;
    if (header_value(*line, "content-length", value)) {
      std::size_t parsed = 0;
      auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
      if (error != std::errc() || end != value.data() + value.size()) {
        bad_length = true;
      } else {
        length = parsed;
      }
    }
  }
  if (bad_length || !length) return IncomingMessage{"", "a message without a valid Content-Length header"};
  if (*length > max_message_bytes) {
    in.ignore(static_cast<std::streamsize>(*length));
    if (!in) return std::nullopt;
    return IncomingMessage{"", "a message longer than the limit of " + std::to_string(max_message_bytes) + " bytes"};
  }
  std::string body(*length, '\0');
  in.read(body.data(), static_cast<std::streamsize>(*length));
  if (static_cast<std::size_t>(in.gcount()) != *length) return std::nullopt;
  return IncomingMessage{std::move(body), ""};
}

void write_message(std::ostream& out, const std::string& body) {
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

}  // namespace rw::lsp

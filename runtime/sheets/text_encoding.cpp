// Text encodings a CSV file may be declared in: Windows-1252 decoding and UTF-8 validation.
#include <array>
#include <cstdint>

#include "runtime/sheets/csv_reader.h"

namespace rw {

namespace {

// The code points of the bytes 0x80..0x9F in Windows-1252 (the undefined ones map to themselves).
constexpr std::array<std::uint16_t, 32> windows_1252_high = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Appends the UTF-8 encoding of `code` (below U+10000) to `out`.
void append_utf8(std::uint32_t code, std::string& out) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

}  // namespace

std::string windows_1252_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    auto byte = static_cast<unsigned char>(c);
    std::uint32_t code = byte >= 0x80 && byte < 0xA0 ? windows_1252_high[byte - 0x80] : byte;
    append_utf8(code, out);
  }
  return out;
}

std::size_t invalid_utf8_offset(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = byte >= 0xC2 && byte <= 0xDF ? 2 : byte >= 0xE0 && byte <= 0xEF ? 3 : byte >= 0xF0 && byte <= 0xF4 ? 4 : 0;
    if (length == 0 || i + length > text.size()) return i;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
    }
    auto second = static_cast<unsigned char>(text[i + 1]);
    bool overlong_or_surrogate = (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second >= 0xA0) ||
                                 (byte == 0xF0 && second < 0x90) || (byte == 0xF4 && second >= 0x90);
    if (overlong_or_surrogate) return i;
    i += length;
  }
  return std::string_view::npos;
}

}  // namespace rw

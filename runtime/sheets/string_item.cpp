#include "runtime/sheets/string_item.h"

namespace rw {
namespace {

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim_xml_space(std::string_view text) {
  while (!text.empty() && is_xml_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_xml_space(text.back())) text.remove_suffix(1);
  return text;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of an escape "_xHHHH_" at the start of `text`, or -1.
int escape_at(std::string_view text) {
  if (text.size() < 7 || text[0] != '_' || (text[1] != 'x' && text[1] != 'X') || text[6] != '_') return -1;
  int value = 0;
  for (std::size_t i = 2; i < 6; ++i) {
    int digit = hex_value(text[i]);
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

void append_utf8(std::string& out, unsigned code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

}  // namespace

std::string decode_xml_string_escapes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    int unit = text[i] == '_' ? escape_at(text.substr(i)) : -1;
    if (unit < 0) {
      out += text[i++];
      continue;
    }
    unsigned code = static_cast<unsigned>(unit);
    std::size_t used = 7;
    if (unit >= 0xD800 && unit <= 0xDBFF) {  // a high surrogate: its low half must follow
      int low = escape_at(text.substr(i + 7));
      if (low < 0xDC00 || low > 0xDFFF) {
        out += text[i++];
        continue;
      }
      code = 0x10000 + ((code - 0xD800) << 10) + static_cast<unsigned>(low - 0xDC00);
      used = 14;
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      out += text[i++];
      continue;
    }
    append_utf8(out, code);
    i += used;
  }
  return out;
}

void StringItem::clear() {
  value_.clear();
  run_.clear();
  in_text_ = false;
  phonetic_depth_ = 0;
}

void StringItem::start(XmlName name, const XmlAttributes& attributes) {
  if (!is_spreadsheet_ns(name.ns)) return;
  if (name.local == "rPh") {
    ++phonetic_depth_;
  } else if (name.local == "t" && phonetic_depth_ == 0) {
    in_text_ = true;
    run_.clear();
    preserve_ = attributes.get_in("XML/1998/namespace", "space") == "preserve";
  }
}

void StringItem::end(XmlName name) {
  if (!is_spreadsheet_ns(name.ns)) return;
  if (name.local == "rPh") {
    --phonetic_depth_;
  } else if (name.local == "t" && in_text_) {
    finish_run();
  }
}

void StringItem::text(std::string_view characters) {
  if (in_text_) run_ += characters;
}

void StringItem::finish_run() {
  in_text_ = false;
  std::string_view run = preserve_ ? std::string_view(run_) : trim_xml_space(run_);
  if (run.find('_') == std::string_view::npos) {
    value_ += run;
  } else {
    value_ += decode_xml_string_escapes(run);
  }
}

}  // namespace rw

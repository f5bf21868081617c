#pragma once
// The text of a string item as SpreadsheetML writes it, in a shared string (<si>) or an inline string
// (<is>): plain <t>, or rich text runs <r><t> concatenated; phonetic guides (<rPh>) left out.
#include <string>
#include <string_view>

#include "runtime/sheets/xml_part.h"

namespace rw {

class StringItem {
 public:
  // Starts a new item: the text collected so far is dropped.
  void clear();
  // An element inside the item (<t>, <r>, <rPh>, ...) starts or ends.
  void start(XmlName name, const XmlAttributes& attributes);
  void end(XmlName name);
  // Characters inside the item; kept when they are inside a <t> that is not inside a phonetic guide.
  void text(std::string_view characters);
  // The item's text: each <t> trimmed of XML white space unless it has xml:space="preserve", escapes
  // such as _x000D_ (a carriage return) decoded.
  const std::string& value() const { return value_; }

 private:
  void finish_run();

  std::string value_;
  std::string run_;       // the <t> being read
  bool in_text_ = false;  // inside a <t> that counts
  bool preserve_ = false;
  int phonetic_depth_ = 0;
};

// `text` with SpreadsheetML's escapes _xHHHH_ replaced by the character U+HHHH (UTF-8).
std::string decode_xml_string_escapes(std::string_view text);

}  // namespace rw

#pragma once
// Streams one XML part of a workbook through expat to a handler: no DOM, bounded nesting, no DTDs.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/sheets/zip_parts.h"

namespace rw {

// An element or attribute name with its namespace resolved: `ns` is the namespace URI ("" for none).
struct XmlName {
  std::string_view ns;
  std::string_view local;
};

// The attributes of a start tag, as expat hands them over (name, value, name, value, ..., null).
class XmlAttributes {
 public:
  explicit XmlAttributes(const char** pairs) : pairs_(pairs) {}
  // The value of the attribute with this local name and no namespace, if present.
  std::optional<std::string_view> get(std::string_view local) const;
  // The value of the attribute with this local name whose namespace URI ends with `ns_suffix`, if present.
  std::optional<std::string_view> get_in(std::string_view ns_suffix, std::string_view local) const;

 private:
  const char** pairs_;
};

// What a part's reader does with the XML; it may call stop() to abandon the part with a message.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start(XmlName name, const XmlAttributes& attributes) = 0;
  virtual void end(XmlName name) = 0;
  virtual void text(std::string_view characters) = 0;

  // Stops reading: the part's reading fails with `message`, which says where (the first message counts).
  void stop(std::string message) {
    if (!stop_message_) stop_message_ = std::move(message);
  }
  const std::optional<std::string>& stop_message() const { return stop_message_; }

 private:
  std::optional<std::string> stop_message_;
};

inline constexpr int max_xml_depth = 256;  // SpreadsheetML nests about ten deep; extensions a little more

// Reads the XML part `name` of `parts` into `handler`; an error message that names the part (and the
// line, for XML that is not well-formed), or the handler's own message, when it cannot.
std::optional<std::string> read_xml_part(const ZipParts& parts, std::string_view name, XmlHandler& handler);

// Whether `ns` is the SpreadsheetML main namespace (transitional or strict), or no namespace at all.
bool is_spreadsheet_ns(std::string_view ns);

}  // namespace rw

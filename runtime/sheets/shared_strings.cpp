#include "runtime/sheets/shared_strings.h"

#include <charconv>

#include <fmt/format.h>

#include "messages/say.h"
#include "runtime/sheets/string_item.h"
#include "runtime/sheets/xlsx_reader.h"
#include "runtime/sheets/xml_part.h"

namespace rw {
namespace {

class SharedStringsHandler : public XmlHandler {
 public:
  std::vector<std::string> strings;

  void start(XmlName name, const XmlAttributes& attributes) override {
    if (in_item_) return item_.start(name, attributes);
    if (!is_spreadsheet_ns(name.ns)) return;
    if (name.local == "si") {
      in_item_ = true;
      item_.clear();
    } else if (name.local == "sst") {
      reserve(attributes.get("uniqueCount"));
    }
  }
  void end(XmlName name) override {
    if (!in_item_) return;
    if (is_spreadsheet_ns(name.ns) && name.local == "si") {
      in_item_ = false;
      if (strings.size() == max_workbook_cells) {
        return stop(say("the workbook has more than {} shared strings, more than regelwerk reads: split it into smaller "
                        "workbooks",
                        max_workbook_cells));
      }
      strings.push_back(item_.value());
    } else {
      item_.end(name);
    }
  }
  void text(std::string_view characters) override {
    if (in_item_) item_.text(characters);
  }

 private:
  // Reserves room for the count the part announces, within reason (the count may lie).
  void reserve(std::optional<std::string_view> count) {
    std::size_t n = 0;
    if (count && std::from_chars(count->data(), count->data() + count->size(), n).ec == std::errc()) {
      strings.reserve(std::min<std::size_t>(n, 1 << 20));
    }
  }

  StringItem item_;
  bool in_item_ = false;
};

}  // namespace

Checked<std::vector<std::string>> read_shared_strings(const ZipParts& parts, std::string_view name) {
  SharedStringsHandler handler;
  if (std::optional<std::string> error = read_xml_part(parts, name, handler)) return Checked<std::vector<std::string>>::fail(*error);
  return Checked<std::vector<std::string>>::ok(std::move(handler.strings));
}

}  // namespace rw

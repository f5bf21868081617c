#include "runtime/sheets/workbook_part.h"

#include <fmt/format.h>

#include "messages/say.h"
#include "runtime/sheets/xml_part.h"

namespace rw {
namespace {

class WorkbookHandler : public XmlHandler {
 public:
  WorkbookPart workbook;

  void start(XmlName name, const XmlAttributes& attributes) override {
    if (!is_spreadsheet_ns(name.ns)) return;
    if (name.local == "workbookPr") {
      std::optional<std::string_view> date1904 = attributes.get("date1904");
      workbook.date1904 = date1904 == "1" || date1904 == "true";
    } else if (name.local == "sheet") {
      if (workbook.sheets.size() == max_workbook_sheets) {
        return stop(say("the workbook has more than {} sheets: keep the sheets with data in a workbook of their own",
                        max_workbook_sheets));
      }
      workbook.sheets.push_back({std::string(attributes.get("name").value_or("")),
                                 std::string(attributes.get_in("relationships", "id").value_or(""))});
    }
  }
  void end(XmlName) override {}
  void text(std::string_view) override {}
};

}  // namespace

Checked<WorkbookPart> read_workbook_part(const ZipParts& parts, std::string_view name) {
  WorkbookHandler handler;
  if (std::optional<std::string> error = read_xml_part(parts, name, handler)) return Checked<WorkbookPart>::fail(*error);
  return Checked<WorkbookPart>::ok(std::move(handler.workbook));
}

}  // namespace rw

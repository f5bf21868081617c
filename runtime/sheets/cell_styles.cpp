#include "runtime/sheets/cell_styles.h"

#include <charconv>
#include <map>
#include <optional>
#include <string>

#include "runtime/sheets/number_format.h"
#include "runtime/sheets/xml_part.h"

namespace rw {
namespace {

std::optional<int> parse_id(std::optional<std::string_view> text) {
  int id = 0;
  if (!text || std::from_chars(text->data(), text->data() + text->size(), id).ec != std::errc()) return std::nullopt;
  return id;
}

class StylesHandler : public XmlHandler {
 public:
  std::map<int, bool> custom_is_date;  // numFmtId -> whether its formatCode shows a date
  std::vector<int> cell_format_ids;    // per cellXfs entry, its numFmtId (0 when absent)

  void start(XmlName name, const XmlAttributes& attributes) override {
    if (!is_spreadsheet_ns(name.ns)) return;
    if (name.local == "numFmts") {
      in_num_fmts_ = true;
    } else if (name.local == "numFmt" && in_num_fmts_) {  // not those of conditional formats (dxfs)
      std::optional<int> id = parse_id(attributes.get("numFmtId"));
      if (id) custom_is_date[*id] = is_date_format_code(attributes.get("formatCode").value_or(""));
    } else if (name.local == "cellXfs") {
      in_cell_xfs_ = true;
    } else if (name.local == "xf" && in_cell_xfs_) {
      cell_format_ids.push_back(parse_id(attributes.get("numFmtId")).value_or(0));
    }
  }
  void end(XmlName name) override {
    if (!is_spreadsheet_ns(name.ns)) return;
    if (name.local == "cellXfs") in_cell_xfs_ = false;
    if (name.local == "numFmts") in_num_fmts_ = false;
  }
  void text(std::string_view) override {}

 private:
  bool in_cell_xfs_ = false;
  bool in_num_fmts_ = false;
};

}  // namespace

Checked<std::vector<bool>> read_date_styles(const ZipParts& parts, std::string_view name) {
  StylesHandler handler;
  if (std::optional<std::string> error = read_xml_part(parts, name, handler)) return Checked<std::vector<bool>>::fail(*error);
  std::vector<bool> dates;
  dates.reserve(handler.cell_format_ids.size());
  for (int id : handler.cell_format_ids) {
    auto custom = handler.custom_is_date.find(id);
    dates.push_back(custom != handler.custom_is_date.end() ? custom->second : is_builtin_date_format(id));
  }
  return Checked<std::vector<bool>>::ok(std::move(dates));
}

}  // namespace rw

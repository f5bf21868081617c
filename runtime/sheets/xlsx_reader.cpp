#include "runtime/sheets/xlsx_reader.h"

#include <fmt/format.h>

#include "messages/say.h"
#include "runtime/sheets/cell_styles.h"
#include "runtime/sheets/opc_package.h"
#include "runtime/sheets/shared_strings.h"
#include "runtime/sheets/workbook_part.h"
#include "runtime/sheets/worksheet_part.h"
#include "runtime/sheets/xlsx_messages.h"
#include "runtime/sheets/zip_parts.h"

namespace rw {
namespace {

constexpr std::string_view ole_signature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

Checked<Workbook> refuse(std::string message) { return Checked<Workbook>::fail(std::move(message)); }

bool ends_with_ignoring_case(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  text = text.substr(text.size() - suffix.size());
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] - 'A' + 'a') : text[i];
    if (c != suffix[i]) return false;
  }
  return true;
}

// Why the bytes are not a zip worth opening, said for people; nothing when they may be one.
std::optional<std::string> refuse_by_signature(std::string_view bytes) {
  if (bytes.starts_with(ole_signature)) {
    return say("this is a password-protected workbook or an old Excel 97-2003 workbook (.xls), which cannot be read: save it "
               "as .xlsx (Excel Workbook) without a password");
  }
  if (!bytes.starts_with("PK")) {
    return say("this is not an Excel workbook (.xlsx is a zip archive, and this file is not one): open it in Excel or "
               "LibreOffice Calc and save it as .xlsx (Excel Workbook)");
  }
  return std::nullopt;
}

// Why the archive is not a plain .xlsx workbook (macros, another format); nothing when it is one.
std::optional<std::string> refuse_by_parts(const ZipParts& parts) {
  for (const std::string& name : parts.names()) {
    if (ends_with_ignoring_case(name, "vbaproject.bin")) {
      return say("this workbook contains macros (VBA), which regelwerk does not run: save it as .xlsx (Excel Workbook), "
                 "without macros");
    }
  }
  if (!parts.has("[Content_Types].xml")) {
    if (parts.has("mimetype") && parts.has("content.xml")) {
      return say("this is an OpenDocument spreadsheet (.ods), not an Excel workbook: save it as .xlsx (Excel Workbook)");
    }
    return say("this zip archive is not an Excel workbook (it has no [Content_Types].xml): save it as .xlsx (Excel Workbook)");
  }
  Checked<bool> macros = declares_macros(parts);
  if (!macros.value) return macros.error;
  if (*macros.value) {
    return say("this is a macro-enabled workbook (.xlsm), which regelwerk does not read: save it as .xlsx (Excel Workbook), "
               "without macros");
  }
  return std::nullopt;
}

// The name of the workbook part: the package's officeDocument relationship, else xl/workbook.xml.
Checked<std::string> find_workbook_part(const ZipParts& parts) {
  Checked<std::vector<Relationship>> package = read_relationships(parts, "");
  if (!package.value) return Checked<std::string>::fail(package.error);
  const Relationship* main = find_relationship(*package.value, "officeDocument");
  std::string name = main ? main->target : "xl/workbook.xml";
  if (!parts.has(name)) {
    return Checked<std::string>::fail(
        say("this zip archive has no workbook part ({}), so it is not an Excel workbook, or it is damaged: open it in Excel or "
            "LibreOffice Calc and save it as .xlsx (Excel Workbook)",
            name));
  }
  return Checked<std::string>::ok(std::move(name));
}

// The shared strings and date styles the workbook's relationships point to (none when there are none).
struct WorkbookTables {
  std::vector<std::string> shared_strings;
  std::vector<bool> date_styles;
};

std::optional<std::string> read_tables(const ZipParts& parts, const std::vector<Relationship>& relationships, WorkbookTables& tables) {
  if (const Relationship* strings = find_relationship(relationships, "sharedStrings"); strings && parts.has(strings->target)) {
    Checked<std::vector<std::string>> read = read_shared_strings(parts, strings->target);
    if (!read.value) return read.error;
    tables.shared_strings = std::move(*read.value);
  }
  if (const Relationship* styles = find_relationship(relationships, "styles"); styles && parts.has(styles->target)) {
    Checked<std::vector<bool>> read = read_date_styles(parts, styles->target);
    if (!read.value) return read.error;
    tables.date_styles = std::move(*read.value);
  }
  return std::nullopt;
}

Checked<Workbook> read_package(const ZipParts& parts) {
  if (std::optional<std::string> refusal = refuse_by_parts(parts)) return refuse(*refusal);
  Checked<std::string> workbook_part = find_workbook_part(parts);
  if (!workbook_part.value) return refuse(workbook_part.error);
  Checked<WorkbookPart> listed = read_workbook_part(parts, *workbook_part.value);
  if (!listed.value) return refuse(listed.error);
  Checked<std::vector<Relationship>> relationships = read_relationships(parts, *workbook_part.value);
  if (!relationships.value) return refuse(relationships.error);
  if (find_relationship(*relationships.value, "macrosheet") || find_relationship(*relationships.value, "vbaProject")) {
    return refuse(say("this workbook contains macros, which regelwerk does not run: save it as .xlsx (Excel Workbook), without "
                      "macros"));
  }
  WorkbookTables tables;
  if (std::optional<std::string> error = read_tables(parts, *relationships.value, tables)) return refuse(*error);

  Workbook workbook;
  workbook.date1904 = listed.value->date1904;
  std::size_t cells_left = max_workbook_cells;
  WorksheetContext context{tables.shared_strings, tables.date_styles, cells_left};
  for (const WorkbookPart::SheetEntry& entry : listed.value->sheets) {
    Sheet& sheet = workbook.sheets.emplace_back();
    sheet.name = entry.name;
    const Relationship* target = nullptr;
    for (const Relationship& relationship : *relationships.value) {
      if (relationship.id == entry.relationship_id) target = &relationship;
    }
    if (!target) {
      return refuse(say("the sheet {} has no part in the workbook's relationships: {}", entry.name, tr(damaged_workbook_advice)));
    }
    if (!is_relationship_kind(*target, "worksheet")) continue;  // a chart or dialog sheet holds no cells
    if (!parts.has(target->target)) {
      return refuse(say("the part {} of sheet {} is missing: {}", target->target, entry.name, tr(damaged_workbook_advice)));
    }
    if (std::optional<std::string> error = read_worksheet_part(parts, target->target, context, sheet)) return refuse(*error);
  }
  return Checked<Workbook>::ok(std::move(workbook));
}

}  // namespace

Checked<Workbook> read_xlsx(std::string_view bytes) {
  if (std::optional<std::string> refusal = refuse_by_signature(bytes)) return refuse(*refusal);
  Checked<ZipParts> parts = ZipParts::open(bytes);
  if (!parts.value) {
    return refuse(say("this file is a damaged or incomplete zip archive ({}), so not a readable Excel workbook: copy it again "
                      "from where it came from, or open it in Excel or LibreOffice Calc and save it as .xlsx (Excel Workbook)",
                      parts.error));
  }
  return read_package(*parts.value);
}

}  // namespace rw

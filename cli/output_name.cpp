#include "cli/output_name.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include <fmt/format.h>

#include "messages/say.h"

namespace rw {

namespace {

// An extension that names a format, and the output formats that fit it (none: regelwerk has no writer).
struct KnownExtension {
  std::string_view extension;
  std::string_view says;  // in words: marked with to_translate when it has any, said with tr()
  std::vector<std::string_view> fits;
  bool spreadsheet = false;  // then CSV is the advice: spreadsheets open it
};

const std::vector<KnownExtension>& known_extensions() {
  static const std::vector<KnownExtension> known{
      {".json", "JSON", {"json"}},
      {".csv", "CSV", {"csv", "csv-balances", "items"}},
      {".xml", "XML", {"junit"}},
      {".txt", to_translate("plain text"), {"table", "text", "snapshot"}},
      {".tsv", to_translate("tab-separated values"), {}, true},
      {".xlsx", to_translate("an Excel workbook"), {"xlsx"}, true},
      {".xlsm", to_translate("an Excel workbook"), {}, true},
      {".xls", to_translate("an Excel workbook"), {}, true},
      {".ods", to_translate("an OpenDocument spreadsheet"), {}, true},
      {".html", "HTML", {}},
      {".htm", "HTML", {}},
      {".pdf", "PDF", {}},
  };
  return known;
}

// The output of `format`, in words.
std::string describe(const std::string& format) {
  if (format == "table") return say("a text table");
  if (format == "json") return "JSON";
  if (format == "csv") return "CSV";
  if (format == "items") return "CSV (--format items)";
  if (format == "csv-balances") return "CSV (--format csv-balances)";
  if (format == "xlsx") return say("an Excel workbook");
  if (format == "junit") return "JUnit XML";
  if (format == "snapshot") return say("a snapshot (canonical text)");
  return say("text");
}

// The extension a file of `format` usually has.
std::string extension_of(const std::string& format) {
  if (format == "json") return ".json";
  if (format == "csv" || format == "csv-balances" || format == "items") return ".csv";
  if (format == "xlsx") return ".xlsx";
  if (format == "junit") return ".xml";
  if (format == "snapshot") return ".snap";
  return ".txt";
}

}  // namespace

std::string output_name_problem(const std::string& path, const std::string& format, const std::vector<std::string>& formats) {
  std::filesystem::path name(path);
  std::string extension = name.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  const auto& known = known_extensions();
  auto it = std::find_if(known.begin(), known.end(), [&](const KnownExtension& k) { return k.extension == extension; });
  if (it == known.end() || std::find(it->fits.begin(), it->fits.end(), format) != it->fits.end()) return "";
  std::string_view says = tr(it->says);
  std::string problem = say("--out {}: the name says {}, but the output is {}", path, says, describe(format));
  auto renamed = [&](const std::string& to) { return (name.parent_path() / name.stem()).string() + extension_of(to); };
  auto fitting = std::find_if(formats.begin(), formats.end(),
                              [&](const std::string& f) { return std::find(it->fits.begin(), it->fits.end(), f) != it->fits.end(); });
  if (fitting != formats.end()) return problem + say("; add --format {}, or name the file {}", *fitting, renamed(format));
  problem += it->fits.empty() ? say("; regelwerk has no writer for {} files yet", extension) : say("; this command does not write {}", says);
  if (it->spreadsheet && std::find(formats.begin(), formats.end(), "csv") != formats.end()) {
    return problem + say(": write CSV, which spreadsheets open (--format csv --out {})", renamed("csv"));
  }
  return problem + say(": name the file {}", renamed(format));
}

}  // namespace rw

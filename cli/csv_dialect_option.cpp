#include "cli/csv_dialect_option.h"
#include "messages/say.h"

namespace rw {

void add_csv_dialect_option(CLI::App& command, std::string& dialect) {
  command.add_option("--csv-dialect", dialect,
                     say("With CSV: standard (`,`, 1500.00, ISO dates) or nl (for Excel under Dutch settings: `;`, 1500,00, "
                     "dd-mm-jjjj, BOM, CRLF, account names beside ids)"))
      ->check(CLI::IsMember({"standard", "nl"}))
      ->capture_default_str();
}

CsvOutputDialect csv_dialect_named(const std::string& name) { return name == "nl" ? dutch_csv() : standard_csv(); }

}  // namespace rw

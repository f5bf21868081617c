#pragma once
// Where a subcommand's output goes: standard output, or a file written atomically (--out) that is
// never one of the run's inputs, never anything but a regular file, and whose name fits the format.
#include <string>
#include <vector>

#include "report/output_target.h"
#include "report/xlsx_book.h"

namespace rw {

// What a subcommand writes, and where.
struct Output {
  std::string path;                  // --out; empty: standard output
  std::string format;                // what the text is: table, text, json, csv, csv-balances, items, junit, snapshot or xlsx
  std::vector<std::string> formats;  // the formats the subcommand can write (for advice on a wrong file name)
  std::vector<RunInput> inputs;      // every file the run read: none of them is written over
};

// Writes `text` to stdout, or atomically to `output.path` when it is not empty; returns the exit code
// (after printing why on stderr when the file is refused or cannot be written).
// A binary format (xlsx) is never written to standard output: that is refused with a message.
int emit(const std::string& text, const Output& output);

// Writes a finished workbook as emit() does; when it could not be made, says why on stderr and returns 2.
int emit_workbook(const XlsxBytes& workbook, const Output& output);

// Flushes standard output; when anything written to it was lost (a full disk, a closed pipe), says so
// on stderr and returns an error code instead of `exit_code`.
int finish_output(int exit_code);

}  // namespace rw

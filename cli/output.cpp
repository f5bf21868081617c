#include "cli/output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "cli/load_model.h"
#include "cli/output_name.h"
#include "messages/say.h"
#include "report/atomic_write.h"

namespace rw {

namespace {
int stdout_error = 0;  // errno of a write to standard output that failed before finish_output (a long output fills the buffer early)
}  // namespace

int emit(const std::string& text, const Output& output) {
  if (output.path.empty() && output.format == "xlsx") {
    std::cerr << say("regelwerk: error: --format xlsx makes a workbook, which cannot go to standard output; give --out NAME.xlsx") << "\n";
    return exit_user_error;
  }
  if (output.path.empty()) {
    errno = 0;
    std::cout << text;  // finish_output checks that it arrived
    if (!std::cout && stdout_error == 0) stdout_error = errno;
    return exit_ok;
  }
  // An input about to be lost is the first thing to say; the writer checks it again just before writing.
  std::string problem = output_target_problem(output.path, output.inputs);
  if (problem.empty()) problem = output_name_problem(output.path, output.format, output.formats);
  if (problem.empty()) problem = write_file_atomically(output.path, text, output.inputs);
  if (!problem.empty()) {
    std::cerr << say("regelwerk: error: {}", problem) << "\n";
    return exit_user_error;
  }
  return exit_ok;
}

int emit_workbook(const XlsxBytes& workbook, const Output& output) {
  if (!workbook.error.empty()) {
    std::cerr << say("regelwerk: error: {}", workbook.error) << "\n";
    return exit_user_error;
  }
  return emit(workbook.bytes, output);
}

int finish_output(int exit_code) {
  errno = 0;
  std::cout.flush();
  bool lost = !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout);
  if (!lost) return exit_code;
  int error = errno != 0 ? errno : stdout_error;
  std::cerr << (error != 0 ? say("regelwerk: error: cannot write to standard output: {}; the output is incomplete", std::strerror(error))
                           : say("regelwerk: error: cannot write to standard output; the output is incomplete"))
            << "\n";
  return exit_code == exit_ok || exit_code == 1 ? exit_user_error : exit_code;  // 1: diff differs, a test failed
}

}  // namespace rw

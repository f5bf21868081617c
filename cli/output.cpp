#include "cli/output.h"

#include <iostream>

#include "report/atomic_write.h"
#include "cli/load_model.h"

namespace rw {

int emit(const std::string& text, const std::string& path) {
  if (path.empty()) {
    std::cout << text;
    return exit_ok;
  }
  if (std::string error = write_file_atomically(path, text); !error.empty()) {
    std::cerr << "regelwerk: error: " << error << "\n";
    return exit_user_error;
  }
  return exit_ok;
}

}  // namespace rw

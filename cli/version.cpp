// The version line, from the header the build generates (cmake/version_header.cmake).
#include "cli/version.h"

#include "regelwerk_version.h"

namespace rw {

std::string version_line() { return std::string("regelwerk ") + REGELWERK_VERSION + " (git " + REGELWERK_GIT_COMMIT + ")"; }

}  // namespace rw

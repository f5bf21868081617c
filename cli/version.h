#pragma once
// The version line of `regelwerk --version`.
#include <string>

namespace rw {

// "regelwerk 0.9.0 (git 93ca714)": the project version and the git commit it was built from ("unknown" outside git).
std::string version_line();

}  // namespace rw

# Shared by scripts/demo and scripts/test: install missing Debian packages, then configure and build.
# Usage: source it, then call `regelwerk_build BUILD_DIR [extra cmake args...]`.

REGELWERK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
REGELWERK_PACKAGES=(cmake g++ make python3 python3-junitparser tao-pegtl-dev libfmt-dev nlohmann-json3-dev libgtest-dev libcli11-dev libbenchmark-dev libgit2-dev pkg-config
  libxlsxwriter-dev libzip-dev libexpat1-dev python3-openpyxl libreoffice-calc-nogui libcpp-httplib-dev libjs-chart.js libjs-codemirror groff-base dpkg-dev neovim)

# Installs whichever of the packages named (default: REGELWERK_PACKAGES) are missing (needs root, as on
# a fresh Debian machine).
regelwerk_install_packages() {
  local wanted=("$@") missing=()
  ((${#wanted[@]})) || wanted=("${REGELWERK_PACKAGES[@]}")
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    echo "Installing missing packages: ${missing[*]}" >&2
    local sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# Configures and builds the project in BUILD_DIR (relative to the project root).
regelwerk_build() {
  local dir="$1"; shift
  regelwerk_install_packages
  cmake -S "$REGELWERK_ROOT" -B "$REGELWERK_ROOT/$dir" "$@" >/dev/null
  cmake --build "$REGELWERK_ROOT/$dir" -j "$(nproc)"
}

# Sets REGELWERK_RELEASE_ARGS, the CMake arguments of build-release: a unity Release build with Debian's
# hardening flags (dpkg-buildflags: fortify, stack protector, relro, bindnow; -g and -O2 left to the build
# type). scripts/test and scripts/release configure it alike, so the package is made from the tested build.
regelwerk_release_args() {
  local flags=(env DEB_BUILD_MAINT_OPTIONS=hardening=+all "DEB_CXXFLAGS_MAINT_STRIP=-g -O2" dpkg-buildflags --get)
  regelwerk_install_packages dpkg-dev
  REGELWERK_RELEASE_ARGS=(-DCMAKE_BUILD_TYPE=Release -DCMAKE_UNITY_BUILD=ON
    "-DCMAKE_CXX_FLAGS=$("${flags[@]}" CPPFLAGS) $("${flags[@]}" CXXFLAGS)"
    "-DCMAKE_EXE_LINKER_FLAGS=$("${flags[@]}" LDFLAGS)")
}

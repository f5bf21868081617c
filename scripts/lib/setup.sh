# Shared by scripts/demo and scripts/test: install missing Debian packages, then configure and build.
# Usage: source it, then call `regelwerk_build BUILD_DIR [extra cmake args...]`.

REGELWERK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
REGELWERK_PACKAGES=(cmake g++ make python3 python3-junitparser tao-pegtl-dev libfmt-dev nlohmann-json3-dev libgtest-dev libcli11-dev libbenchmark-dev libgit2-dev pkg-config
  libxlsxwriter-dev libzip-dev libexpat1-dev python3-openpyxl libreoffice-calc-nogui libcpp-httplib-dev libjs-chart.js libjs-codemirror groff-base)

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

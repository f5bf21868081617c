# Shared by scripts/build-static and scripts/build-windows: Debian's own source packages of the libraries
# that must be built here, at the versions whose headers are installed (never kept in the repository).
# Usage: source it, then call `regelwerk_debian_sources TOP SOURCE_DIR DEV_PACKAGE...`; the source of each
# dev package ends up in SOURCE_DIR/<source package name>.

# Fetches the sources with apt-get source, using a sources list of its own under TOP/apt (deb-src of
# bookworm), so the machine's apt setup is untouched.
regelwerk_debian_sources() {
  local top src
  top="$(realpath -m "$1")" src="$(realpath -m "$2")"; shift 2
  local apt_dir="$top/apt"
  mkdir -p "$apt_dir/lists/partial" "$src"
  echo "deb-src ${REGELWERK_DEBIAN_MIRROR:-http://deb.debian.org/debian} bookworm main" >"$apt_dir/sources.list"
  echo "deb-src ${REGELWERK_DEBIAN_SECURITY:-http://deb.debian.org/debian-security} bookworm-security main" >>"$apt_dir/sources.list"
  local apt_src=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null -o "Dir::State::Lists=$apt_dir/lists")
  local updated=0 dev pkg installed upstream version candidates
  for dev in "$@"; do
    pkg="$(dpkg-query -W -f='${source:Package}' "$dev")" installed="$(dpkg-query -W -f='${source:Version}' "$dev")"
    [[ -d "$src/$pkg" ]] && continue
    ((updated)) || { apt-get "${apt_src[@]}" update -qq; updated=1; }
    # The installed version first (its headers are the ones compiled against); if the mirror lacks it,
    # another Debian revision of the same upstream version, newest first.
    upstream="${installed%-*}"
    candidates=("$installed" $(apt-cache "${apt_src[@]}" showsrc --only-source "$pkg" 2>/dev/null \
      | sed -n 's/^Version: //p' | grep -F "$upstream-" | grep -vxF "$installed" | sort -Vr || true))
    for version in "${candidates[@]}" none; do
      [[ "$version" == none ]] && { echo "no source of $pkg $upstream could be fetched" >&2; return 1; }
      (cd "$src" && apt-get "${apt_src[@]}" source -qq --only-source "$pkg=$version" >/dev/null 2>&1) && break
    done
    echo "$pkg: source $version (installed: $installed)"
    mv "$src/$(cd "$src" && ls -d "$pkg"-*/ | head -1)" "$src/$pkg"
  done
}

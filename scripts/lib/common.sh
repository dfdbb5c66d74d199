# Shared by scripts/run and scripts/test: install what is missing, then build.
# Sourced, not run.

FAULTLINE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
FAULTLINE_BUILD=${FAULTLINE_BUILD:-$FAULTLINE_ROOT/build}

# Debian 12 packages the build, the tests and the app need.
FAULTLINE_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libsqlite3-dev libgumbo-dev libxml2-dev libuchardet-dev libpoppler-cpp-dev
    iso-codes fonts-dejavu-core fonts-droid-fallback
    desktop-file-utils appstream libxml2-utils shared-mime-info libglib2.0-bin
    dpkg-dev file
    poppler-utils
    clang-14 libfuzzer-14-dev
)

faultline_install_dependencies() {
    local missing=()
    local pkg
    for pkg in "${FAULTLINE_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; return 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# faultline_build [extra cmake args...]
faultline_build() {
    cmake -S "$FAULTLINE_ROOT" -B "$FAULTLINE_BUILD" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$FAULTLINE_BUILD" --parallel "$(nproc)"
}

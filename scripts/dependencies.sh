# Debian 12 packages the project needs, and a function that installs the missing ones.
# Sourced by run.sh and test.sh.

# Needed to build and run the application.
TBA_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
    qtkeychain-qt6-dev libsecret-1-0 libssl-dev openssl
    libgl1-mesa-dev libxkbcommon-dev fonts-dejavu-core
    dbus dbus-x11 gnome-keyring
)

# Needed only by the test suite: a headless X server, the keyring's command line, and gdbus to lock
# a test keyring. Also python3-oauthlib as an independent signer, the validators for the desktop
# files and the package, man-db to render the manual page, and clang for the libFuzzer targets.
TBA_TEST_PACKAGES=(
    xvfb xauth libsecret-tools libglib2.0-bin python3 python3-oauthlib
    desktop-file-utils appstream lintian dpkg-dev fakeroot file man-db
    clang libclang-rt-14-dev
)

# Installs every package in the arguments that is not installed yet, with apt-get, as root or
# through sudo.
tba_install_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

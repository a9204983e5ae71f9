#!/usr/bin/env bash
# Installs every Debian 12 package PayRecon's build, app, tests and benchmarks need. Run as root.
set -euo pipefail
packages=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev
    libqt6sql6-mysql libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev
    libgl1-mesa-dev
    mariadb-server mariadb-client
    xvfb xauth fonts-nanum
    sqlite3 python3 time poppler-utils
    dbus-daemon gnome-keyring
    openssl ca-certificates
    dpkg-dev lintian desktop-file-utils appstream
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "deps: all ${#packages[@]} packages present"
    exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"

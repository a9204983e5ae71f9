#!/usr/bin/env bash
# Release check (CI runs it through tests/run-all.sh): build the .deb from a finished build tree, lint it,
# let apt resolve its Depends (simulated), unpack it into a scratch root, then use the unpacked files only:
# payrecon-cli --version, a demo reconciliation, and the GUI offscreen until its window shows.
# Nothing is installed on the machine; docs/PACKAGING.md shows the real `apt install`.
#
#   installer/release-check.sh [BUILD_DIR]      (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
version=$(sed -n 's/^project(PayRecon VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)

note() { echo "release-check: $*"; }
die() { echo "release-check: FAILED: $*" >&2; exit 1; }

rm -f "$build"/payrecon_*.deb
(cd "$build" && cpack -G DEB > cpack.log 2>&1) || { cat "$build/cpack.log"; die "cpack"; }
deb=$(ls "$build"/payrecon_"$version"_*.deb)
note "built $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Depends Recommends

# lintian: errors fail the check; warnings and info are printed (docs/PACKAGING.md says why each stays).
lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1 || true)
[ -n "$lintian_out" ] && echo "$lintian_out"
if echo "$lintian_out" | grep -q '^E: '; then
    die "lintian reported errors"
fi
note "lintian: no errors ($(echo "$lintian_out" | grep -c '^W: ' || true) warnings)"

# apt must be able to satisfy Depends from Debian's packages (simulated: as a user would `apt install` it).
apt-get install --simulate -q "./$deb" > "$build/apt-simulate.log" 2>&1 || { cat "$build/apt-simulate.log"; die "apt cannot install the package"; }
root=$(mktemp -d)
home=$(mktemp -d)
trap 'rm -rf "$root" "$home"' EXIT
dpkg-deb -x "$deb" "$root"
for f in /usr/bin/payrecon /usr/bin/payrecon-cli /usr/share/applications/io.payrecon.PayRecon.desktop \
         /usr/share/metainfo/io.payrecon.PayRecon.metainfo.xml /usr/share/icons/hicolor/scalable/apps/payrecon.svg \
         /usr/share/icons/hicolor/48x48/apps/payrecon.png /usr/share/payrecon/profiles/kvan-cp949.json \
         /usr/share/payrecon/translations/payrecon_ko.qm /usr/share/doc/payrecon/copyright \
         /usr/share/man/man1/payrecon-cli.1.gz; do
    [ -e "$root$f" ] || die "the package does not hold $f"
done
if command -v desktop-file-validate > /dev/null; then
    desktop-file-validate "$root/usr/share/applications/io.payrecon.PayRecon.desktop" || die "desktop file"
fi
if command -v appstreamcli > /dev/null; then
    appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.payrecon.PayRecon.metainfo.xml" || true
    appstreamcli validate --no-net "$root/usr/share/metainfo/io.payrecon.PayRecon.metainfo.xml" || die "metainfo"
fi

# The packaged programs, in a throwaway home: first run must write only to its config and data folders.
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home/run
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
got=$("$root/usr/bin/payrecon-cli" --version)
[ "$got" = "payrecon-cli $version" ] || die "payrecon-cli --version said '$got'"
note "$got"
rc=0
"$root/usr/bin/payrecon-cli" demo > "$home/demo.txt" || rc=$?
# 3 = reconciled with discrepancies, which the demo has on purpose.
[ "$rc" -eq 3 ] || { cat "$home/demo.txt"; die "the packaged demo reconciliation exited $rc"; }
grep -q "matched" "$home/demo.txt" || die "demo output has no summary"
note "packaged demo reconciled: $(grep -m1 -i 'matched' "$home/demo.txt" | tr -s ' ')"
got=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/payrecon" --version)
[ "$got" = "PayRecon $version" ] || [ "$got" = "payrecon $version" ] || die "payrecon --version said '$got'"
QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/payrecon" --check-startup || die "the packaged GUI did not show its window"
stray=$(find "$home" -mindepth 1 -not -path "$home/.config*" -not -path "$home/.local/share*" \
        -not -path "$home/run*" -not -path "$home/.local" -not -name demo.txt)
[ -z "$stray" ] || die "first run wrote outside the config/data folders: $stray"
note "passed"

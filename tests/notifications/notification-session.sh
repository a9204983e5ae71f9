#!/usr/bin/env bash
# Runs a command on a private D-Bus session bus whose only notification service is the stand-in (fake-notifyd): the
# bus is configured without service directories, so no real notification daemon can be activated on it, and all
# state lives in a temporary folder that is deleted afterwards. Works as root in a container without a desktop.
# Used by ctest for tst_desktopnotifications (tests/CMakeLists.txt).
#
#   notification-session.sh FAKE_NOTIFYD COMMAND [ARGS...]
#
# The command finds the stand-in's log (one JSON line per call it received) in PAYRECON_NOTIFY_LOG.
# Exit status: the command's. 77 (ctest SKIP_RETURN_CODE) when dbus-run-session or dbus-daemon is missing.
set -euo pipefail

if [ "${1:-}" != --inside ]; then
    [ $# -ge 2 ] || { echo "usage: $0 FAKE_NOTIFYD COMMAND [ARGS...]" >&2; exit 2; }
    for tool in dbus-run-session dbus-daemon; do
        command -v "$tool" >/dev/null 2>&1 || {
            echo "notification-session: $tool not found (apt-get install dbus-daemon)" >&2
            exit 77
        }
    done
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/payrecon-notifications.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT
    trap 'exit 143' TERM INT # so that the EXIT trap runs when ctest or a user stops the test
    mkdir -m 700 "$scratch/runtime"
    # A session bus like the desktop's, minus <servicedir>: only what this script starts can own a name.
    cat >"$scratch/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$scratch</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    status=0
    env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY \
        HOME="$scratch" XDG_RUNTIME_DIR="$scratch/runtime" XDG_CONFIG_HOME="$scratch/config" \
        XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" \
        dbus-run-session --config-file="$scratch/session.conf" -- bash "$0" --inside "$scratch" "$@" || status=$?
    exit $status
fi
shift
scratch=$1
fake_notifyd=$2
shift 2

export PAYRECON_NOTIFY_LOG="$scratch/notifications.jsonl"
"$fake_notifyd" "$PAYRECON_NOTIFY_LOG" >"$scratch/fake-notifyd.out" 2>&1 &
standin=$!
trap 'kill "$standin" 2>/dev/null || true; wait "$standin" 2>/dev/null || true' EXIT
trap 'exit 143' TERM INT

# Wait (up to 10 s) until the stand-in owns org.freedesktop.Notifications.
for _ in $(seq 1 100); do
    grep -q '^READY' "$scratch/fake-notifyd.out" 2>/dev/null && break
    kill -0 "$standin" 2>/dev/null || break
    sleep 0.1
done
if ! grep -q '^READY' "$scratch/fake-notifyd.out" 2>/dev/null; then
    echo "notification-session: fake-notifyd did not start:" >&2
    cat "$scratch/fake-notifyd.out" >&2
    exit 1
fi
status=0
"$@" || status=$?
exit $status

#!/usr/bin/env bash
# Runs a command against a real, throwaway Secret Service: a private D-Bus session bus (dbus-run-session) with
# gnome-keyring-daemon serving org.freedesktop.secrets, its login keyring created and unlocked with an empty
# password, all state in a temporary HOME that is deleted afterwards. Works as root in a container without a
# desktop session. Used by ctest for tst_keychainsecretstore (tests/CMakeLists.txt).
#
#   secret-service-session.sh COMMAND [ARGS...]
#
# Exit status: the command's. 77 (ctest SKIP_RETURN_CODE) when dbus-run-session, dbus-send or gnome-keyring-daemon
# is missing.
set -euo pipefail

if [ "${1:-}" != --inside ]; then
    [ $# -ge 1 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }
    for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
        command -v "$tool" >/dev/null 2>&1 || {
            echo "secret-service-session: $tool not found (apt-get install dbus-daemon gnome-keyring)" >&2
            exit 77
        }
    done
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/payrecon-secret-service.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT
    trap 'exit 143' TERM INT # so that the EXIT trap runs when ctest or a user stops the test
    mkdir -m 700 "$scratch/runtime"
    # Nothing of the real user's: keyrings, settings and the session bus all live in the scratch folder.
    status=0
    env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY \
        HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
        XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" \
        dbus-run-session -- bash "$0" --inside "$@" || status=$?
    exit $status
fi
shift

# Inside the private session bus. The daemon runs in the foreground as our child so that it is stopped below
# (daemonised, it outlives the bus). An empty line on stdin is the (empty) password that creates and unlocks the
# login keyring; without it only the session collection exists and writes would need an interactive prompt.
printf '\n' | gnome-keyring-daemon --foreground --unlock --components=secrets >"$HOME/gnome-keyring.log" 2>&1 &
keyring=$!
trap 'kill "$keyring" 2>/dev/null || true; wait "$keyring" 2>/dev/null || true' EXIT
trap 'exit 143' TERM INT

# Wait (up to 10 s) until our daemon owns org.freedesktop.secrets and serves the login collection. NameHasOwner
# first: asking the name itself before then would make the bus activate a second, daemonised gnome-keyring.
bus() { dbus-send --session --print-reply "$@" 2>/dev/null; }
for _ in $(seq 1 100); do
    if bus --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets |
        grep -q 'boolean true' &&
        bus --dest=org.freedesktop.secrets /org/freedesktop/secrets org.freedesktop.DBus.Properties.Get \
            string:org.freedesktop.Secret.Service string:Collections | grep -q /collection/login; then
        ready=1
        break
    fi
    kill -0 "$keyring" 2>/dev/null || break
    sleep 0.1
done
if [ -z "${ready:-}" ]; then
    echo "secret-service-session: gnome-keyring-daemon did not provide a login collection:" >&2
    cat "$HOME/gnome-keyring.log" >&2
    exit 1
fi
export PAYRECON_SECRET_SERVICE_TEST=1
status=0
"$@" || status=$?
exit $status

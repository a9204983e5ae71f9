#!/usr/bin/env bash
# Publishing with the outbox in the team's MySQL store, run by hand (never by ctest).
#
#   tests/bench/team-store-publish.sh [--build DIR] [--rows N] [--runs K]
#
#   --build DIR   build tree holding app/cli/payrecon-cli and tests/fake-es (default: <repo>/build)
#   --rows N      `payrecon-cli generate --rows N` (default 200000; about 1.08 x N documents per run)
#   --runs K      fresh-outbox runs (default 3); each is followed by one re-run of the same files
#
# Starts a throwaway MariaDB (tests/mariadb/mariadb-fixture.sh) and fake-es (--no-sources --no-validate), then
# times `payrecon-cli reconcile --publish --no-store` with PAYRECON_STORE_URL on MariaDB: the enqueue into an
# empty outbox, the drain, and the enqueue of the same files again (which queues only the new run's mismatch
# log). The phases are read from payrecon.publish's log lines (process-relative timestamps).
set -euo pipefail

die() { echo "team-store-publish: $*" >&2; exit 1; }
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="$repo/build"
rows=200000
runs=3
while [ $# -gt 0 ]; do
    case "$1" in
    --build) build=$(cd "$2" && pwd); shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) sed -n '4,8p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
    esac
done
cli="$build/app/cli/payrecon-cli"
fake="$build/tests/fake-es"
[ -x "$cli" ] && [ -x "$fake" ] || die "build payrecon-cli and fake-es first (cmake --build $build)"

work=$(mktemp -d /tmp/team-store-publish.XXXXXX)
fake_pid=""
cleanup() {
    [ -n "$fake_pid" ] && kill "$fake_pid" 2>/dev/null || true
    bash "$repo/tests/mariadb/mariadb-fixture.sh" stop "$work/mariadb" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

bash "$repo/tests/mariadb/mariadb-fixture.sh" start "$work/mariadb" >/dev/null
# shellcheck disable=SC1091
. "$work/mariadb/env"
export PAYRECON_LEDGER_PASSWORD
"$cli" generate --rows "$rows" --seed 42 --out "$work/data" >/dev/null
"$fake" --user bench --password bench-pw --no-sources --no-validate >"$work/fake.out" 2>&1 &
fake_pid=$!
for _ in $(seq 50); do grep -q '^PORT ' "$work/fake.out" 2>/dev/null && break; sleep 0.1; done
port=$(sed -n 's/^PORT //p' "$work/fake.out")
[ -n "$port" ] || die "fake-es did not start"

export PAYRECON_ES_URL="http://127.0.0.1:$port" PAYRECON_ES_USER=bench PAYRECON_ES_PASSWORD=bench-pw
export XDG_CONFIG_HOME="$work/config"
export PAYRECON_STORE_URL="mysql://$PAYRECON_MARIADB_USER@127.0.0.1:$PAYRECON_MARIADB_PORT/$PAYRECON_MARIADB_DATABASE"
export QT_LOGGING_RULES="payrecon.publish.info=true" QT_MESSAGE_PATTERN="%{time process} %{category} %{message}"
mysql_exec() {
    "$PAYRECON_MARIADB_CLIENT" --host=127.0.0.1 --port="$PAYRECON_MARIADB_PORT" --user="$PAYRECON_MARIADB_USER" \
        --password="$PAYRECON_LEDGER_PASSWORD" "$PAYRECON_MARIADB_DATABASE" -e "$1"
}
reconcile() {
    "$cli" reconcile --ledger "sqlite://$work/data/ledger.db" --van "$work/data/van.csv" --profile kvan-cp949 \
        --publish --no-store --quiet 2>&1 || [ $? -eq 3 ]
}
# Seconds from the first log line matching $2 to the first one after it matching $3.
phase() {
    awk -v from="$2" -v to="$3" 'start == "" && $0 ~ from { start = $1; next } start != "" && $0 ~ to { print $1 - start; exit }' "$1"
}

echo "team-store-publish: $rows generated rows, $runs runs, $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| run | documents | enqueue s (docs/s) | drain s (docs/s) | same files again: enqueue s |"
echo "|---|---|---|---|---|"
for run in $(seq "$runs"); do
    mysql_exec "DROP TABLE IF EXISTS payrecon_es_outbox; DELETE FROM payrecon_schema_versions WHERE component = 'es_outbox'" \
        2>/dev/null || true
    reconcile >"$work/first.log"
    reconcile >"$work/again.log"
    docs=$(sed -n 's/.*enqueued \([0-9]*\) new or changed.*/\1/p' "$work/first.log" | head -1)
    enqueue=$(phase "$work/first.log" "enqueueing run" "enqueued [0-9]+ new or changed")
    drain=$(phase "$work/first.log" "publishing [0-9]+ pending" "published [0-9]+ failed")
    again=$(phase "$work/again.log" "enqueueing run" "enqueued [0-9]+ new or changed")
    [ -n "$docs" ] && [ -n "$enqueue" ] && [ -n "$drain" ] || die "unexpected output: $(tail -5 "$work/first.log")"
    # awk, not bc: nothing beyond what installer/deps.sh and the base system provide.
    awk -v r="$run" -v n="$docs" -v e="$enqueue" -v d="$drain" -v a="$again" \
        'BEGIN { printf "| %s | %s | %.2f (%.0f) | %.2f (%.0f) | %.2f |\n", r, n, e, n / e, d, n / d, a }'
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

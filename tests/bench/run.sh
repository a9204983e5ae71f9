#!/usr/bin/env bash
# PayRecon benchmark harness, run by hand (never by ctest).
#
#   tests/bench/run.sh [--build DIR] [--rows N] [--runs K] [--only csv|cp949|mariadb]
#                      [--max-load L] [--load-wait S]
#
#   --build DIR      build tree holding app/cli/payrecon-cli (default: <repo>/build)
#   --rows N         ledger base approvals for `payrecon-cli generate` (default 1000000; the files hold ~1.05×N
#                    records, the table reports the real counts)
#   --runs K         timed runs per case, after one untimed warm-up run (default 5)
#   --only CASE      run one case: csv (canonical UTF-8 ledger.csv vs van.csv), cp949 (SQLite ledger vs a
#                    K-VAN CP949 file) or mariadb (MySQL ledger on a throwaway MariaDB, plus client baselines)
#   --max-load L     before each case, wait while the 1-minute load average is above L (default 1.5) ...
#   --load-wait S    ... for at most S seconds (default 300), then run anyway and say so in the results
#
# Data is generated once (seed 42) into DIR/bench-data/N/{canonical,cp949,mysql}/ and reused while the generate
# arguments and the payrecon-cli version match; delete that directory to regenerate. Results are printed and
# written to DIR/bench-results.md (Markdown, for docs/BENCHMARKS.md). Wall time and peak RSS come from GNU
# time (-f '%e %M'); payrecon-cli exits 3 when it finds discrepancies (the generated data has some), and any
# exit code other than 0 or 3 aborts the benchmark.
set -euo pipefail

die() { echo "bench: $*" >&2; exit 1; }
note() { echo "bench: $*" >&2; }

usage() { sed -n '4,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="$repo/build"
rows=1000000
runs=5
only=""
max_load=1.5
load_wait=300

while [ $# -gt 0 ]; do
    case "$1" in
    --build) [ $# -ge 2 ] || usage; build=$2; shift 2 ;;
    --build=*) build=${1#*=}; shift ;;
    --rows) [ $# -ge 2 ] || usage; rows=$2; shift 2 ;;
    --rows=*) rows=${1#*=}; shift ;;
    --runs) [ $# -ge 2 ] || usage; runs=$2; shift 2 ;;
    --runs=*) runs=${1#*=}; shift ;;
    --only) [ $# -ge 2 ] || usage; only=$2; shift 2 ;;
    --only=*) only=${1#*=}; shift ;;
    --max-load) [ $# -ge 2 ] || usage; max_load=$2; shift 2 ;;
    --load-wait) [ $# -ge 2 ] || usage; load_wait=$2; shift 2 ;;
    -h | --help) usage ;;
    *) echo "bench: unknown argument '$1'" >&2; usage ;;
    esac
done

[[ "$rows" =~ ^[1-9][0-9]*$ ]] || die "--rows must be a positive integer, not '$rows'"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer, not '$runs'"
[[ "$max_load" =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "--max-load must be a number, not '$max_load'"
[[ "$load_wait" =~ ^[0-9]+$ ]] || die "--load-wait must be a number of seconds, not '$load_wait'"
case "$only" in
"") cases=(csv cp949 mariadb) ;;
csv | cp949 | mariadb) cases=("$only") ;;
*) die "--only must be csv, cp949 or mariadb, not '$only'" ;;
esac

[ -d "$build" ] || die "build directory $build does not exist (configure and build first: cmake -S $repo -B $build && cmake --build $build -j2)"
build=$(cd "$build" && pwd)
cli="$build/app/cli/payrecon-cli"
[ -x "$cli" ] || die "$cli is not built; run: cmake --build $build --target payrecon-cli -j2"
"$cli" --version >/dev/null 2>&1 || die "$cli does not run ($cli --version failed)"
[ -x /usr/bin/time ] && /usr/bin/time -f '%e' -o /dev/null true 2>/dev/null \
    || die "GNU time is needed as /usr/bin/time (apt-get install time)"
cli_version=$("$cli" --version)

data="$build/bench-data/$rows"
work=$(mktemp -d "${TMPDIR:-/tmp}/payrecon-bench.XXXXXX")
fixture_dir="$build/bench-mariadb"
fixture_started=0

cleanup() {
    local rc=$?
    if [ "$fixture_started" -eq 1 ]; then
        "$repo/tests/mariadb/mariadb-fixture.sh" stop "$fixture_dir" >&2 || note "could not stop the MariaDB fixture in $fixture_dir"
    fi
    rm -rf -- "$work"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------------------- helpers

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
load1() { cut -d' ' -f1 /proc/loadavg; }

# Waits while the 1-minute load average is above $max_load, for at most $load_wait seconds. Sets $case_load to a
# description of the load the case started under.
wait_for_quiet() {
    local label=$1 start=$SECONDS first waited=0
    first=$(loadavg)
    while awk -v l="$(load1)" -v m="$max_load" 'BEGIN { exit !(l > m) }'; do
        if [ $((SECONDS - start)) -ge "$load_wait" ]; then
            note "$label: load average still $(loadavg) after ${load_wait} s; running anyway"
            case_load="$(loadavg) (waited ${load_wait} s from $first; above --max-load $max_load)"
            echo "== $label: load average $case_load"
            return 0
        fi
        note "$label: load average $(loadavg) > $max_load, waiting ($((SECONDS - start)) s so far)"
        waited=1
        sleep 15
    done
    case_load=$(loadavg)
    [ "$waited" -eq 0 ] || case_load="$case_load (waited $((SECONDS - start)) s from $first)"
    echo "== $label: load average $case_load"
}

# Generates the dataset for profile $2 into $1 with extra generate flags ${@:3}, unless a complete one is there.
ensure_data() {
    local dir=$1 profile=$2
    shift 2
    local args=(generate --rows "$rows" --seed 42 --out "$dir" --profile "$profile" "$@")
    local stamp="$dir/.bench-complete" want
    want="$cli_version: ${args[*]}"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        echo "== data: reusing $dir"
        return 0
    fi
    rm -rf -- "$dir"
    mkdir -p "$dir"
    echo "== data: payrecon-cli ${args[*]}"
    /usr/bin/time -f '%e %M' -o "$work/gen.time" "$cli" "${args[@]}" || die "payrecon-cli generate failed"
    echo "   took $(cut -d' ' -f1 "$work/gen.time" | tail -n1) s"
    printf '%s\n' "$want" >"$stamp"
}

# Runs "$@" under GNU time; stdout and stderr to $work/out and $work/err. Sets $wall (s), $rss (KB), $rc.
timed() {
    rc=0
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/out" 2>"$work/err" || rc=$?
    read -r wall rss < <(tail -n1 "$work/time")
    [[ "$wall" =~ ^[0-9.]+$ && "$rss" =~ ^[0-9]+$ ]] || { cat "$work/time" >&2; die "cannot read GNU time's output"; }
}

# Runs the payrecon-cli invocation "$@" under timed and dies unless it exited 0 or 3.
timed_cli() {
    timed "$@"
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
        echo "--- stderr ---" >&2
        tail -n 20 "$work/err" >&2
        die "payrecon-cli exited $rc (expected 0 or 3): ${*:2}"
    fi
}

# Statistics of whitespace-separated numbers: "median min max".
stats() {
    tr ' ' '\n' <<<"$*" | grep -v '^$' | sort -g | awk '
        { v[NR] = $1 }
        END {
            m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%.2f %.2f %.2f\n", m, v[1], v[NR]
        }'
}
max_of() { tr ' ' '\n' <<<"$*" | grep -v '^$' | sort -g | tail -n1; }
kb_to_mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
per_sec() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", n / s; else printf "0" }'; }
# rows/s, grouped, for $1 rows in $2 milliseconds
rate_ms() { group "$(awk -v n="$1" -v ms="$2" 'BEGIN { if (ms > 0) printf "%.0f", n * 1000 / ms; else printf "0" }')"; }
group() { awk -v n="$1" 'BEGIN { s = sprintf("%d", n); o = ""; while (length(s) > 3) { o = "," substr(s, length(s) - 2) o; s = substr(s, 1, length(s) - 3) } print s o }'; }

# From a non-quiet reconcile's stdout in $work/out: sets $ledger_records, $van_records, $load_ms, $match_ms.
parse_summary() {
    ledger_records=$(sed -n 's/^Ledger: .*(\([0-9,]*\) records)$/\1/p' "$work/out" | tr -d ,)
    van_records=$(sed -n 's/^VAN: .*, \([0-9,]*\) records)$/\1/p' "$work/out" | tr -d ,)
    load_ms=$(sed -n 's/.*(load \([0-9]*\) ms, match [0-9]* ms)$/\1/p' "$work/out")
    match_ms=$(sed -n 's/.*(load [0-9]* ms, match \([0-9]*\) ms)$/\1/p' "$work/out")
    discrepancies=$(sed -n 's/^Result: \([0-9,]*\) discrepancies.*/\1/p' "$work/out" | tr -d ,)
    discrepancies=${discrepancies:-0}
    [ -n "$ledger_records" ] && [ -n "$van_records" ] && [ -n "$load_ms" ] && [ -n "$match_ms" ] \
        || { cat "$work/out" >&2; die "cannot read the reconcile summary"; }
}

table_rows=()
breakdown_rows=()
run_lines=()
extra_lines=()
load_lines=()

# Benchmarks one reconcile invocation: warm-up (non-quiet, for the record counts), $runs timed --quiet runs, and
# a final non-quiet run for the load/match split. Sets $bench_med, $bench_peak (KB) and $bench_ledger_ms (the
# per-run SQL ledger read times that payrecon.ledger logs to stderr, if any).
bench_reconcile() {
    local name=$1
    shift
    local args=("$@") walls="" rsss="" ledger_ms_list="" i
    echo "== $name: warm-up: payrecon-cli ${args[*]}"
    timed_cli "$cli" "${args[@]}"
    parse_summary
    echo "   ledger $ledger_records records, VAN $van_records records, $discrepancies discrepancies, wall ${wall} s (exit $rc)"
    for ((i = 1; i <= runs; i++)); do
        timed_cli "$cli" "${args[@]}" --quiet
        walls+=" $wall"
        rsss+=" $rss"
        local lms
        lms=$(sed -n 's/^payrecon.ledger: Loaded [0-9]* rows .* in \([0-9]*\) ms$/\1/p' "$work/err")
        [ -n "$lms" ] && ledger_ms_list+=" $lms"
        printf '   run %d/%d: wall %s s, max RSS %s KB (%s MiB), exit %d%s\n' "$i" "$runs" "$wall" "$rss" \
            "$(kb_to_mib "$rss")" "$rc" "${lms:+, SQL ledger read $lms ms}"
    done
    read -r med min max < <(stats "$walls")
    local peak
    peak=$(max_of "$rsss")
    # The split comes from this run's own wall time: one run's load/match set against another's wall would not add up.
    timed_cli "$cli" "${args[@]}"
    parse_summary
    local other_ms split
    other_ms=$(awk -v w="$wall" -v l="$load_ms" -v m="$match_ms" 'BEGIN { printf "%.0f", w * 1000 - l - m }')
    split=$(awk -v w="$wall" -v l="$load_ms" -v m="$match_ms" 'BEGIN {
        t = w * 1000; printf "%.0f%% / %.0f%% / %.0f%%", 100 * l / t, 100 * m / t, 100 * (t - l - m) / t }')
    echo "   median wall $med s (min $min, max $max), peak RSS $(kb_to_mib "$peak") MiB;" \
        "breakdown run: wall $wall s, load $load_ms ms, match $match_ms ms, other $other_ms ms"
    table_rows+=("| $name | $(group "$ledger_records") / $(group "$van_records") | $runs | $med | $min / $max | $(kb_to_mib "$peak") |")
    breakdown_rows+=("| $name | $wall | $load_ms | $match_ms | $other_ms | $split |")
    run_lines+=("- $name: wall s:$walls; max RSS KB:$rsss")
    load_lines+=("- $name: $case_load; after the runs: $(loadavg)")
    bench_med=$med
    bench_peak=$peak
    bench_ledger_ms=$ledger_ms_list
}

# ------------------------------------------------------------------------------------------------------------ cases

started_at=$(date -u '+%Y-%m-%d %H:%M UTC')
rev=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ "$rev" != unknown ] && [ -n "$(git -C "$repo" --no-optional-locks status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    rev="$rev (with uncommitted changes)"
fi
cli_stamp=$(stat -c '%Y %s' "$cli")
cli_built="payrecon-cli built $(date -u -r "$cli" '+%Y-%m-%d %H:%M UTC')"
# A dry run (changes nothing) tells whether the binary is older than the working tree's sources.
if [ -f "$build/build.ninja" ] && command -v ninja >/dev/null; then
    if ninja -C "$build" -n payrecon-cli 2>/dev/null | grep -q 'Linking CXX executable'; then
        cli_built="$cli_built, OLDER than the working tree (ninja would relink it)"
        note "WARNING: $cli is older than its sources; rebuild (cmake --build $build --target payrecon-cli) for current numbers"
    else
        cli_built="$cli_built, up to date with the working tree"
    fi
fi
# payrecon-cli keeps its info logging quiet unless QT_LOGGING_RULES is set; the SQL ledger source's one line
# ("Loaded N rows ... in X ms") gives the ledger read time on its own, since the VAN file is parsed concurrently.
export QT_LOGGING_RULES='payrecon.*.info=false;payrecon.ledger.info=true'
echo "== payrecon-cli: $cli ($cli_version), rows $rows, runs $runs, cases: ${cases[*]}"

for c in "${cases[@]}"; do
    case "$c" in
    csv)
        d="$data/canonical"
        ensure_data "$d" canonical-utf8 --no-mysql-dump
        wait_for_quiet csv
        bench_reconcile "csv (ledger.csv UTF-8 + van.csv UTF-8)" reconcile --ledger-csv "$d/ledger.csv" \
            --ledger-profile canonical-utf8 --van "$d/van.csv" --profile canonical-utf8
        # The floor's 400 MB is read as 10^6 bytes (the stricter reading: 381 MiB); GNU time's %M is KiB.
        verdict=$(awk -v m="$bench_med" -v k="$bench_peak" -v n="$(nproc)" 'BEGIN {
            mb = k * 1024 / 1e6
            printf "%s: median wall %s s (≤ 1.0), peak RSS %.0f MB (≤ 400), %d CPUs", (m <= 1.0 && mb <= 400) ? "met" : "NOT met", m, mb, n }')
        extra_lines+=("- Floor for csv (median wall ≤ 1.0 s, peak RSS ≤ 400 MB on 2 cores): $verdict")
        ;;
    cp949)
        d="$data/cp949"
        ensure_data "$d" kvan-cp949 --no-mysql-dump
        wait_for_quiet cp949
        bench_reconcile "cp949 (SQLite ledger.db + K-VAN CP949)" reconcile --ledger "sqlite://$d/ledger.db" \
            --van "$d/van.csv" --profile kvan-cp949
        if [ -n "$bench_ledger_ms" ]; then
            read -r lmed _ _ < <(stats "$bench_ledger_ms")
            extra_lines+=("- cp949: SQLite ledger read (payrecon.ledger log, concurrent with the CP949 VAN parse): median ${lmed%.*} ms = $(rate_ms "$ledger_records" "$lmed") rows/s")
        fi
        ;;
    mariadb)
        d="$data/mysql"
        ensure_data "$d" canonical-utf8 --no-sqlite
        command -v mariadb >/dev/null || die "the mariadb client is needed (apt-get install mariadb-client)"
        echo "== mariadb: starting the fixture in $fixture_dir"
        fixture_started=1
        "$repo/tests/mariadb/mariadb-fixture.sh" start "$fixture_dir"
        PAYRECON_MARIADB_HOST="" PAYRECON_MARIADB_PORT="" PAYRECON_MARIADB_USER="" PAYRECON_MARIADB_DATABASE=""
        # shellcheck disable=SC1091
        . "$fixture_dir/env"
        [ -n "$PAYRECON_MARIADB_PORT" ] && [ -n "${PAYRECON_LEDGER_PASSWORD:-}" ] \
            || die "$fixture_dir/env lacks the port or the password"
        export PAYRECON_LEDGER_PASSWORD # for payrecon-cli only; the client reads $cnf
        cnf="$fixture_dir/bench-client.cnf"
        (
            umask 077
            printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword=%s\n' "$PAYRECON_MARIADB_HOST" \
                "$PAYRECON_MARIADB_PORT" "$PAYRECON_MARIADB_USER" "$PAYRECON_LEDGER_PASSWORD" >"$cnf"
        )
        db=$PAYRECON_MARIADB_DATABASE
        client=(mariadb --defaults-file="$cnf" --protocol=TCP)

        echo "== mariadb: loading $d/ledger.sql ($(du -h "$d/ledger.sql" | cut -f1)) with the mariadb client"
        timed "${client[@]}" "$db" <"$d/ledger.sql"
        [ "$rc" -eq 0 ] || { tail -n 20 "$work/err" >&2; die "loading ledger.sql failed (exit $rc)"; }
        sql_load_wall=$wall
        loaded=$("${client[@]}" -N -B "$db" -e "SELECT COUNT(*) FROM payments")
        echo "   $loaded rows in $sql_load_wall s"

        # The bulk load leaves InnoDB flushing and purging for a while: let the machine settle first.
        wait_for_quiet mariadb
        url="mysql://$PAYRECON_MARIADB_USER@127.0.0.1:$PAYRECON_MARIADB_PORT/$db"
        bench_reconcile "mariadb (MySQL ledger + van.csv UTF-8)" reconcile --ledger "$url" --van "$d/van.csv" \
            --profile canonical-utf8
        [ "$loaded" = "$ledger_records" ] || note "payments holds $loaded rows but the CLI read $ledger_records"
        extra_lines+=("- mariadb: loading ledger.sql ($(du -h "$d/ledger.sql" | cut -f1)) with the mariadb client: $sql_load_wall s = $(group "$(per_sec "$loaded" "$sql_load_wall")") rows/s (fixture: InnoDB buffer pool 32 MB, flush_log_at_trx_commit=2)")
        if [ -n "$bench_ledger_ms" ]; then
            read -r lmed lmin lmax < <(stats "$bench_ledger_ms")
            extra_lines+=("- mariadb: payrecon-cli ledger read (payrecon.ledger log: connect + SELECT + conversion, concurrent with the VAN parse): median ${lmed%.*} ms (min ${lmin%.*}, max ${lmax%.*}) = $(rate_ms "$ledger_records" "$lmed") rows/s; whole load phase of the breakdown run: $load_ms ms = $(rate_ms "$ledger_records" "$load_ms") rows/s")
        fi

        # Baseline: how fast the stock client streams the same columns to /dev/null.
        query="SELECT transaction_id, kind, amount, approval_no, occurred_at, card_number, card_company, merchant_id, merchant_name, customer_id, category, installment_months FROM payments"
        echo "== mariadb: baseline: mariadb --quick ... -e \"SELECT <12 columns> FROM payments\" > /dev/null"
        timed "${client[@]}" --quick "$db" -e "$query"
        [ "$rc" -eq 0 ] || { tail -n 20 "$work/err" >&2; die "the baseline SELECT failed (exit $rc)"; }
        bwalls=""
        brss=""
        for ((i = 1; i <= runs; i++)); do
            timed "${client[@]}" --quick "$db" -e "$query"
            [ "$rc" -eq 0 ] || { tail -n 20 "$work/err" >&2; die "the baseline SELECT failed (exit $rc)"; }
            bwalls+=" $wall"
            brss+=" $rss"
            echo "   run $i/$runs: wall $wall s, max RSS $rss KB"
        done
        read -r bmed bmin bmax < <(stats "$bwalls")
        table_rows+=("| mariadb client baseline (\`mariadb --quick\` SELECT > /dev/null) | $(group "$loaded") / – | $runs | $bmed | $bmin / $bmax | $(kb_to_mib "$(max_of "$brss")") |")
        run_lines+=("- mariadb client baseline: wall s:$bwalls; max RSS KB:$brss")
        extra_lines+=("- mariadb: client baseline dump: median $bmed s = $(group "$(per_sec "$loaded" "$bmed")") rows/s")
        ;;
    esac
done

# ---------------------------------------------------------------------------------------------------------- results

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)
mem=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
if [ "$(stat -c '%Y %s' "$cli" 2>/dev/null)" != "$cli_stamp" ]; then
    note "WARNING: $cli was rebuilt while the benchmark ran; the results mix two binaries"
    extra_lines+=("- WARNING: payrecon-cli was rebuilt while the benchmark ran; the results mix two binaries.")
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt" 2>/dev/null || true)
qt_lib=$(ldd "$cli" 2>/dev/null | sed -n 's/.*libQt6Core\.so[^ ]* => \([^ ]*\).*/\1/p' | head -n1)
qt_version=$( { [ -n "$qt_lib" ] && readlink -f "$qt_lib"; } | sed -n 's/.*libQt6Core\.so\.\([0-9.]*\)$/\1/p' || true)
qt_version=${qt_version:-?}

results="$build/bench-results.md"
{
    echo "## PayRecon benchmark — $started_at"
    echo
    echo "\`tests/bench/run.sh --rows $rows --runs $runs${only:+ --only $only}\` ($cli_version, ${build_type:-unknown} build, Qt $qt_version); generated with \`--seed 42\`, $(group "$rows") base approvals."
    echo "Wall time and peak RSS from GNU time; $runs timed \`--quiet\` runs after one warm-up run. Records per side: ledger / VAN."
    echo
    echo "| case | records (ledger / VAN) | runs | median wall s | min / max wall s | peak RSS MiB |"
    echo "|---|---|---|---|---|---|"
    printf '%s\n' "${table_rows[@]}"
    echo
    echo "Time split, from one extra run without \`--quiet\` (its \"(load X ms, match Y ms)\"; load reads both sides concurrently; other = that run's wall − load − match: process start, summary, teardown):"
    echo
    echo "| case | run wall s | load ms | match ms | other ms | load / match / other |"
    echo "|---|---|---|---|---|---|"
    printf '%s\n' "${breakdown_rows[@]}"
    echo
    if [ ${#extra_lines[@]} -gt 0 ]; then
        printf '%s\n' "${extra_lines[@]}"
        echo
    fi
    echo "Machine: $(nproc) CPUs ($cpu), $mem RAM, Linux $(uname -r); git $rev at the start; $cli_built."
    echo
    echo "Load average (1/5/15 min) when each case started:"
    echo
    printf '%s\n' "${load_lines[@]}"
    echo
    echo "Runs:"
    echo
    printf '%s\n' "${run_lines[@]}"
} >"$work/results.md"
cp "$work/results.md" "$results"
echo
cat "$results"
echo
echo "bench: results written to $results"

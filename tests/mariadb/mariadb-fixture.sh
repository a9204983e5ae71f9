#!/usr/bin/env bash
# Starts or stops a throwaway MariaDB server for the MariaDB-backed tests (a ctest fixture).
#
#   mariadb-fixture.sh start DIR   initialise DIR/data, run mariadbd on 127.0.0.1 and DIR/mysqld.sock, create
#                                  database payrecon_test and user payrecon (random password), write DIR/env
#   mariadb-fixture.sh stop DIR    stop that server and delete DIR
#
# DIR/env holds KEY=VALUE lines (PAYRECON_MARIADB_HOST, _PORT, _SOCKET, _USER, _DATABASE, _CLIENT and
# PAYRECON_LEDGER_PASSWORD) for tst_mysqlledger. The first free port from $PAYRECON_MARIADB_PORT (33061) is used.
set -euo pipefail

die() { echo "mariadb-fixture: $*" >&2; exit 1; }

[ $# -eq 2 ] || die "usage: $0 start|stop DIR"
action=$1
dir=$2
[ -n "$dir" ] && [ "$dir" != / ] || die "refusing to use '$dir' as the server directory"
dir=$(realpath -m -- "$dir")
marker="$dir/.payrecon-mariadb-fixture"
pidfile="$dir/mysqld.pid"

find_bin() {
    local name
    for name in "$@"; do
        command -v "$name" 2>/dev/null && return 0
        [ -x "/usr/sbin/$name" ] && { echo "/usr/sbin/$name"; return 0; }
    done
    return 1
}

# Stops the server a previous run left in $dir (pid file), waiting for it to exit; SIGKILL after 30 s.
stop_server() {
    [ -f "$pidfile" ] || return 0
    local pid
    pid=$(cat "$pidfile" 2>/dev/null || true)
    # Only a mariadbd/mysqld process is ours to kill: a stale pid file may name an unrelated, reused pid.
    if [[ "$pid" =~ ^[0-9]+$ ]] && [ -r "/proc/$pid/comm" ] && grep -qE '^(mariadbd|mysqld)$' "/proc/$pid/comm"; then
        kill -TERM "$pid" 2>/dev/null || true
        local i
        for ((i = 0; i < 300; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "mariadb-fixture: mariadbd $pid did not stop in 30 s, killing it" >&2
            kill -KILL "$pid" 2>/dev/null || true
            for ((i = 0; i < 50; i++)); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.1
            done
        fi
    fi
    rm -f "$pidfile"
}

remove_dir() {
    [ -d "$dir" ] || return 0
    # Only a directory this script made is deleted, whatever path it was given.
    [ -f "$marker" ] || die "$dir exists but was not made by this script; not deleting it"
    rm -rf -- "$dir"
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
    local mariadbd install_db admin client
    mariadbd=$(find_bin mariadbd mysqld) || die "mariadbd not found (apt-get install mariadb-server)"
    install_db=$(find_bin mariadb-install-db mysql_install_db) || die "mariadb-install-db not found"
    admin=$(find_bin mariadb-admin mysqladmin) || die "mariadb-admin not found"
    client=$(find_bin mariadb mysql) || die "mariadb client not found"

    stop_server
    remove_dir
    mkdir -p "$dir"
    touch "$marker"

    local socket="$dir/mysqld.sock"
    if [ ${#socket} -gt 100 ]; then # sun_path holds 108 bytes; deep build trees need a short socket path
        socket=$(mktemp -u /tmp/payrecon-mariadb.XXXXXX.sock)
    fi

    local started=$SECONDS
    "$install_db" --no-defaults --user=root --datadir="$dir/data" --auth-root-authentication-method=normal \
        --skip-test-db --skip-name-resolve >"$dir/install.log" 2>&1 \
        || { cat "$dir/install.log" >&2; die "mariadb-install-db failed"; }

    # A probe cannot reserve a port, so a server that loses a race for it is retried on the next one.
    local port=${PAYRECON_MARIADB_PORT:-33061} attempt pid="" up=0
    for ((attempt = 0; attempt < 20 && up == 0; attempt++, port++)); do
        port_in_use "$port" && continue
        rm -f "$dir/error.log" "$pidfile"
        # setsid and closed stdio: ctest waits for every process holding the test's output pipe.
        setsid "$mariadbd" --no-defaults --user=root --datadir="$dir/data" --socket="$socket" --port="$port" \
            --bind-address=127.0.0.1 --skip-networking=0 --pid-file="$pidfile" --log-error="$dir/error.log" \
            --skip-name-resolve --skip-log-bin --innodb-buffer-pool-size=32M \
            --innodb-flush-log-at-trx-commit=2 --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
            </dev/null >>"$dir/mariadbd.out" 2>&1 &
        pid=$!
        echo "$pid" >"$pidfile.launch"
        local deadline=$((SECONDS + 60))
        while [ $SECONDS -lt $deadline ]; do
            if ! kill -0 "$pid" 2>/dev/null; then
                break
            fi
            if "$admin" --no-defaults --socket="$socket" -uroot --connect-timeout=2 ping >/dev/null 2>&1; then
                up=1
                break
            fi
            sleep 0.2
        done
        if [ $up -eq 0 ]; then
            if ! kill -0 "$pid" 2>/dev/null && grep -qiE 'address already in use|Do you already have another' "$dir/error.log" 2>/dev/null; then
                echo "mariadb-fixture: port $port was taken meanwhile, trying the next one" >&2
                continue
            fi
            kill -KILL "$pid" 2>/dev/null || true
            echo "--- $dir/error.log ---" >&2
            cat "$dir/error.log" >&2 2>/dev/null || true
            die "mariadbd did not answer a ping within 60 s"
        fi
    done
    [ $up -eq 1 ] || die "no free port found from ${PAYRECON_MARIADB_PORT:-33061}"
    port=$((port - 1))
    # mariadbd writes its pid file itself; keep the launcher's pid if it has not yet.
    [ -s "$pidfile" ] || mv "$pidfile.launch" "$pidfile"
    rm -f "$pidfile.launch"

    local password
    password="Pr-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
    "$client" --no-defaults --socket="$socket" -uroot <<SQL || die "cannot create the test database and user"
CREATE DATABASE payrecon_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'payrecon'@'127.0.0.1' IDENTIFIED BY '$password';
CREATE USER 'payrecon'@'localhost' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON payrecon_test.* TO 'payrecon'@'127.0.0.1';
GRANT ALL PRIVILEGES ON payrecon_test.* TO 'payrecon'@'localhost';
SQL

    umask 077
    cat >"$dir/env.tmp" <<ENV
PAYRECON_MARIADB_HOST=127.0.0.1
PAYRECON_MARIADB_PORT=$port
PAYRECON_MARIADB_SOCKET=$socket
PAYRECON_MARIADB_USER=payrecon
PAYRECON_MARIADB_DATABASE=payrecon_test
PAYRECON_MARIADB_CLIENT=$client
PAYRECON_LEDGER_PASSWORD=$password
ENV
    mv "$dir/env.tmp" "$dir/env"
    echo "mariadb-fixture: $("$mariadbd" --version | sed 's/ *for .*//') on 127.0.0.1:$port (pid $(cat "$pidfile")), ready in $((SECONDS - started)) s"
}

case "$action" in
start) start ;;
stop)
    stop_server
    remove_dir
    echo "mariadb-fixture: stopped, $dir removed"
    ;;
*) die "usage: $0 start|stop DIR" ;;
esac

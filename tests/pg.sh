#!/usr/bin/env bash
# pg.sh — a throw-away PostgreSQL 15 cluster for tests, in a folder of its own.
#
#   tests/pg.sh start DIR PORT          initdb in DIR, start on 127.0.0.1:PORT (socket in DIR),
#                                       create database traject_test, print its URL
#   tests/pg.sh createdb DIR PORT NAME  create database NAME in that cluster, print its URL
#   tests/pg.sh stop DIR                stop the cluster and remove DIR
#
# Owns: DIR and the server running from it. Does not own: any other cluster (the system's
# postgresql service is never touched) nor the schema (traject migrate creates it).
#
# stdout carries only the URL, so that url=$(tests/pg.sh start ...) works; everything else goes
# to stderr or to DIR/initdb.log and DIR/server.log. Exits non-zero with a message on failure.
# initdb and postgres refuse to run as root, so as root they run as the postgres user.
# The cluster is built for speed, not safety: fsync is off; never point it at data you keep.
set -euo pipefail

BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
MARKER=.traject-pg # written first by start; stop removes only folders that carry it

die() {
    echo "pg.sh: $*" >&2
    exit 1
}

usage() {
    echo "usage: tests/pg.sh start DIR PORT | createdb DIR PORT NAME | stop DIR" >&2
    exit 2
}

# Runs a PostgreSQL program as the postgres user when we are root. From inside DIR, because
# the postgres user may not be allowed into the caller's working directory (/root).
as_pg() {
    if [[ $(id -u) == 0 ]]; then
        (cd "$dir" && runuser -u postgres -- "$@")
    else
        (cd "$dir" && "$@")
    fi
}

check_port() {
    [[ $1 =~ ^[0-9]+$ ]] && (($1 >= 1024 && $1 <= 65535)) ||
        die "port must be a number from 1024 to 65535, not '$1'"
}

check_cluster() {
    [[ -f $dir/$MARKER && -f $dir/data/PG_VERSION ]] ||
        die "$dir is not a test cluster made by tests/pg.sh start"
}

# Prints the log's last lines to stderr, so that a failure explains itself.
show_log() {
    if [[ -f $1 ]]; then
        echo "--- last lines of $1:" >&2
        tail -n 20 "$1" >&2
    fi
}

create_db() { # port name
    as_pg "$BIN/createdb" -h 127.0.0.1 -p "$1" -U postgres "$2" 2>"$dir/createdb.log" || {
        cat "$dir/createdb.log" >&2
        die "could not create database $2 on 127.0.0.1:$1"
    }
    echo "postgresql://postgres@127.0.0.1:$1/$2"
}

server_running() {
    as_pg "$BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1
}

start() {
    local port=$1
    check_port "$port"
    for p in initdb pg_ctl postgres createdb pg_isready; do
        [[ -x $BIN/$p ]] || die "$BIN/$p not found (apt-get install postgresql-15, or set PG_BIN)"
    done
    if [[ $(id -u) == 0 ]]; then
        id postgres >/dev/null 2>&1 || die "running as root, but there is no postgres user"
    fi
    # the settings below go into postgresql.conf unquoted
    [[ $dir != *[[:space:]\'\"\\]* ]] || die "DIR must not contain spaces or quotes: '$dir'"
    # the Unix socket path (DIR/.s.PGSQL.PORT) must fit in sockaddr_un
    ((${#dir} + 20 <= 107)) || die "DIR is too long for a Unix socket path: $dir"
    if [[ -e $dir ]]; then
        [[ -d $dir ]] || die "$dir exists and is not a folder"
        [[ -z $(ls -A "$dir") ]] || die "$dir is not empty; give a fresh folder (mktemp -d)"
    else
        mkdir -p "$dir" || die "cannot create $dir"
    fi
    touch "$dir/$MARKER"
    chmod 700 "$dir"
    if [[ $(id -u) == 0 ]]; then
        chown postgres: "$dir"
        runuser -u postgres -- test -w "$dir" ||
            die "the postgres user cannot reach $dir (is a parent folder private?)"
    fi

    # --no-sync: a test cluster need not survive a power cut, and it saves a second
    as_pg "$BIN/initdb" -D "$dir/data" -U postgres -A trust --encoding=UTF8 --locale=C \
        --no-sync >"$dir/initdb.log" 2>&1 || {
        show_log "$dir/initdb.log"
        die "initdb failed in $dir/data"
    }
    cat >>"$dir/data/postgresql.conf" <<EOF

# tests/pg.sh: a throw-away cluster for tests
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF

    # from here on a failure must not leave a server running
    trap 'server_running && as_pg "$BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1' EXIT
    as_pg "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null 2>&1 || {
        show_log "$dir/server.log"
        die "the server did not start on 127.0.0.1:$port (port taken?)"
    }
    local i
    for ((i = 0; i < 100; i++)); do
        "$BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 1 && break
        sleep 0.1
    done
    ((i < 100)) || {
        show_log "$dir/server.log"
        die "the server on 127.0.0.1:$port did not become ready within 10 s"
    }
    create_db "$port" traject_test
    trap - EXIT
}

stop() {
    [[ -e $dir ]] || return 0 # already gone: stopping twice is not an error
    [[ -d $dir ]] || die "$dir is not a folder"
    if [[ ! -f $dir/$MARKER ]]; then
        # refuse to remove a folder that tests/pg.sh did not make, unless it is empty
        [[ -z $(ls -A "$dir") ]] || die "$dir was not made by tests/pg.sh start; not removing it"
        rmdir "$dir"
        return 0
    fi
    if [[ -f $dir/data/postmaster.pid ]] && server_running; then
        as_pg "$BIN/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
            as_pg "$BIN/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || {
            show_log "$dir/server.log"
            die "could not stop the server in $dir/data; $dir kept"
        }
    fi
    rm -rf "$dir"
}

cmd=${1:-}
dir=${2:-}
[[ -n $cmd && -n $dir ]] || usage
dir=$(realpath -m -- "$dir") # absolute: it goes into postgresql.conf and the socket path
case $cmd in
start)
    (($# == 3)) || usage
    start "$3"
    ;;
createdb)
    (($# == 4)) || usage
    check_port "$3"
    [[ $4 =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "database name must match [a-z_][a-z0-9_]*, not '$4'"
    check_cluster
    create_db "$3" "$4"
    ;;
stop)
    (($# == 2)) || usage
    stop
    ;;
*)
    usage
    ;;
esac

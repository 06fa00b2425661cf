#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for tests, in a temporary folder.
#   tests/pg.sh start DIR PORT     initdb + start on 127.0.0.1:PORT; prints the URL of
#                                  database traject_test
#   tests/pg.sh replica FROM DIR PORT
#                                  a streaming replica of the cluster started in FROM
#                                  (pg_basebackup -R), hot standby on 127.0.0.1:PORT; prints
#                                  the URL of its database traject_test
#   tests/pg.sh stop DIR           stops the cluster and removes DIR
# initdb and postgres refuse to run as root: as root they run as the postgres user.
set -euo pipefail
cmd=${1:-}; dir=${2:-}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -n $bin && -x $bin/initdb ]] || { echo "pg.sh: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
[[ -n $dir ]] || { echo "usage: pg.sh start DIR PORT | replica FROM DIR PORT | stop DIR" >&2; exit 2; }

as_pg() {
    if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

make_dir() {
    mkdir -p "$1"
    [[ $(id -u) == 0 ]] && chown postgres "$1"
    chmod 700 "$1"
}

run_cluster() { # dir port
    as_pg "$bin/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $2 -k $1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null ||
        { echo "pg.sh: the server did not start:" >&2; tail -20 "$1/server.log" >&2; exit 1; }
}

case $cmd in
start)
    port=${3:?port}
    make_dir "$dir"
    as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
        { echo "pg.sh: initdb failed:" >&2; cat "$dir/initdb.log" >&2; exit 1; }
    run_cluster "$dir" "$port"
    as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres traject_test
    echo "postgresql://postgres@127.0.0.1:$port/traject_test"
    ;;
replica)
    # initdb's pg_hba.conf lets the loopback replicate (trust), wal_level is replica: a base
    # backup with -R writes primary_conninfo and standby.signal
    from=$dir; dir=${3:?dir}; port=${4:?port}
    primary_port=$(sed -n 4p "$from/data/postmaster.pid")
    make_dir "$dir"
    as_pg "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$dir/data" -R -X stream \
        -c fast >"$dir/basebackup.log" 2>&1 ||
        { echo "pg.sh: pg_basebackup failed:" >&2; cat "$dir/basebackup.log" >&2; exit 1; }
    run_cluster "$dir" "$port"
    echo "postgresql://postgres@127.0.0.1:$port/traject_test"
    ;;
stop)
    if [[ -d $dir/data ]]; then
        as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg.sh start DIR PORT | replica FROM DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# bench/scale.sh [N ...]: times `traject demo --scale N` (default N: 100000) on SQLite and on
# PostgreSQL and prints, per database and N: the time it took (wall, and the CPU time of
# traject itself), learners a minute, and bytes a learner on disk with the tables and
# indexes that take the most.
#   SQLite: the file after a checkpoint, divided by N (the schema's few hundred KB included).
#   PostgreSQL: pg_database_size less that of the same database migrated and empty, divided
#   by N. A throw-away cluster (tests/pg.sh, fsync off as in the tests) unless BENCH_PG names
#   a server: postgresql://user@host:port (a database is created on it and dropped after).
# BENCH_DBS="sqlite postgresql" chooses the databases; BENCH_DIR the folder of the SQLite
# files (default: a temporary folder; 1,000,000 learners take about 3 GB); TRAJECT_BIN the
# binary (default ./traject). Prints lines "scale DB N seconds cpu learners/min bytes/learner".
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${TRAJECT_BIN:-./traject}
DBS=${BENCH_DBS:-sqlite postgresql}
SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(100000)
dir=${BENCH_DIR:-$(mktemp -d /tmp/traject-scale.XXXXXX)}
mkdir -p "$dir"
pgdir=""
cleanup() {
    [[ -n $pgdir ]] && bash tests/pg.sh stop "$pgdir" >/dev/null 2>&1
    [[ -z ${BENCH_DIR:-} ]] && rm -rf "$dir"
    return 0
}
trap cleanup EXIT

# run URL N: builds the region, sets $secs (wall) and $cpu (user + system of traject)
run() {
    local TIMEFORMAT='%R %U %S' t
    t=$( { time "$BIN" demo --db "$1" --scale "$2" >"$dir/out.txt" 2>&1; } 2>&1 ) ||
        { cat "$dir/out.txt" >&2; exit 1; }
    read -r secs user sys <<<"$t"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
}

report() { # DB N BYTES
    awk -v db="$1" -v n="$2" -v s="$secs" -v c="$cpu" -v b="$3" 'BEGIN {
        printf "scale %-10s %8d  %7.1f s (cpu %s s)  %9.0f learners/min  %6.0f bytes/learner\n",
            db, n, s, c, n * 60 / s, b / n }'
}

for db in $DBS; do
    for n in "${SIZES[@]}"; do
        case $db in
        sqlite)
            f="$dir/scale-$n.db"
            rm -f "$f" "$f-wal" "$f-shm"
            run "sqlite:$f" "$n"
            sqlite3 "$f" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
            report sqlite "$n" "$(stat -c %s "$f")"
            sqlite3 "$f" "SELECT '  ' || name || ' ' || SUM(pgsize) FROM dbstat GROUP BY name
                          ORDER BY SUM(pgsize) DESC LIMIT 12" 2>/dev/null || true
            ;;
        postgresql)
            if [[ -z ${BENCH_PG:-} && -z $pgdir ]]; then
                pgdir="$dir/pg"
                BENCH_PG=$(bash tests/pg.sh start "$pgdir" $((20000 + RANDOM % 12000)))
                BENCH_PG=${BENCH_PG%/traject_test}
            fi
            name="traject_scale_$n"
            psql "$BENCH_PG/postgres" -qc "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
            "$BIN" migrate --db "$BENCH_PG/$name" >/dev/null
            empty=$(psql "$BENCH_PG/$name" -Atc "SELECT pg_database_size(current_database())")
            run "$BENCH_PG/$name" "$n"
            psql "$BENCH_PG/$name" -qc "VACUUM ANALYZE" >/dev/null
            full=$(psql "$BENCH_PG/$name" -Atc "SELECT pg_database_size(current_database())")
            report postgresql "$n" $((full - empty))
            psql "$BENCH_PG/$name" -Atc "SELECT '  ' || relname || ' ' || pg_total_relation_size(oid)
                FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace
                ORDER BY pg_total_relation_size(oid) DESC LIMIT 12"
            [[ -n $pgdir ]] && psql "$BENCH_PG/postgres" -qc "DROP DATABASE $name"
            ;;
        esac
    done
done

#!/usr/bin/env bash
# make bench (second part): the applications pipeline of one programme holding 100, 5,000
# and 100,000 applications, on SQLite and on PostgreSQL. For each size it loads the demo,
# adds a programme and its applications with one INSERT ... SELECT (statuses, duplicates
# by e-mail address and by phone and date of birth spread through them), signs in as the
# demo's admin, and runs wrk with one connection (so that a figure is the time of one
# page, not a queue) against four pages:
#   first   the first page, newest first;
#   next    the page its "Next page" link leads to (read from a cursor, as every page
#           after the first is);
#   oldest  the first page oldest first (the other end of the index);
#   search  a search by name among all of them (one match).
# It prints the median and p99 latency of each, then the ratio of the 100,000 to the 100
# median. BENCH_PIPELINE_DURATION (default 3s) per page; BENCH_PIPELINE_PG=0 skips
# PostgreSQL, BENCH_PIPELINE_SQLITE=0 SQLite; BENCH_PIPELINE_SIZES (default "100 5000
# 100000").
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${BENCH_PIPELINE_DURATION:-3s}
SIZES=${BENCH_PIPELINE_SIZES:-100 5000 100000}
BIN=${TRAJECT_BIN:-./traject}
WITH_PG=${BENCH_PIPELINE_PG:-1}

dir=$(mktemp -d /tmp/traject-bench-pipeline.XXXXXX)
chmod 755 "$dir" # the PostgreSQL cluster inside runs as its own user
pid=""
pgdir="$dir/pg"
cleanup() {
    [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    [[ -d $pgdir ]] && bash tests/pg.sh stop "$pgdir" >/dev/null 2>&1
    rm -rf "$dir"
}
trap cleanup EXIT

# The programme and its applications, in the SQL both engines understand, 2,000 to a
# statement (each its own transaction: the counts' trigger updates one row per status,
# and PostgreSQL keeps every version of a row a transaction updates until it ends).
load_sql() { # n
    cat <<SQL
INSERT INTO programmes (org_id, kind, status, title_en, title_nl, title_fr, teaching_langs,
    min_age, max_age, created_at, updated_at)
VALUES (1, 'bootcamp', 'open', 'Bench programme', 'Benchprogramma', 'Programme de mesure', 7,
    16, 30, 1780000000, 1780000000);
SQL
    local lo hi
    for ((lo = 1; lo <= $1; lo += 2000)); do
        hi=$((lo + 1999 < $1 ? lo + 1999 : $1))
        cat <<SQL
WITH RECURSIVE seq (i) AS (SELECT $lo UNION ALL SELECT i + 1 FROM seq WHERE i < $hi)
INSERT INTO applications (org_id, programme_id, status, name, email, phone, birth_date,
    municipality, jobseeker, lang, token_hash, created_at, updated_at, search_text)
SELECT 1, (SELECT MAX(id) FROM programmes WHERE title_en = 'Bench programme'),
    CASE WHEN i % 10 = 0 THEN 'withdrawn' WHEN i % 7 = 0 THEN 'declined'
         WHEN i % 5 = 0 THEN 'waitlisted' WHEN i % 3 = 0 THEN 'accepted' ELSE 'submitted' END,
    'Applicant ' || i,
    CASE WHEN i % 50 = 0 THEN 'same' || (i / 100) || '@bench.test' ELSE 'a' || i || '@bench.test' END,
    CASE WHEN i % 40 = 0 THEN '0470 ' || (i / 80) ELSE '0471 ' || i END,
    CASE WHEN i % 40 = 0 THEN '2004-01-01' ELSE '2005-02-0' || (1 + i % 9) END,
    'Bruxelles', 1, 'en', 'bench-token-' || i, 1780000000 + i, 1780000000 + i,
    'applicant ' || i || ' ' || CASE WHEN i % 50 = 0 THEN 'same' || (i / 100) || '@bench.test'
                                     ELSE 'a' || i || '@bench.test' END
FROM seq;
SQL
    done
}

start_server() { # db-url
    for attempt in 1 2 3 4 5; do
        port=$((20000 + RANDOM % 12000))
        "$BIN" serve --db "$1" --listen "127.0.0.1:$port" --quiet --mail-dir "$dir/mail" \
            >"$dir/serve.log" 2>&1 &
        pid=$!
        for _ in $(seq 100); do
            curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
        pid=""
    done
    echo "bench: the server did not start"; cat "$dir/serve.log"; exit 1
}

stop_server() {
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    pid=""
}

sign_in() { # base -> session
    local jar="$dir/jar" token code
    rm -f "$jar"
    token=$(curl -fsS -c "$jar" -b "$jar" "$1/sign-in" | grep -o 'name="csrf_token" value="[0-9a-f]\{64\}"' | head -1 | grep -o '[0-9a-f]\{64\}')
    code=$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
        --data-urlencode "csrf_token=$token" --data-urlencode "email=admin@demo.traject.test" \
        --data-urlencode "password=traject-demo-2026" "$1/sign-in")
    [[ $code == 303 ]] || { echo "bench: sign-in answered $code"; exit 1; }
    awk '$6 == "tj_session" {print $7}' "$jar"
}

# wrk with one connection; prints "median p99" in milliseconds
latency() { # url session
    local out
    out=$(wrk -t1 -c1 -d"$DURATION" --latency -H "Cookie: tj_session=$2" "$1")
    if grep -q 'Non-2xx' <<<"$out"; then echo "bench: $1 answered errors:" >&2; echo "$out" >&2; exit 1; fi
    awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
         $1 == "50%" {m = ms($2)} $1 == "99%" {p = ms($2)} END {printf "%.2f %.2f\n", m, p}' <<<"$out"
}

declare -A med p99
measure() { # backend db-url n
    local backend=$1 url=$2 n=$3 base session prog page
    start_server "$url"
    base="http://127.0.0.1:$port"
    session=$(sign_in "$base")
    prog=$(curl -fsS -H "Cookie: tj_session=$session" "$base/orgs/1/applications" |
        grep -o 'href="?programme=[0-9]*">Bench programme' | grep -o '[0-9]\+' | head -1)
    [[ -n $prog ]] || { echo "bench: the bench programme is not in the pipeline"; exit 1; }
    page="$base/orgs/1/applications?programme=$prog"
    local body next
    body=$(curl -fsS -H "Cookie: tj_session=$session" "$page")
    next=$(grep -o '<a href="[^"]*" rel="next">' <<<"$body" | head -1 | sed 's/^<a href="//; s/" rel="next">$//; s/&amp;/\&/g')
    [[ -n $next || $n -le 50 ]] || { echo "bench: no next page"; exit 1; }
    for kind in first next oldest search; do
        case $kind in
        first) u=$page ;;
        next) u="$base${next:-/orgs/1/applications?programme=$prog}" ;;
        oldest) u="$page&sort=received&dir=asc" ;;
        search) u="$page&q=applicant+$((n / 3))" ;;
        esac
        read -r m p < <(latency "$u" "$session")
        med[$backend/$n/$kind]=$m
        p99[$backend/$n/$kind]=$p
    done
    stop_server
}

backends=()
[[ ${BENCH_PIPELINE_SQLITE:-1} == 1 ]] && backends+=(sqlite)
if [[ $WITH_PG == 1 ]]; then
    pgurl=$(bash tests/pg.sh start "$pgdir" $((20000 + RANDOM % 12000)))
    backends+=(pg)
fi

echo "traject bench: the applications pipeline, 50 to a page, wrk -t1 -c1 -d$DURATION, $(nproc) cores"
for backend in "${backends[@]}"; do
    for n in $SIZES; do
        if [[ $backend == sqlite ]]; then
            url="sqlite:$dir/bench-$n.db"
            "$BIN" demo --db "$url" >/dev/null
            load_sql "$n" | sqlite3 "$dir/bench-$n.db"
            sqlite3 "$dir/bench-$n.db" 'ANALYZE;'
        else
            url="${pgurl%/*}/bench_$n"
            psql -q "${pgurl}" -c "CREATE DATABASE bench_$n" >/dev/null
            "$BIN" demo --db "$url" >/dev/null
            load_sql "$n" | psql -q -v ON_ERROR_STOP=1 "$url" >/dev/null
            psql -q "$url" -c 'VACUUM ANALYZE' >/dev/null
        fi
        measure "$backend" "$url" "$n"
    done
done

mkdir -p bench/results
{
    printf '%-8s %9s %17s %17s %17s %17s\n' engine rows "first (med/p99)" "next (med/p99)" \
        "oldest (med/p99)" "search (med/p99)"
    for backend in "${backends[@]}"; do
        for n in $SIZES; do
            printf '%-8s %9s' "$backend" "$n"
            for kind in first next oldest search; do
                printf ' %17s' "${med[$backend/$n/$kind]}/${p99[$backend/$n/$kind]} ms"
            done
            printf '\n'
        done
    done
    first_size=${SIZES%% *}
    last_size=${SIZES##* }
    for backend in "${backends[@]}"; do
        for kind in first next oldest; do
            awk -v a="${med[$backend/$last_size/$kind]}" -v b="${med[$backend/$first_size/$kind]}" \
                -v e="$backend" -v k="$kind" -v l="$last_size" -v f="$first_size" \
                'BEGIN {printf "%s %s page: median at %s rows / at %s rows = %.2f\n", e, k, l, f, a / b}'
        done
    done
} | tee bench/results/pipeline.txt

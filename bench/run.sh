#!/usr/bin/env bash
# make bench: every main page, on the demonstration data and on a region of
# BENCH_SCALE learners (`traject demo --scale N`), on SQLite and on PostgreSQL.
#
# For each engine and each data set it loads a fresh database, starts `traject serve` on a
# loopback port, signs in as the demo's school admin and funder (like a browser: the form's
# csrf_token, then the session cookie), finds the pages by following the links the pages
# show (no id is written here: the demo's data may change), and runs wrk against each:
# requests/s, p99 latency and the server's peak resident memory during that page's run
# (VmHWM, reset before each page through /proc/PID/clear_refs), each as a ratio of /healthz
# in the same run, and the CPU time a request costs the server (and PostgreSQL's processes),
# which the machine's other load changes less than requests/s. The statements a page runs are counted by the server itself
# (TRAJECT_COUNT_STATEMENTS=1 adds an X-Statements header) where the build supports it.
#
# Settings: BENCH_DURATION (per page, default 5s), BENCH_CONNECTIONS (32), BENCH_THREADS
# (wrk threads, 2), BENCH_ENGINES (default "sqlite pg"), BENCH_SCALE (learners of the large
# data set, default 1000000; 0 skips it), BENCH_DEMO (1; 0 skips the demo data set),
# TRAJECT_BIN (./traject). The table goes to bench/results/latest.txt (and .md).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${BENCH_DURATION:-5s}
CONNS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
ENGINES=${BENCH_ENGINES:-sqlite pg}
SCALE=${BENCH_SCALE:-1000000}
WITH_DEMO=${BENCH_DEMO:-1}
BIN=${TRAJECT_BIN:-./traject}

dir=$(mktemp -d /tmp/traject-bench.XXXXXX)
chmod 755 "$dir" # the PostgreSQL cluster inside runs as its own user
pid=""
pids=()
pgdir="$dir/pg"
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null; done
    [[ -d $pgdir ]] && bash tests/pg.sh stop "$pgdir" >/dev/null 2>&1
    rm -rf "$dir"
}
trap cleanup EXIT

say() { echo "bench: $*" >&2; }

# starts a server; sets pid and base
start_server() { # db-url
    local attempt port
    for attempt in 1 2 3 4 5; do
        port=$((20000 + RANDOM % 12000))
        TRAJECT_COUNT_STATEMENTS=1 "$BIN" serve --db "$1" --listen "127.0.0.1:$port" --quiet \
            --mail-dir "$dir/mail" >"$dir/serve-$port.log" 2>&1 &
        pid=$!
        for _ in $(seq 900); do # a large database may take many seconds to open
            if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
                pids+=("$pid")
                base="http://127.0.0.1:$port"
                return 0
            fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
        say "the server did not start:"; cat "$dir/serve-$port.log" >&2
    done
    exit 1
}

stop_servers() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null || true; done
    pids=()
}

# signs in with an e-mail address and the demo password; sets session (the cookie's value)
# and landing (the page the sign-in leads to)
sign_in() { # e-mail
    local jar="$dir/jar-$1" token code
    rm -f "$jar"
    token=$(curl -fsS -c "$jar" -b "$jar" "$base/sign-in" |
        grep -o 'name="csrf_token" value="[0-9a-f]\{64\}"' | head -1 | grep -o '[0-9a-f]\{64\}')
    read -r code landing < <(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}\n' \
        -c "$jar" -b "$jar" --data-urlencode "csrf_token=$token" \
        --data-urlencode "email=$1" \
        --data-urlencode "password=traject-demo-2026" "$base/sign-in")
    [[ $code == 303 ]] || { say "sign-in of $1 answered $code"; exit 1; }
    landing=${landing#"$base"}
    session=$(awk '$6 == "tj_session" {print $7}' "$jar")
}

get() { # path [session]
    curl -fsS ${2:+-H "Cookie: tj_session=$2"} "$base$1"
}

# the distinct links of a page that match an extended regular expression (none when the page
# cannot be read)
links() { # path session regex
    { get "$1" "$2" || true; } | { grep -oE "href=\"$3\"" || true; } |
        sed 's/^href="//; s/"$//; s/&amp;/\&/g' | awk '!seen[$0]++'
}

# the pages found for the engine being looked at ($eng), in order
declare -A PATH_OF WHO_OF NOTE_OF
ORDER=()
page() { # name path session note
    PATH_OF[$eng/$1]=$2
    WHO_OF[$eng/$1]=$3
    NOTE_OF[$eng/$1]=${4:-}
    ORDER+=("$1")
}

# Finds the pages of this data set by following links. A page that cannot be found is
# left out with a message (the demo of this build may not have it).
# The sign-ins: the demo's, and a region's (demo --scale) with the demo's call on top of it.
find_pages() { # data-set
    local admin_email=admin@demo.traject.test funder_email=funder@demo.traject.test
    if [[ $1 != demo ]]; then
        admin_email=admin@t1.scale.traject.test funder_email=funder@f1.scale.traject.test
    fi
    ORDER=()
    page healthz /healthz ""
    sign_in "$admin_email"
    local admin=$session home=$landing
    [[ $home =~ ^/orgs/[0-9]+$ ]] || { say "the admin's sign-in led to '$home'"; exit 1; }
    page home "$home" "$admin"
    # the programmes of the school; the cohort whose participants are nearest 50 (at least
    # 50 where one has them), and the pipeline and impact of the first programme
    local progs prog cohorts c taken best="" best_n=0 n_seen=0
    progs=$(links "$home/programmes" "$admin" "$home/programmes/[0-9]+" | head -20)
    prog=$(head -1 <<<"$progs")
    for p in $progs; do
        cohorts=$(links "$p" "$admin" "$home/cohorts/[0-9]+")
        for c in $cohorts; do
            ((n_seen++ < 40)) || break 2
            # its participants: the rows of its participants' table (whatever the language)
            taken=$(get "$c" "$admin" | sed 's/></>\n</g' |
                sed -n '/id="participants"/,/<\/table>/p' | grep -c '^<tr>' || true)
            taken=$((taken > 0 ? taken - 1 : 0))
            if [[ -z $best ]] || { ((best_n < 50 && taken > best_n)) ||
                ((taken >= 50 && taken < best_n)); }; then
                best=$c best_n=$taken
            fi
        done
    done
    if [[ -n $best ]]; then
        page cohort "$best" "$admin" "$best_n participants"
    else
        say "no cohort found"
    fi
    if [[ -n $prog ]]; then
        local pipe
        pipe=$(links "$prog" "$admin" "$home/applications\?programme=[0-9]+" | head -1)
        [[ -n $pipe ]] && page pipeline "$pipe" "$admin"
        page impact-programme "$prog/impact" "$admin"
    fi
    page impact-org "$home/impact" "$admin"
    sign_in "$funder_email"
    local funder=$session fhome=$landing call ranking
    page impact-funder "$fhome/funded-impact" "$funder"
    # the ranking of the first call of the funder, or else of the demo's funder
    call=$(links "$fhome/calls" "$funder" "$fhome/calls/[0-9]+" | head -1)
    if [[ -z $call && $funder_email != funder@demo.traject.test ]]; then
        sign_in funder@demo.traject.test
        funder=$session fhome=$landing
        call=$(links "$fhome/calls" "$funder" "$fhome/calls/[0-9]+" | head -1)
    fi
    if [[ -n $call ]]; then
        ranking=$(links "$call" "$funder" "$call/ranking" | head -1)
        [[ -n $ranking ]] && page ranking "$ranking" "$funder"
    fi
    page impact-public /impact ""
    page catalogue /programmes ""
    local name code
    for name in "${ORDER[@]}"; do
        code=$(curl -sS -o /dev/null -w '%{http_code}' \
            ${WHO_OF[$eng/$name]:+-H "Cookie: tj_session=${WHO_OF[$eng/$name]}"} \
            "$base${PATH_OF[$eng/$name]}")
        [[ $code == 200 ]] || { say "${PATH_OF[$eng/$name]} answered $code"; exit 1; }
    done
}

# CPU time (clock ticks) of the server and, on PostgreSQL, of the cluster's processes: the
# CPU a page costs, which the other work on the machine does not change as much as it
# changes requests/s
cpu_ticks() {
    local pids=$pid pm
    if [[ $eng == pg && -f $pgdir/data/postmaster.pid ]]; then
        pm=$(head -1 "$pgdir/data/postmaster.pid")
        pids="$pids $pm $(pgrep -P "$pm" | tr '\n' ' ')"
    fi
    for p in $pids; do cat "/proc/$p/stat" 2>/dev/null; done |
        awk '{sub(/^.*\) /, ""); t += $12 + $13} END {print t + 0}'
}

declare -A RPS P99 RSS STMTS LABEL CPU
run_page() { # set-key name (of engine $eng, served by $pid at $base)
    local key=$1/$2 path=${PATH_OF[$eng/$2]} who=${WHO_OF[$eng/$2]} out
    echo 5 >"/proc/$pid/clear_refs" 2>/dev/null || true # resets VmHWM (Linux 4.0)
    local t0 t1
    t0=$(cpu_ticks)
    if [[ -n $who ]]; then
        out=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --timeout 60s --latency \
            -H "Cookie: tj_session=$who" "$base$path")
    else
        out=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --timeout 60s --latency "$base$path")
    fi
    t1=$(cpu_ticks)
    if grep -q 'Non-2xx' <<<"$out"; then
        say "$path answered errors:"; echo "$out" >&2; exit 1
    fi
    CPU[$key]=$(awk -v t=$((t1 - t0)) -v hz="$(getconf CLK_TCK)" \
        '/ requests in / {if ($1 > 0) printf "%.3f", t * 1000 / hz / $1; else printf "-"}' <<<"$out")
    RPS[$key]=$(awk '/^Requests\/sec:/ {printf "%.1f", $2}' <<<"$out")
    P99[$key]=$(awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0;
                     if (v ~ /s$/) return v * 1000; return v }
                     $1 == "99%" {printf "%.2f", ms($2)}' <<<"$out")
    RSS[$key]=$(awk '/^VmHWM:/ {printf "%.1f", $2 / 1024}' "/proc/$pid/status")
    STMTS[$key]=$(curl -sS -o /dev/null -D - ${who:+-H "Cookie: tj_session=$who"} "$base$path" |
        tr -d '\r' | awk -F': ' 'tolower($1) == "x-statements" {print $2}')
    LABEL[$key]="$path${NOTE_OF[$eng/$2]:+ (${NOTE_OF[$eng/$2]})}"
}

# One data set on every engine: a server each, the pages found on each, then page by page
# every engine in turn, so that the engines' figures of a page are measured within seconds
# of each other (the machine's load changes over minutes).
SETS=()
declare -A NAMES PIDS BASES
measure() { # data-set
    local data=$1 name
    for eng in $ENGINES; do
        start_server "${URLS[$eng $data]}"
        PIDS[$eng]=$pid BASES[$eng]=$base
        find_pages "$data"
        NAMES["$eng $data"]="${ORDER[*]}"
        SETS+=("$eng $data")
    done
    say "$data: ${#ORDER[@]} pages, wrk -t$THREADS -c$CONNS -d$DURATION each, engines in turn"
    for name in ${NAMES["${ENGINES%% *} $data"]}; do
        for eng in $ENGINES; do
            pid=${PIDS[$eng]} base=${BASES[$eng]}
            [[ -n ${PATH_OF[$eng/$name]:-} ]] && run_page "$eng $data" "$name"
        done
    done
    stop_servers
}

load() { # engine data-set -> sets url
    local engine=$1 data=$2 t0 t1
    if [[ $engine == sqlite ]]; then
        url="sqlite:$dir/$data.db"
    else
        local attempt
        for attempt in 1 2 3 4 5; do # a random port may be taken
            [[ -z $pgurl ]] || break
            pgurl=$(bash tests/pg.sh start "$pgdir" $((20000 + RANDOM % 12000))) ||
                { pgurl=""; bash tests/pg.sh stop "$pgdir" >/dev/null 2>&1; }
        done
        [[ -n $pgurl ]] || { say "PostgreSQL did not start"; exit 1; }
        url="${pgurl%/*}/bench_$data"
        psql -q "$pgurl" -c "CREATE DATABASE bench_$data" >/dev/null
    fi
    t0=$(date +%s)
    if [[ $data == demo ]]; then
        "$BIN" demo --db "$url" >/dev/null
    else
        "$BIN" demo --scale "$SCALE" --db "$url" >/dev/null
        # the demo's call for projects and its funder, for the ranking, over the region
        "$BIN" demo --db "$url" >/dev/null 2>&1 || say "the demo could not be added to the region"
    fi
    t1=$(date +%s)
    # PostgreSQL's autovacuum would have gathered the planner's statistics by the time anyone
    # reads these pages; a bench that starts seconds after the load must ask for them
    [[ $engine == pg ]] && psql -q "$url" -c 'VACUUM ANALYZE' >/dev/null
    LOADTIME["$engine $data"]=$((t1 - t0))
    URLS["$engine $data"]=$url
}
declare -A LOADTIME URLS

has_scale() {
    "$BIN" demo --help 2>&1 | grep -q -- '--scale'
}

pgurl=""
datasets=()
[[ $WITH_DEMO == 1 ]] && datasets+=(demo)
if [[ $SCALE != 0 ]]; then
    if has_scale; then
        datasets+=("scale$SCALE")
    else
        say "this build's traject demo has no --scale: the large data set is left out"
    fi
fi
for data in "${datasets[@]}"; do
    for engine in $ENGINES; do
        say "loading $data on $engine"
        load "$engine" "$data"
    done
    measure "$data"
done

machine="$(nproc) cores, $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/^MemTotal:/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
mkdir -p bench/results
{
    echo "traject bench, $(date -u '+%Y-%m-%d %H:%M UTC'), $machine"
    echo "wrk -t$THREADS -c$CONNS -d$DURATION per page on loopback (wrk, traject and PostgreSQL share the cores)"
    for set in "${SETS[@]}"; do
        echo
        echo "## $set (loaded in ${LOADTIME[$set]} s)"
        printf '%-58s %9s %7s %9s %7s %8s %7s %6s %8s\n' page "req/s" ratio "p99 ms" ratio \
            "RSS MiB" ratio stmts "CPU ms"
        for name in ${NAMES[$set]}; do
            k="$set/$name"
            [[ -n ${RPS[$k]:-} ]] || continue
            h="$set/healthz"
            awk -v l="${LABEL[$k]}" -v r="${RPS[$k]}" -v hr="${RPS[$h]}" -v p="${P99[$k]}" \
                -v hp="${P99[$h]}" -v m="${RSS[$k]}" -v hm="${RSS[$h]}" -v s="${STMTS[$k]:--}" \
                -v c="${CPU[$k]}" \
                'BEGIN {printf "%-58s %9.1f %7.4f %9.2f %7.1f %8.1f %7.2f %6s %8s\n",
                        l, r, r / hr, p, (hp > 0 ? p / hp : 0), m, (hm > 0 ? m / hm : 0), s, c}'
        done
    done
    # PostgreSQL against SQLite, page by page, where both ran
    for data in "${datasets[@]}"; do
        [[ -n ${NAMES["sqlite $data"]:-} && -n ${NAMES["pg $data"]:-} ]] || continue
        echo
        echo "## $data: SQLite against PostgreSQL (requests/s)"
        printf '%-22s %9s %9s %12s %14s %14s\n' page SQLite PostgreSQL "SQLite / PG" \
            "CPU ms SQLite" "CPU ms PG"
        for name in ${NAMES["sqlite $data"]}; do
            s=${RPS["sqlite $data/$name"]:-}
            p=${RPS["pg $data/$name"]:-}
            [[ -n $s && -n $p ]] || continue
            awk -v n="$name" -v s="$s" -v p="$p" -v cs="${CPU["sqlite $data/$name"]}" \
                -v cp="${CPU["pg $data/$name"]}" \
                'BEGIN {printf "%-22s %9.1f %9.1f %12.2f %14s %14s\n", n, s, p, (p > 0 ? s / p : 0), cs, cp}'
        done
    done
} | tee bench/results/latest.txt

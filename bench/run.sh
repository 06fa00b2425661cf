#!/usr/bin/env bash
# make bench: wrk on loopback against /healthz, the sign-in page and the organisation
# home signed in; prints requests/s, p99 and each page's ratio to /healthz from the same
# run, then the server's peak resident memory. Bounded: BENCH_DURATION per page.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${BENCH_DURATION:-10s}
CONNS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
BIN=${TRAJECT_BIN:-./traject}

dir=$(mktemp -d /tmp/traject-bench.XXXXXX)
pid=""
cleanup() {
    [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$dir"
}
trap cleanup EXIT

"$BIN" demo --db "sqlite:$dir/bench.db" >/dev/null
for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 12000))
    "$BIN" serve --db "sqlite:$dir/bench.db" --listen "127.0.0.1:$port" --quiet \
        --mail-dir "$dir/mail" >"$dir/serve.log" 2>&1 &
    pid=$!
    for _ in $(seq 50); do
        curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    wait "$pid" 2>/dev/null || true
    pid=""
done
[[ -n $pid ]] || { echo "bench: the server did not start"; cat "$dir/serve.log"; exit 1; }
base="http://127.0.0.1:$port"

# sign in like a browser: the form's csrf_token, then the session cookie
jar="$dir/jar"
token=$(curl -fsS -c "$jar" -b "$jar" "$base/sign-in" | grep -o 'name="csrf_token" value="[0-9a-f]\{64\}"' | head -1 | grep -o '[0-9a-f]\{64\}')
code=$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode "csrf_token=$token" --data-urlencode "email=admin@demo.traject.test" \
    --data-urlencode "password=traject-demo-2026" "$base/sign-in")
[[ $code == 303 ]] || { echo "bench: sign-in answered $code"; exit 1; }
session=$(awk '$6 == "tj_session" {print $7}' "$jar")
home_code=$(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: tj_session=$session" "$base/orgs/1")
[[ $home_code == 200 ]] || { echo "bench: /orgs/1 answered $home_code with the session"; exit 1; }

declare -A rps p99
run() { # name path [header]
    local out
    if [[ -n ${3:-} ]]; then
        out=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency -H "$3" "$base$2")
    else
        out=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "$base$2")
    fi
    if grep -q 'Non-2xx' <<<"$out"; then
        echo "bench: $2 answered errors:"; echo "$out"; exit 1
    fi
    rps[$1]=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p99[$1]=$(awk '$1 == "99%" {print $2}' <<<"$out")
}
echo "traject bench: wrk -t$THREADS -c$CONNS -d$DURATION on loopback, $(nproc) cores, SQLite"
run healthz /healthz
run sign-in /sign-in
run home /orgs/1 "Cookie: tj_session=$session"

rss_peak=$(awk '/^VmHWM:/ {printf "%.1f", $2 / 1024}' "/proc/$pid/status")
rss_now=$(awk '/^VmRSS:/ {printf "%.1f", $2 / 1024}' "/proc/$pid/status")

mkdir -p bench/results
{
    printf '%-28s %12s %10s %18s\n' page requests/s p99 "ratio to /healthz"
    for name in healthz sign-in home; do
        case $name in
        healthz) label="/healthz" ;;
        sign-in) label="/sign-in" ;;
        home) label="/orgs/1 (signed in)" ;;
        esac
        ratio=$(awk -v a="${rps[$name]}" -v b="${rps[healthz]}" 'BEGIN {printf "%.2f", a / b}')
        printf '%-28s %12s %10s %18s\n' "$label" "${rps[$name]}" "${p99[$name]}" "$ratio"
    done
    echo "server peak RSS: ${rss_peak} MiB (now ${rss_now} MiB)"
} | tee bench/results/latest.txt

#!/usr/bin/env bash
# Runs every test suite and ends with the line "N passed, N failed".
#   tests/run.sh          unit, i18n, db and HTTP on SQLite and PostgreSQL, browser
#   tests/run.sh http     HTTP tests on SQLite only (make asan)
# TRAJECT_BIN chooses the binary (default ./traject).
set -uo pipefail
cd "$(dirname "$0")/.."
mode=${1:-all}
out=tests/out
mkdir -p "$out"
passed=0
failed=0
failures=()

count_tap() { # file suite
    local p f c
    p=$(grep -E '^# pass [0-9]+' "$1" | tail -1 | awk '{print $3}')
    f=$(grep -E '^# fail [0-9]+' "$1" | tail -1 | awk '{print $3}')
    # a test file that timed out or crashed is "cancelled", not "failed": count it as failed
    c=$(grep -E '^# cancelled [0-9]+' "$1" | tail -1 | awk '{print $3}')
    f=$((${f:-0} + ${c:-0}))
    if [[ -z $p ]]; then
        echo "!! $2: the test runner did not finish"
        failed=$((failed + 1)); failures+=("$2 (did not finish)")
        return
    fi
    passed=$((passed + p)); failed=$((failed + f))
    ((f > 0)) && failures+=("$2 ($f)")
}

count_cmocka() { # file suite rc
    local p f
    p=$(awk '/^\[  PASSED  \] [0-9]+ test/ {s += $4} END {print s + 0}' "$1")
    f=$(awk '/^\[  FAILED  \] [0-9]+ test/ {s += $4} END {print s + 0}' "$1")
    p=${p:-0}; f=${f:-0}
    if [[ $3 != 0 && $f == 0 ]]; then f=1; fi # crashed before its summary
    passed=$((passed + p)); failed=$((failed + f))
    ((f > 0)) && failures+=("$2 ($f)")
}

node_suite() { # name dir [env...]
    local name=$1 dir=$2; shift 2
    echo "== $name"
    env "$@" node --test --test-concurrency=1 --test-timeout=120000 \
        --test-reporter=spec --test-reporter-destination=stdout \
        --test-reporter=tap --test-reporter-destination="$out/$name.tap" "$dir"/*.test.mjs
    count_tap "$out/$name.tap" "$name"
}

pg_dir=""
cleanup() { [[ -n $pg_dir ]] && bash tests/pg.sh stop "$pg_dir" >/dev/null 2>&1; }
trap cleanup EXIT

if [[ $mode == all ]]; then
    echo "== unit"
    for t in build/tests/test_*; do
        [[ -x $t && $(basename "$t") != test_db ]] || continue
        "$t" >"$out/$(basename "$t").log" 2>&1
        rc=$?
        cat "$out/$(basename "$t").log"
        count_cmocka "$out/$(basename "$t").log" "$(basename "$t")" $rc
    done

    echo "== i18n"
    if make --no-print-directory i18n-check; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("i18n-check"); fi

    echo "== db (sqlite)"
    build/tests/test_db >"$out/db-sqlite.log" 2>&1
    rc=$?; cat "$out/db-sqlite.log"; count_cmocka "$out/db-sqlite.log" db-sqlite $rc
fi

node_suite http-sqlite tests/http

if [[ $mode == all ]]; then
    pg_dir=$(mktemp -d /tmp/traject-pg.XXXXXX)
    port=$((21000 + RANDOM % 8000))
    if url=$(bash tests/pg.sh start "$pg_dir" "$port"); then
        echo "== db (postgresql)"
        TRAJECT_TEST_DB="$url" build/tests/test_db >"$out/db-pg.log" 2>&1
        rc=$?; cat "$out/db-pg.log"; count_cmocka "$out/db-pg.log" db-postgresql $rc
        node_suite http-postgresql tests/http TRAJECT_TEST_PG="postgresql://postgres@127.0.0.1:$port"
    else
        echo "!! could not start PostgreSQL"
        failed=$((failed + 1)); failures+=("postgresql cluster")
    fi
    node_suite browser tests/browser
fi

echo
((${#failures[@]})) && echo "failed suites: ${failures[*]}"
echo "$passed passed, $failed failed"
((failed == 0))

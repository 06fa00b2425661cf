#!/usr/bin/env bash
# Runs every test suite and ends with the line "N passed, N failed".
#   tests/run.sh           format-check, codecheck, unit, i18n, db and HTTP on SQLite and PostgreSQL, HTTP on
#                          the sanitizer build, fuzzing, the cluster suite, browser
#   tests/run.sh http      HTTP tests on SQLite only
#   tests/run.sh http-asan HTTP tests on SQLite against build-asan/traject-test (make asan)
#   tests/run.sh fuzz      each fuzz target for FUZZ_SECONDS (30) on its corpus (make fuzz)
#   tests/run.sh cluster   a PostgreSQL primary with a streaming replica, two servers behind
#                          HAProxy (tests/cluster/; PostgreSQL server binaries and haproxy)
# TRAJECT_BIN chooses the binary (default ./traject-test, the test build).
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
    env "$@" node --test --test-concurrency=1 --test-timeout=300000 \
        --test-reporter=spec --test-reporter-destination=stdout \
        --test-reporter=tap --test-reporter-destination="$out/$name.tap" "$dir"/*.test.mjs
    count_tap "$out/$name.tap" "$name"
}

pg_dir=""
cleanup() { [[ -n $pg_dir ]] && bash tests/pg.sh stop "$pg_dir" >/dev/null 2>&1; }
trap cleanup EXIT

# AddressSanitizer + UBSan build (make asan-build): any report fails the test that stops the server
asan_suite() {
    node_suite http-asan tests/http TRAJECT_BIN=build-asan/traject-test \
        ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
}

# libFuzzer targets (make fuzz-build), each for FUZZ_SECONDS on its committed corpus; new
# inputs go to build/fuzz/corpus/, a crash fails the target
fuzz_suite() {
    local t n rc
    for t in build/fuzz/fuzz_*; do
        [[ -x $t && $t != *.* && $t != *-* ]] || continue
        n=$(basename "$t")
        echo "== $n (${FUZZ_SECONDS:-30} s)"
        if [[ ! -d tests/fuzz/corpus/${n#fuzz_} ]]; then
            echo "!! $n has no corpus: commit seed inputs in tests/fuzz/corpus/${n#fuzz_}/"
            failed=$((failed + 1)); failures+=("$n (no corpus)"); continue
        fi
        mkdir -p "build/fuzz/corpus/$n"
        "$t" -max_total_time="${FUZZ_SECONDS:-30}" -max_len=4096 -print_final_stats=1 \
            -artifact_prefix="build/fuzz/$n-" "build/fuzz/corpus/$n" "tests/fuzz/corpus/${n#fuzz_}" \
            >"$out/$n.log" 2>&1
        rc=$?
        grep -E '^(stat::number_of_executed_units|stat::new_units_added)|INFO: seed corpus|ERROR|SUMMARY' "$out/$n.log"
        if ((rc == 0)); then passed=$((passed + 1)); else
            echo "!! $n failed: see $out/$n.log"
            failed=$((failed + 1)); failures+=("$n")
        fi
    done
}

if [[ $mode == http-asan ]]; then asan_suite; fi
if [[ $mode == fuzz ]]; then fuzz_suite; fi
if [[ $mode == cluster ]]; then node_suite cluster tests/cluster; fi

if [[ $mode == all ]]; then
    echo "== format-check"
    if make --no-print-directory format-check; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("format-check"); fi

    echo "== codecheck"
    if make --no-print-directory codecheck; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("codecheck"); fi
    node_suite codecheck-rules tests/codecheck

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

[[ $mode == all || $mode == http ]] && node_suite http-sqlite tests/http
[[ $mode == all ]] && asan_suite
[[ $mode == all ]] && fuzz_suite

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
    # each file starts its own PostgreSQL clusters (a primary and a replica; one behind HAProxy)
    node_suite cluster tests/cluster
    node_suite browser tests/browser
fi

echo
((${#failures[@]})) && echo "failed suites: ${failures[*]}"
echo "$passed passed, $failed failed"
((failed == 0))

#!/usr/bin/env bash
# Installs the Debian and npm packages traject needs, only what is missing; safe to rerun.
set -euo pipefail
cd "$(dirname "$0")/.."

PKGS=(build-essential pkg-config gettext libmicrohttpd-dev libsqlite3-dev sqlite3 libpq-dev
      postgresql libjansson-dev libsodium-dev libcurl4-openssl-dev libcmocka-dev libhpdf-dev libqrencode-dev
      libical-dev zlib1g-dev libxlsxwriter-dev poppler-utils zbar-tools fonts-dejavu-core wrk chromium
      libreoffice-calc-nogui
      nodejs npm curl procps)
PKGS+=(libicu-dev)
PKGS+=(default-jre-headless) # Java, for the W3C Nu HTML Checker (vnu-jar) of the browser suite
PKGS+=(haproxy) # the load balancer of the cluster suite (tests/cluster/), run from a config of its own

missing=()
for p in "${PKGS[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
# nodejs may come from elsewhere than Debian (a newer build): then npm comes with it
if command -v node >/dev/null && command -v npm >/dev/null; then
    filtered=()
    for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || filtered+=("$p"); done
    missing=("${filtered[@]+"${filtered[@]}"}")
fi
if ((${#missing[@]})); then
    echo "installing: ${missing[*]}"
    SUDO=""
    [[ $(id -u) == 0 ]] || SUDO="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ ! -d node_modules/@picocss/pico || ! -d node_modules/playwright-core || ! -d node_modules/axe-core || ! -d node_modules/jose ]]; then
    echo "installing npm packages"
    if [[ -f package-lock.json ]]; then
        npm ci --no-audit --no-fund --loglevel=error
    else
        npm install --no-audit --no-fund --loglevel=error
    fi
fi

# The checks' tools: clang with libFuzzer (libclang-rt-14-dev) for the fuzz targets,
# clang-format 14 for make format-check.
check_missing=()
for p in clang libclang-rt-14-dev clang-format; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || check_missing+=("$p")
done
if ((${#check_missing[@]})); then
    echo "installing: ${check_missing[*]}"
    SUDO=""
    [[ $(id -u) == 0 ]] || SUDO="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${check_missing[@]}" >/dev/null
fi
# the W3C Nu HTML Checker, added to package.json after the others: a folder from an older npm ci lacks it
[[ -f node_modules/vnu-jar/build/dist/vnu.jar ]] || npm ci --no-audit --no-fund --loglevel=error

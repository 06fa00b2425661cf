#!/usr/bin/env bash
# make run: a demo database on first use, then the server on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
export TRAJECT_DB="${TRAJECT_DB:-sqlite:traject.db}"
export TRAJECT_LISTEN="${TRAJECT_LISTEN:-127.0.0.1:8080}"
if [[ $TRAJECT_DB == sqlite:traject.db && ! -f traject.db ]]; then
    echo "creating traject.db with demonstration data"
    ./traject demo
else
    echo "using $TRAJECT_DB (demo sign-ins, if loaded: admin@demo.traject.test / traject-demo-2026)"
fi
echo
echo "traject: open http://$TRAJECT_LISTEN/ — stop with Ctrl-C"
exec ./traject serve

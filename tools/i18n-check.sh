#!/usr/bin/env bash
# Fails when a message extracted from the sources lacks a translation (missing, empty or
# fuzzy) in any .po file, or when a .po file does not compile (format strings checked).
# Usage: i18n-check.sh TEMPLATE.pot FILE.po...
set -uo pipefail
pot=$1; shift
status=0
for po in "$@"; do
    if ! msgfmt --check --check-format -o /dev/null "$po"; then
        echo "i18n-check: $po does not compile"
        status=1
        continue
    fi
    # msgcmp ignores untranslated and fuzzy entries of the .po file: they count as missing
    if ! out=$(msgcmp "$po" "$pot" 2>&1); then
        n=$(grep -c 'this message is used but not defined' <<<"$out")
        echo "i18n-check: $po lacks $n translation(s):"
        grep -A1 'this message is used but not defined' <<<"$out" | grep -v '^--$' | head -40
        status=1
    fi
    fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" 2>/dev/null | grep -c '^msgid' || true)
    if ((fuzzy > 0)); then
        echo "i18n-check: $po has $((fuzzy - 1)) fuzzy translation(s)"
        ((fuzzy > 1)) && status=1
    fi
done
if ((status == 0)); then
    echo "i18n-check: every message is translated in: $*"
fi
exit $status

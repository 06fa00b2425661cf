#!/usr/bin/env bash
# Fails when a message extracted from the sources lacks a translation (missing, empty or
# fuzzy) in any .po file, or when a .po file does not compile (format strings checked).
# Messages with a count (msgid_plural, from _n/F_n/i18n_nget) need every msgstr[N] filled,
# and as many as the file's Plural-Forms says; traject picks the form with ICU's plural
# rules (core/i18n_icu.c), which know two forms for English, Dutch and French: a file must
# say nplurals=2.
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
    nplurals=$(grep -o 'nplurals=[0-9]*' "$po" | head -1 | cut -d= -f2)
    if [[ $nplurals != 2 ]]; then
        echo "i18n-check: $po says nplurals=${nplurals:-?}; traject's plural rules know 2 forms"
        status=1
    fi
    # every plural entry (obsolete ones aside): msgstr[0..nplurals-1], none of them empty
    bad=$(awk -v want="${nplurals:-2}" '
        function close_form() { if (cur == "str" && pending) empty = 1; pending = 0 }
        function done() {
            close_form()
            if (plural && (forms != want || empty)) print id " (" forms " forms" (empty ? ", one empty" : "") ")"
            plural = 0; forms = 0; empty = 0; cur = ""
        }
        /^#~/ { next }
        /^#/ || /^$/ { close_form(); cur = ""; next }
        /^msgid / { done(); id = $0; cur = "id"; next }
        /^msgid_plural / { plural = 1; cur = "plural"; next }
        /^msgstr\[[0-9]+\] / { close_form(); forms++; cur = "str"; pending = ($0 ~ /\] ""$/); next }
        /^"/ { if (cur == "str" && $0 != "\"\"") pending = 0; next }
        END { done() }
    ' "$po")
    if [[ -n $bad ]]; then
        echo "i18n-check: $po has plural messages without all their forms:"
        echo "$bad" | head -20
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

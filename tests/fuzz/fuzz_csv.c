/* libFuzzer target: the list and CSV reader of bulk enrolment. Every record it returns
 * must have fields within the limits, line numbers that grow, and valid UTF-8. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "domain/csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena a;
    arena_init(&a);
    CsvTable t;
    int line;
    if (csv_parse(&a, (const char *)data, size, 0, 50, 8, &t, &line) == CSV_OK) {
        int last = 0;
        for (int i = 0; i < t.n; i++) {
            if (t.rec[i].n < 1 || t.rec[i].n > 8 || t.rec[i].line <= last)
                abort();
            last = t.rec[i].line;
            for (int k = 0; k < t.rec[i].n; k++) {
                if (!utf8_valid(t.rec[i].f[k], strlen(t.rec[i].f[k])))
                    abort();
                csv_key(&a, t.rec[i].f[k]);
            }
        }
    }
    arena_free(&a);
    return 0;
}

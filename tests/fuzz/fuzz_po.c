/* libFuzzer target: the .po reader (translations are parsed at start-up), plural entries
 * included. */
#include <stdint.h>
#include <stdlib.h>

#include "core/i18n.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    PoTable *t = po_parse((const char *)data, size);
    if (t) {
        po_lookup(t, "Sign in");
        for (int form = 0; form < 4; form++)
            po_lookup_plural(t, "%d proposal", form);
    }
    po_free(t);
    return 0;
}

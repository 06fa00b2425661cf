/* libFuzzer target: the .po reader (translations are parsed at start-up). */
#include <stdint.h>
#include <stdlib.h>

#include "core/i18n.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    PoTable *t = po_parse((const char *)data, size);
    if (t)
        po_lookup(t, "Sign in");
    po_free(t);
    return 0;
}

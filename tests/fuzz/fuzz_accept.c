/* libFuzzer target: Accept-Language parsing and language codes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    memcpy(s, data, size);
    s[size] = '\0';
    Lang l = lang_from_accept(s);
    if (l >= LANG_COUNT)
        abort();
    lang_parse(s, &l);
    free(s);
    return 0;
}

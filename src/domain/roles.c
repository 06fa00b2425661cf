/* roles.c — see roles.h. */
#include "domain/roles.h"

#include <string.h>

#include "core/buf.h"
#include "model/accounts.h"

const char *roles_words(Arena *a, Lang lang, int64_t mask)
{
    Buf b;
    buf_init(&b, a, 64);
    for (int i = 0; i < ROLE_COUNT; i++) {
        if (!(mask & (1 << i)))
            continue;
        if (b.len)
            buf_adds(&b, ", ");
        buf_adds(&b, i18n_get(lang, role_labels[i]));
    }
    return b.data;
}

int64_t roles_parse_list(const char *list)
{
    int64_t mask = 0;
    const char *p = list;
    while (p && *p) {
        size_t n = strcspn(p, ",");
        int found = -1;
        for (int i = 0; i < ROLE_COUNT; i++)
            if (strlen(role_keys[i]) == n && !strncmp(p, role_keys[i], n))
                found = i;
        if (found < 0)
            return 0;
        mask |= 1 << found;
        p += n;
        if (*p == ',')
            p++;
    }
    return mask;
}

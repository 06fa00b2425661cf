/* rows.c — see rows.h. */
#include "core/rows.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"

void rows_init(Rows *r, Arena *a, size_t size)
{
    *r = (Rows){.arena = a, .size = size};
}

void *rows_push(Rows *r)
{
    if (r->n == r->cap) {
        int cap = r->cap ? r->cap * 2 : 16;
        if (cap < r->cap || (size_t)cap > SIZE_MAX / (r->size ? r->size : 1)) {
            log_fatal("rows: %d elements of %zu bytes is more than memory holds", cap, r->size);
        }
        r->data = arena_realloc(r->arena, r->data, r->size * (size_t)r->n, r->size * (size_t)cap);
        r->cap = cap;
    }
    void *slot = (char *)r->data + r->size * (size_t)r->n++;
    memset(slot, 0, r->size);
    return slot;
}

bool rows_collect(void *ctx)
{
    Rows *r = ctx;
    void *slot = rows_push(r);
    if (r->src)
        memcpy(slot, r->src, r->size);
    return true;
}

void rows_pop(Rows *r)
{
    if (r->n > 0)
        r->n--;
}

void rows_sort(Rows *r, int (*cmp)(const void *, const void *))
{
    if (r->n > 1)
        qsort(r->data, (size_t)r->n, r->size, cmp);
}

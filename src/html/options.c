/* options.c — a select's options gathered from records (see options.h). */
#include "html/options.h"

void options_add(Options *o, const char *value, const char *label)
{
    *(const char **)rows_push(&o->pairs) = value;
    *(const char **)rows_push(&o->pairs) = label;
    o->n++;
}

void options_id(Options *o, int64_t id, const char *label)
{
    options_add(o, arena_printf(o->pairs.arena, "%lld", (long long)id), label);
}

const char *const *options_end(Options *o)
{
    rows_push(&o->pairs); /* zeroed: the NULL that ends them */
    return o->pairs.data;
}

/* options.c — a select's options gathered from records (see options.h). */
#include "html/options.h"

void options_id(Options *o, int64_t id, const char *label)
{
    *(const char **)rows_push(&o->pairs) = arena_printf(o->pairs.arena, "%lld", (long long)id);
    *(const char **)rows_push(&o->pairs) = label;
    o->n++;
}

const char *const *options_end(Options *o)
{
    rows_push(&o->pairs); /* zeroed: the NULL that ends them */
    return o->pairs.data;
}

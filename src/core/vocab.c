/* vocab.c — lookups in a vocabulary table (see vocab.h). The tables are tiny (under
 * twenty entries): a linear scan is the fastest and simplest. */
#include "core/vocab.h"

#include "core/arena.h"

#include <string.h>

#include "core/log.h"

static const VocabEntry *find(const Vocab *v, int value)
{
    for (int i = 0; i < v->n; i++)
        if (v->entries[i].value == value)
            return &v->entries[i];
    log_bug("%s: no entry for the value %d", v->name, value);
    return NULL;
}

const char *vocab_key(const Vocab *v, int value)
{
    const VocabEntry *e = find(v, value);
    return e ? e->key : "";
}

const char *vocab_label(const Vocab *v, int value)
{
    const VocabEntry *e = find(v, value);
    return e ? e->label : "";
}

bool vocab_parse(const Vocab *v, const char *key, int *value)
{
    for (int i = 0; key && i < v->n; i++)
        if (!strcmp(v->entries[i].key, key)) {
            *value = v->entries[i].value;
            return true;
        }
    return false;
}

const char *const *vocab_keys_in(Arena *a, const Vocab *v)
{
    const char **out = arena_alloc(a, sizeof *out * (size_t)(v->n + 1));
    for (int i = 0; i < v->n; i++)
        out[i] = v->entries[i].key;
    out[v->n] = NULL;
    return out;
}

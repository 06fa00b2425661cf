/* q/calls/vocab_read.h — reading a stored vocabulary string into its enum, for the
 * statements of q/calls/: the column goes into key, and after each row (or the one row)
 * the value is parsed into *out before the caller's row function runs. A string outside
 * the vocabulary (a bug: the schema's CHECK lists the same keys) is logged and the row
 * skipped. Internal to q/calls/. */
#ifndef TRAJECT_Q_CALLS_VOCAB_READ_H
#define TRAJECT_Q_CALLS_VOCAB_READ_H

#include "core/log.h"
#include "core/vocab.h"
#include "db/db.h"

typedef struct VocabRead {
    const Vocab *v;
    char *key;  /* the column's target */
    int *out;   /* the enum field of the row (an enum is int-sized) */
    DbRowFn fn; /* the caller's */
    void *ctx;
} VocabRead;

static inline bool vocab_read_parse(VocabRead *rd)
{
    if (vocab_parse(rd->v, rd->key, rd->out))
        return true;
    log_bug("%s: '%s' is not in the vocabulary", rd->v->name, rd->key ? rd->key : "(null)");
    return false;
}

static inline bool vocab_read_row(void *ctx)
{
    VocabRead *rd = ctx;
    return vocab_read_parse(rd) ? rd->fn(rd->ctx) : true;
}

/* db_select_one, then the parse: DB_ERROR when the stored string is unknown. */
static inline DbStatus vocab_read_one(DbStatus st, VocabRead *rd)
{
    return st == DB_ONE && !vocab_read_parse(rd) ? DB_ERROR : st;
}

#endif

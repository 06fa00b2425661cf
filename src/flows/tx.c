/* flows/tx.c — a workflow's transaction (see tx.h). */
#include "flows/tx.h"

typedef struct FlowTx {
    const Flow *f;
    FlowTxFn fn;
    void *ctx;
} FlowTx;

/* db_tx hands back the Flow's own connection: fn uses f->db. */
static DbStatus flow_tx_run(Db *db, void *ctx)
{
    (void)db;
    FlowTx *t = ctx;
    return t->fn(t->f, t->ctx);
}

bool flow_tx_stop(DbStatus *st, bool *missed)
{
    if (*st == DB_ONE)
        return false;
    if (*st == DB_NONE) {
        *missed = true;
        *st = DB_CONFLICT;
    }
    return true;
}

DbStatus flow_tx(const Flow *f, FlowTxFn fn, void *ctx)
{
    FlowTx t = {f, fn, ctx};
    return db_tx(f->db, flow_tx_run, &t);
}

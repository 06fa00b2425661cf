/* flows/tx.h — a workflow's transaction: db_tx with the workflow's context at hand, so that
 * what runs in it gets the Flow (the connection, who acts, now, the arena) beside its own
 * context instead of the bare connection.
 *
 * Owns nothing. */
#ifndef TRAJECT_FLOWS_TX_H
#define TRAJECT_FLOWS_TX_H

#include "flows/flow.h"

/* What runs in the transaction: statements on f->db. Returns as a DbTxFn does. */
typedef DbStatus (*FlowTxFn)(const Flow *f, void *ctx);

/* Runs fn(f, ctx) in one transaction of f->db (db_tx: committed when fn returns DB_ONE or
 * DB_NONE, rolled back otherwise, run again on DB_RETRY). Returns fn's status. */
DbStatus flow_tx(const Flow *f, FlowTxFn fn, void *ctx);

/* After a statement that must change (or find) one row inside a transaction: false when *st
 * is DB_ONE (go on); otherwise true, and *st is what the transaction returns. DB_NONE (the
 * row is gone, or no longer in the state the statement asks for) sets *missed and becomes
 * DB_CONFLICT, so that the transaction rolls back and the workflow can say why:
 *     if (flow_tx_stop(&st, &t->full))
 *         return st; */
bool flow_tx_stop(DbStatus *st, bool *missed);

#endif

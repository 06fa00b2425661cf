/* q/calls/home.h — the statements behind the funder's and the jury member's parts of the
 * home page (home.c). Every statement takes org_id (the funder's, or the organisation a
 * jury member sits for). Return values are DbStatus. */
#ifndef TRAJECT_Q_CALLS_HOME_H
#define TRAJECT_Q_CALLS_HOME_H

#include <stdint.h>

#include "db/db.h"
#include "model/calls.h"

/* The funder's calls not decided yet, by closing time; fn(ctx) per row. */
DbStatus q_calls_in_progress(Db *db, int64_t funder_id, Arena *a, CallProgress *row, DbRowFn fn,
                             void *ctx);

/* Tranches of the funder's grants not paid yet: how many and their total (cents). */
DbStatus q_tranches_unpaid(Db *db, int64_t funder_id, int64_t *n, int64_t *cents);

/* For each call of org_id on which account_id has proposals to review: how many are
 * assigned and how many reviews are submitted; calls not decided, by closing time. */
DbStatus q_juror_calls(Db *db, int64_t org_id, int64_t account_id, Arena *a, JurorCall *row,
                       DbRowFn fn, void *ctx);

#endif

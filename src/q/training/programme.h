/* q/training/programme.h — the statements on programmes (programme.c), one function each.
 * Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_TRAINING_PROGRAMME_H
#define TRAJECT_Q_TRAINING_PROGRAMME_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/training.h"

#define PROGRAMME_NPARAMS 21

DbStatus q_programme_get(Db *db, int64_t org_id, int64_t id, Arena *a, Programme *out);
/* The organisation that runs programme id, for the command line (which names a programme
 * by its id alone); never for a request, whose organisation is its route's. */
DbStatus q_programme_owner(Db *db, int64_t id, int64_t *org_id);
DbStatus q_programme_list(Db *db, int64_t org_id, Arena *a, Programme *row, DbRowFn fn, void *ctx);
/* p->org_id and every field but id are stored; *id receives the new id. */
DbStatus q_programme_add(Db *db, const Programme *p, int64_t *id);
DbStatus q_programme_update(Db *db, const Programme *p);

#endif

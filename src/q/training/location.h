/* q/training/location.h — the statements on locations (location.c), one function each.
 * Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_TRAINING_LOCATION_H
#define TRAJECT_Q_TRAINING_LOCATION_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/training.h"

DbStatus q_location_get(Db *db, int64_t org_id, int64_t id, Arena *a, Location *out);
DbStatus q_location_list(Db *db, int64_t org_id, Arena *a, Location *row, DbRowFn fn, void *ctx);
DbStatus q_location_add(Db *db, const Location *l, int64_t now, int64_t *id);
DbStatus q_location_update(Db *db, const Location *l);

#endif

/* q/system/app.h — the statements on secrets and audit (app.c), one function each.
 * Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_SYSTEM_APP_H
#define TRAJECT_Q_SYSTEM_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"

DbStatus q_secret_get(Db *db, const char *name, Arena *a, char **value);
/* Inserts unless present; DB_NONE when it already existed. */
DbStatus q_secret_put(Db *db, const char *name, const char *value);
DbStatus q_audit(Db *db, int64_t org_id, int64_t account_id, const char *action, const char *detail,
                 int64_t now);

#endif

/* q/system/outbox.h — the statements on outbox (outbox.c), one function each.
 * Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_SYSTEM_OUTBOX_H
#define TRAJECT_Q_SYSTEM_OUTBOX_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/system.h"

DbStatus q_outbox_add(Db *db, int64_t org_id, const char *to, const char *subject,
                      const char *body, int64_t now);
/* Claims the oldest deliverable mail for lease seconds (several servers may run). */
DbStatus q_outbox_claim(Db *db, int64_t now, int64_t lease, Arena *a, Mail *out);
DbStatus q_outbox_sent(Db *db, int64_t id, int64_t now);
DbStatus q_outbox_failed(Db *db, int64_t id, const char *error, int64_t retry_at);

#endif

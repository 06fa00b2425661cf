/* q/system/outbox.h — the statements on outbox (outbox.c), one function each.
 * Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_SYSTEM_OUTBOX_H
#define TRAJECT_Q_SYSTEM_OUTBOX_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "db/page.h"
#include "model/system.h"

DbStatus q_outbox_add(Db *db, int64_t org_id, const char *to, const char *subject, const char *body,
                      int64_t now);
/* Claims the oldest deliverable mail for lease seconds (several servers may run). */
DbStatus q_outbox_claim(Db *db, int64_t now, int64_t lease, Arena *a, Mail *out);
DbStatus q_outbox_sent(Db *db, int64_t id, int64_t now);
DbStatus q_outbox_failed(Db *db, int64_t id, const char *error, int64_t retry_at);
/* The sort columns of the outbox list, in the order of its pager's columns. */
enum { OUTBOX_BY_QUEUED, OUTBOX_BY_TO, OUTBOX_SORTS };
/* One page of the organisation's mail (db/page.h), searched by address or subject. */
DbStatus q_outbox_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, OutboxRow *row,
                       DbRowFn fn, void *ctx);
/* The organisation's mails matching the search pattern like ('' for all). */
DbStatus q_outbox_count(Db *db, int64_t org_id, const char *like, int64_t *n);

#endif

/* q/impact/public.h — which organisations publish their impact figures at /impact. */
#ifndef TRAJECT_Q_IMPACT_PUBLIC_H
#define TRAJECT_Q_IMPACT_PUBLIC_H

#include "core/arena.h"
#include "db/db.h"
#include "db/page.h"
#include "model/impact.h"

/* Publishes org_id's figures from at (0: no longer). DB_NONE when there is no such
 * organisation. */
DbStatus q_impact_publish(Db *db, int64_t org_id, int64_t at);
/* Since when org_id publishes (0: it does not). */
DbStatus q_impact_published(Db *db, int64_t org_id, int64_t *at);

/* One page of the training organisations that publish, by name (db/page.h; one sort
 * column), searched by name. */
DbStatus q_impact_public_page(Db *db, const DbPage *p, Arena *a, ImpactPublisher *row, DbRowFn fn,
                              void *ctx);
DbStatus q_impact_public_count(Db *db, const char *like, int64_t *n);

#endif

/* q/training/catalogue.h — the statements on the public catalogue (catalogue.c), one function each.
 * Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_TRAINING_CATALOGUE_H
#define TRAJECT_Q_TRAINING_CATALOGUE_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/training.h"

/* Open programmes matching f, those with the nearest next session (after now) first and
 * those without one last (at most 100). today is YYYY-MM-DD in Brussels: cohorts that
 * ended do not count for the province and municipality filters. */
DbStatus q_catalogue(Db *db, const CatalogueFilter *f, int64_t now, const char *today, Arena *a,
                     CatalogueRow *row, DbRowFn fn, void *ctx);
/* A published (open or running) programme by id, whatever its organisation. */
DbStatus q_catalogue_get(Db *db, int64_t id, int64_t now, Arena *a, CatalogueRow *out);
/* The cohorts of a programme that have not ended (ends_on >= today), by start; places_left
 * is never negative; next_at/next_end: its next session after now (no_next when none). */
DbStatus q_catalogue_cohorts(Db *db, int64_t org_id, int64_t programme_id, int64_t now,
                             const char *today, Arena *a, PublicCohort *row, DbRowFn fn, void *ctx);

#endif

/* q/partners/contribution.h — statements on what partners give: recording and changing a
 * contribution, reading one, a partner's latest ones and its totals by kind (for the
 * partner's page, read for the training organisation that records the partner), and the
 * paged lists: one partner's contributions (staff), or every contribution a partner's own
 * organisation made, through partners.partner_org_id (its members). Owns nothing; texts
 * are allocated in the arena given. */
#ifndef TRAJECT_Q_PARTNERS_CONTRIBUTION_H
#define TRAJECT_Q_PARTNERS_CONTRIBUTION_H

#include "core/arena.h"
#include "db/db.h"
#include "db/page.h"
#include "model/partners.h"

/* Records c (partner_id, kind, description, value_cents, quantity: 0 for none, starts_on,
 * ends_on: NULL or "" for none, status) for org_id, by account_id; *id receives its id.
 * DB_CONFLICT when the partner is not org_id's (or the schema's checks refuse it). */
DbStatus q_contribution_add(Db *db, int64_t org_id, const Contribution *c, int64_t account_id,
                            int64_t now, int64_t *id);

/* Changes contribution c->id of org_id to c's kind, description, value, quantity, dates and
 * status: DB_NONE when org_id has no such contribution. */
DbStatus q_contribution_edit(Db *db, int64_t org_id, const Contribution *c, int64_t now);

/* One contribution of org_id: DB_NONE otherwise. */
DbStatus q_contribution_get(Db *db, int64_t org_id, int64_t id, Arena *a, Contribution *out);

/* The latest limit contributions of partner_id of org_id, the latest first (by the day
 * they start). */
DbStatus q_contribution_latest(Db *db, int64_t org_id, int64_t partner_id, int64_t limit, Arena *a,
                               Contribution *row, DbRowFn fn, void *ctx);

/* What partner_id of org_id gave, per kind (in no particular order), leaving out what
 * was cancelled: how many contributions, their value and the number of things given. */
DbStatus q_contribution_totals(Db *db, int64_t org_id, int64_t partner_id, ContributionTotal *row,
                               DbRowFn fn, void *ctx);

/* sort columns of the paged lists of contributions */
enum { CONTRIB_BY_START, CONTRIB_BY_VALUE, CONTRIB_SORTS };

/* One page of the contributions of partner_id of org_id, searched on the description
 * (see db/page.h), and how many there are with that search. */
DbStatus q_contribution_page(Db *db, int64_t org_id, int64_t partner_id, const DbPage *p, Arena *a,
                             Contribution *row, DbRowFn fn, void *ctx);
DbStatus q_contribution_count(Db *db, int64_t org_id, int64_t partner_id, const char *like,
                              int64_t *n);

/* The same for a partner's own organisation partner_org: every contribution of a partner
 * record that names it, with the training organisation's name (org_name), searched on the
 * description and that name. */
DbStatus q_contribution_own_page(Db *db, int64_t partner_org, const DbPage *p, Arena *a,
                                 Contribution *row, DbRowFn fn, void *ctx);
DbStatus q_contribution_own_count(Db *db, int64_t partner_org, const char *like, int64_t *n);

#endif

/* q/talent/pool.h — the partner's side of the talent pool: the profiles a partner's own
 * organisation may see, searched and paged, exported, opened one at a time (what a profile
 * shows: shown.h), and the log of profiles opened. partner_org_id is
 * the partner's own organisation (r->org_id on its routes). EVERY statement here reads
 * profiles through the view talent_visible (0100-talent.sql), the one rule of who sees
 * whom: a learner who withdraws consent is gone from all of them at once. Texts are
 * allocated in the arena given. */
#ifndef TRAJECT_Q_TALENT_POOL_H
#define TRAJECT_Q_TALENT_POOL_H

#include <stdint.h>

#include "core/arena.h"
#include "db/db.h"
#include "db/page.h"
#include "model/talent.h"

/* sort columns of the search */
enum { POOL_BY_AVAILABLE, POOL_BY_UPDATED, POOL_SORTS };

/* One page of the profiles partner_org_id sees that match s (and the page's search text: in
 * the short text, the handle and the names of the valid credentials shown), with the level
 * of the competence searched for and how many competences and valid (at now) credentials
 * each shows; and how many there are. */
DbStatus q_pool_page(Db *db, int64_t partner_org_id, int64_t now, const TalentSearch *s,
                     const DbPage *p, Arena *a, TalentProfile *row, DbRowFn fn, void *ctx);
DbStatus q_pool_count(Db *db, int64_t partner_org_id, int64_t now, const TalentSearch *s,
                      const char *like, int64_t *n);
/* Every profile of that search, soonest available first (the export). */
DbStatus q_pool_all(Db *db, int64_t partner_org_id, int64_t now, const TalentSearch *s,
                    const char *like, Arena *a, TalentProfile *row, DbRowFn fn, void *ctx);

/* The competences the profiles partner_org_id sees show, framework by framework (each
 * once; no level): the choices of its search. */
DbStatus q_pool_competence_list(Db *db, int64_t partner_org_id, Arena *a, TalentCompetence *row,
                                DbRowFn fn, void *ctx);

/* One profile partner_org_id sees: DB_NONE when it does not see it (or there is none). */
DbStatus q_pool_profile(Db *db, int64_t partner_org_id, int64_t id, Arena *a, TalentProfile *out);
/* Notes that account by of partner_org_id opened profile id: DB_NONE (nothing noted) when
 * it does not see it. */
DbStatus q_pool_opened(Db *db, int64_t partner_org_id, int64_t id, int64_t by, int64_t now);

#endif

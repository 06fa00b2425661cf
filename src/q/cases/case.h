/* q/cases/case.h — statements on cases: submitting one with its competences, deliverables
 * and milestones, reading them (for the training organisation's staff, or for the
 * partner's own organisation through partners.partner_org_id), the paged lists, and
 * accepting a case into a cohort. Owns nothing; texts are allocated in the arena given. */
#ifndef TRAJECT_Q_CASES_CASE_H
#define TRAJECT_Q_CASES_CASE_H

#include "core/arena.h"
#include "db/db.h"
#include "db/page.h"
#include "model/cases.h"
#include "model/competences.h"

/* sort columns of the lists of cases */
enum { CASE_BY_TITLE, CASE_BY_SUBMITTED, CASE_SORTS };

/* Records the case x (partner_id, title, brief, contact) of org_id, submitted by the
 * account submitted_by; *id receives the new id. */
DbStatus q_case_add(Db *db, int64_t org_id, const CaseInput *x, int64_t submitted_by, int64_t now,
                    int64_t *id);
/* Adds a competence the case asks for. */
DbStatus q_case_competence_add(Db *db, int64_t org_id, int64_t case_id, int64_t competence_id);
/* Adds a deliverable (milestone 0, due_on NULL) or a milestone at position. */
DbStatus q_case_item_add(Db *db, int64_t org_id, int64_t case_id, int64_t milestone,
                         int64_t position, const char *title, const char *due_on);

/* One case of org_id; with own_org, org_id is the partner's own organisation and the case
 * one it submitted (to any training organisation). DB_NONE otherwise. */
DbStatus q_case_get(Db *db, int64_t org_id, bool own_org, int64_t id, Arena *a, Case *out);

/* One page of the cases of org_id (own_org: of the partner's own organisation org_id),
 * searched on the title and the partner's name (see db/page.h), and how many there are. */
DbStatus q_case_page(Db *db, int64_t org_id, bool own_org, const DbPage *p, Arena *a, Case *row,
                     DbRowFn fn, void *ctx);
DbStatus q_case_count(Db *db, int64_t org_id, bool own_org, const char *like, int64_t *n);
/* The cases partner_id of org_id submitted, the newest first, each with its cohort, the
 * teams working on it, what they handed in and the partner's mean rating (a partner's
 * page: what came of it). */
DbStatus q_case_of_partner(Db *db, int64_t org_id, int64_t partner_id, Arena *a, Case *row,
                           DbRowFn fn, void *ctx);
/* How many cases of org_id have status. */
DbStatus q_case_count_status(Db *db, int64_t org_id, CaseStatus status, int64_t *n);

/* The competences case_id of org_id asks for, framework by framework (id, code, titles). */
DbStatus q_case_competences(Db *db, int64_t org_id, int64_t case_id, Arena *a, Competence *row,
                            DbRowFn fn, void *ctx);
/* Its deliverables, then its milestones, each in the order given. */
DbStatus q_case_items(Db *db, int64_t org_id, int64_t case_id, Arena *a, CaseItem *row, DbRowFn fn,
                      void *ctx);

/* Accepts a submitted case of org_id into cohort_id: DB_NONE when it is not submitted. */
DbStatus q_case_accept(Db *db, int64_t org_id, int64_t id, int64_t cohort_id);

#endif

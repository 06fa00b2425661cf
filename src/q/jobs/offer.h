/* q/jobs/offer.h — statements on internship and job offers: recording one with the
 * competences it wants, reading them (for the training organisation's staff, or for the
 * partner's own organisation through partners.partner_org_id), the paged lists, and the
 * open offers a learner may apply to. Owns nothing; texts are allocated in the arena given. */
#ifndef TRAJECT_Q_JOBS_OFFER_H
#define TRAJECT_Q_JOBS_OFFER_H

#include "core/arena.h"
#include "db/db.h"
#include "db/page.h"
#include "model/competences.h"
#include "model/jobs.h"

/* sort columns of the lists of offers */
enum { OFFER_BY_TITLE, OFFER_BY_CREATED, OFFER_SORTS };

/* Records the offer x of org_id (x->partner_id must be a partner of org_id, else DB_NONE),
 * its contract the key contract; *id receives the new id. */
DbStatus q_job_offer_add(Db *db, int64_t org_id, const JobOfferInput *x, int64_t created_by,
                         int64_t now, int64_t *id);
/* Adds a competence the offer wants. */
DbStatus q_job_offer_competence_add(Db *db, int64_t org_id, int64_t offer_id,
                                    int64_t competence_id);

/* One offer of org_id; with own_org, org_id is the partner's own organisation and the offer
 * one of its partner records'. DB_NONE otherwise. candidates counts those who agreed. */
DbStatus q_job_offer_get(Db *db, int64_t org_id, bool own_org, int64_t id, Arena *a, JobOffer *out);

/* One page of the offers of org_id (own_org: of the partner's own organisation org_id),
 * searched on the title and the partner's name, and how many there are. */
DbStatus q_job_offer_page(Db *db, int64_t org_id, bool own_org, const DbPage *p, Arena *a,
                          JobOffer *row, DbRowFn fn, void *ctx);
DbStatus q_job_offer_count(Db *db, int64_t org_id, bool own_org, const char *like, int64_t *n);

/* The competences offer_id of org_id wants (id, code, titles). */
DbStatus q_job_offer_competences(Db *db, int64_t org_id, int64_t offer_id, Arena *a,
                                 Competence *row, DbRowFn fn, void *ctx);

/* The offers of partner partner_id of org_id, newest first (a partner's page). */
DbStatus q_job_offers_of_partner(Db *db, int64_t org_id, int64_t partner_id, Arena *a,
                                 JobOffer *row, DbRowFn fn, void *ctx);

/* The offers still open on today (YYYY-MM-DD) of every organisation where account_id is a
 * learner (a person record of theirs with an enrolment), closing first first. */
DbStatus q_job_offers_open(Db *db, int64_t account_id, const char *today, Arena *a, JobOffer *row,
                           DbRowFn fn, void *ctx);

#endif

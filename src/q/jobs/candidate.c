/* candidate.c — statements on the candidates for offers (see candidate.h). */
#include "q/jobs/candidate.h"

/* a person of the organisation with an enrolment there: a learner */
#define IS_LEARNER(ORG, PERSON)                                                                    \
    "EXISTS (SELECT 1 FROM enrolments e WHERE e.org_id = " ORG " AND e.person_id = " PERSON ")"

DbStatus q_job_candidate_add(Db *db, int64_t org_id, int64_t offer_id, int64_t person_id,
                             JobOrigin origin, const char *motivation, bool agreed,
                             int64_t created_by, int64_t now, int64_t *id)
{
    DB_SQL(st, "job_candidate_add",
           "INSERT INTO job_candidates (org_id, offer_id, person_id, origin, motivation, "
           "agreed_at, created_by, created_at, stage_at) SELECT $1, j.id, pe.id, $4, $5, $6, $7, "
           "$8, $8 FROM job_offers j JOIN people pe ON pe.org_id = j.org_id AND pe.id = $3 "
           "WHERE j.org_id = $1 AND j.id = $2 AND " IS_LEARNER(
               "$1", "pe.id") " ON CONFLICT (offer_id, person_id) DO NOTHING RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_int64(offer_id), db_int64(person_id),
                                 db_str(vocab_key(&job_origins, origin)), db_str(motivation),
                                 agreed ? db_int64(now) : db_null(),
                                 created_by ? db_int64(created_by) : db_null(), db_int64(now)),
                           id);
}

#define CANDIDATE_SELECT                                                                           \
    "SELECT k.id, k.org_id, k.offer_id, k.person_id, pe.name, k.origin, k.stage, k.motivation, "   \
    "CASE WHEN k.agreed_at IS NULL THEN 0 ELSE 1 END, k.created_at, k.stage_at, j.title, p.name, " \
    "o.name FROM job_candidates k JOIN people pe ON pe.id = k.person_id "                          \
    "JOIN job_offers j ON j.id = k.offer_id JOIN partners p ON p.id = j.partner_id "               \
    "JOIN organisations o ON o.id = k.org_id "

#define CANDIDATE_OUT(a, x)                                                                        \
    db_int64_out(&(x)->id), db_int64_out(&(x)->org_id), db_int64_out(&(x)->offer_id),              \
        db_int64_out(&(x)->person_id), db_text(a, &(x)->name),                                     \
        db_vocab(&job_origins, (int *)&(x)->origin), db_vocab(&job_stages, (int *)&(x)->stage),    \
        db_text(a, &(x)->motivation), db_int64_out(&(x)->agreed), db_int64_out(&(x)->created_at),  \
        db_int64_out(&(x)->stage_at), db_text(a, &(x)->offer_title),                               \
        db_text(a, &(x)->partner_name), db_text(a, &(x)->org_name)

DbStatus q_job_candidates(Db *db, int64_t org_id, bool own_org, int64_t offer_id, Arena *a,
                          JobCandidate *row, DbRowFn fn, void *ctx)
{
    DB_SQL(staff, "job_candidates",
           CANDIDATE_SELECT "WHERE k.org_id = $1 AND k.offer_id = $2 "
                            "ORDER BY pe.name COLLATE \"und-x-icu\", k.id");
    DB_SQL(partner, "job_candidates_partner",
           CANDIDATE_SELECT "WHERE p.partner_org_id = $1 AND k.offer_id = $2 "
                            "AND k.agreed_at IS NOT NULL ORDER BY pe.name COLLATE \"und-x-icu\", "
                            "k.id");
    return db_select_many(db, own_org ? &partner : &staff,
                          DB_IN(db_int64(org_id), db_int64(offer_id)),
                          DB_COLS(CANDIDATE_OUT(a, row)), fn, ctx);
}

#define CANDIDATE_SEARCH " AND ($3 = '' OR lower(pe.name) LIKE $3 ESCAPE '\\')"
#define CANDIDATE_WHERE CANDIDATE_SELECT "WHERE k.org_id = $1 AND k.offer_id = $2" CANDIDATE_SEARCH
#define CANDIDATE_WHERE_PARTNER                                                                    \
    CANDIDATE_SELECT "WHERE p.partner_org_id = $1 AND k.offer_id = $2 AND k.agreed_at IS NOT "     \
                     "NULL" CANDIDATE_SEARCH
#define CANDIDATE_NAME "pe.name COLLATE \"und-x-icu\""

DB_PAGE_SORT(Q_CANDIDATE_NAME, "job_candidate_page_name", CANDIDATE_WHERE, CANDIDATE_NAME, "k.id",
             4, 5, 6);
DB_PAGE_SORT(Q_PCANDIDATE_NAME, "pjob_candidate_page_name", CANDIDATE_WHERE_PARTNER, CANDIDATE_NAME,
             "k.id", 4, 5, 6);

static const DbPageStmts candidate_pages[2][1] = {
    {DB_PAGE_STMTS(Q_CANDIDATE_NAME)},
    {DB_PAGE_STMTS(Q_PCANDIDATE_NAME)},
};

DbStatus q_job_candidate_page(Db *db, int64_t org_id, bool own_org, int64_t offer_id,
                              const DbPage *p, Arena *a, JobCandidate *row, DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, candidate_pages[own_org], 1,
                          DB_IN(db_int64(org_id), db_int64(offer_id)),
                          DB_COLS(CANDIDATE_OUT(a, row)), fn, ctx);
}

DbStatus q_job_candidate_count(Db *db, int64_t org_id, bool own_org, int64_t offer_id,
                               const char *like, int64_t *n)
{
    DB_SQL(staff, "job_candidate_count", "SELECT COUNT(*) FROM (" CANDIDATE_WHERE ") t");
    DB_SQL(partner, "pjob_candidate_count", "SELECT COUNT(*) FROM (" CANDIDATE_WHERE_PARTNER ") t");
    return db_select_int64(db, own_org ? &partner : &staff,
                           DB_IN(db_int64(org_id), db_int64(offer_id), db_str(like)), n);
}

DbStatus q_job_candidate_get(Db *db, int64_t org_id, bool own_org, int64_t id, Arena *a,
                             JobCandidate *out)
{
    DB_SQL(staff, "job_candidate_get", CANDIDATE_SELECT "WHERE k.org_id = $1 AND k.id = $2");
    DB_SQL(partner, "job_candidate_get_partner",
           CANDIDATE_SELECT
           "WHERE p.partner_org_id = $1 AND k.id = $2 AND k.agreed_at IS NOT NULL");
    return db_select_one(db, own_org ? &partner : &staff, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(CANDIDATE_OUT(a, out)));
}

DbStatus q_job_candidate_stage(Db *db, int64_t org_id, int64_t id, JobStage from, JobStage to,
                               int64_t now)
{
    DB_SQL(st, "job_candidate_stage",
           "UPDATE job_candidates SET stage = $4, stage_at = $5 WHERE org_id = $1 AND id = $2 "
           "AND stage = $3 AND agreed_at IS NOT NULL");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(id), db_str(vocab_key(&job_stages, from)),
                         db_str(vocab_key(&job_stages, to)), db_int64(now)));
}

DbStatus q_job_candidate_agree(Db *db, int64_t account_id, int64_t id, int64_t now)
{
    DB_SQL(st, "job_candidate_agree",
           "UPDATE job_candidates SET agreed_at = $3 WHERE id = $2 AND agreed_at IS NULL "
           "AND person_id IN (SELECT id FROM people WHERE account_id = $1)");
    return db_exec(db, &st, DB_IN(db_int64(account_id), db_int64(id), db_int64(now)));
}

DbStatus q_my_candidacies(Db *db, int64_t account_id, Arena *a, JobCandidate *row, DbRowFn fn,
                          void *ctx)
{
    DB_SQL(st, "my_candidacies",
           CANDIDATE_SELECT "WHERE pe.account_id = $1 ORDER BY k.created_at DESC, k.id DESC");
    return db_select_many(db, &st, DB_IN(db_int64(account_id)), DB_COLS(CANDIDATE_OUT(a, row)), fn,
                          ctx);
}

DbStatus q_job_learner_of(Db *db, int64_t account_id, int64_t org_id, int64_t *person_id)
{
    DB_SQL(st, "job_learner_of",
           "SELECT pe.id FROM people pe WHERE pe.account_id = $1 AND pe.org_id = $2 "
           "AND " IS_LEARNER("$2", "pe.id"));
    return db_select_int64(db, &st, DB_IN(db_int64(account_id), db_int64(org_id)), person_id);
}

DbStatus q_job_learners(Db *db, int64_t org_id, const char *like, int64_t limit, Arena *a,
                        PersonName *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "job_learners",
           "SELECT pe.id, pe.name FROM people pe WHERE pe.org_id = $1 AND " IS_LEARNER(
               "$1", "pe.id") " AND ($2 = '' OR lower(pe.name) LIKE $2 ESCAPE '\\') "
                              "ORDER BY pe.name COLLATE \"und-x-icu\", pe.id LIMIT $3");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_str(like), db_int64(limit)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->name)), fn, ctx);
}

DbStatus q_job_person_contact(Db *db, int64_t org_id, int64_t person_id, Arena *a, char **name,
                              char **email, char **lang)
{
    DB_SQL(st, "job_person_contact",
           "SELECT pe.name, COALESCE(pe.email, ac.email), COALESCE(ac.lang, pe.lang, 'en') "
           "FROM people pe LEFT JOIN accounts ac ON ac.id = pe.account_id "
           "WHERE pe.org_id = $1 AND pe.id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(person_id)),
                         DB_COLS(db_text(a, name), db_text(a, email), db_text(a, lang)));
}

/* offer.c — statements on internship and job offers (see offer.h). */
#include "q/jobs/offer.h"

DbStatus q_job_offer_add(Db *db, int64_t org_id, const JobOfferInput *x, int64_t created_by,
                         int64_t now, int64_t *id)
{
    DB_SQL(st, "job_offer_add",
           "INSERT INTO job_offers (org_id, partner_id, title, description, contract, places, "
           "closes_on, workplace, created_by, created_at) SELECT $1, p.id, $3, $4, $5, $6, $7, "
           "$8, $9, $10 FROM partners p WHERE p.org_id = $1 AND p.id = $2 RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_int64(x->partner_id), db_str(x->title),
                                 db_str(x->description), db_str(x->contract), db_int64(x->places),
                                 db_str(x->closes_on), db_str(x->workplace), db_int64(created_by),
                                 db_int64(now)),
                           id);
}

DbStatus q_job_offer_competence_add(Db *db, int64_t org_id, int64_t offer_id, int64_t competence_id)
{
    DB_SQL(st, "job_offer_competence_add",
           "INSERT INTO job_offer_competences (org_id, offer_id, competence_id) "
           "VALUES ($1, $2, $3) ON CONFLICT DO NOTHING");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(offer_id), db_int64(competence_id)));
}

/* the columns of every offer statement; candidates: those who agreed to be seen */
#define OFFER_SELECT                                                                               \
    "SELECT j.id, j.org_id, j.partner_id, p.name, o.name, j.title, j.description, j.contract, "    \
    "j.places, j.closes_on, j.workplace, (SELECT COUNT(*) FROM job_candidates k "                  \
    "WHERE k.offer_id = j.id AND k.agreed_at IS NOT NULL), (SELECT COUNT(*) FROM job_candidates "  \
    "k "                                                                                           \
    "WHERE k.offer_id = j.id AND k.stage = 'hired'), j.created_at FROM job_offers j "              \
    "JOIN partners p ON p.id = j.partner_id JOIN organisations o ON o.id = j.org_id "

#define OFFER_OUT(a, x)                                                                            \
    db_int64_out(&(x)->id), db_int64_out(&(x)->org_id), db_int64_out(&(x)->partner_id),            \
        db_text(a, &(x)->partner_name), db_text(a, &(x)->org_name), db_text(a, &(x)->title),       \
        db_text(a, &(x)->description), db_vocab(&job_contracts, (int *)&(x)->contract),            \
        db_int64_out(&(x)->places), db_text(a, &(x)->closes_on), db_text(a, &(x)->workplace),      \
        db_int64_out(&(x)->candidates), db_int64_out(&(x)->hired), db_int64_out(&(x)->created_at)

DbStatus q_job_offer_get(Db *db, int64_t org_id, bool own_org, int64_t id, Arena *a, JobOffer *out)
{
    DB_SQL(staff, "job_offer_get", OFFER_SELECT "WHERE j.org_id = $1 AND j.id = $2");
    DB_SQL(partner, "job_offer_get_partner",
           OFFER_SELECT "WHERE p.partner_org_id = $1 AND j.id = $2");
    return db_select_one(db, own_org ? &partner : &staff, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(OFFER_OUT(a, out)));
}

#define OFFER_SEARCH                                                                               \
    " AND ($2 = '' OR lower(j.title) LIKE $2 ESCAPE '\\' OR lower(p.name) LIKE $2 ESCAPE '\\')"
#define OFFER_WHERE OFFER_SELECT "WHERE j.org_id = $1" OFFER_SEARCH
#define OFFER_WHERE_PARTNER OFFER_SELECT "WHERE p.partner_org_id = $1" OFFER_SEARCH
#define OFFER_TITLE "j.title COLLATE \"und-x-icu\""

DB_PAGE_SORT(Q_OFFER_TITLE, "job_offer_page_title", OFFER_WHERE, OFFER_TITLE, "j.id", 3, 4, 5);
DB_PAGE_SORT(Q_OFFER_CREATED, "job_offer_page_created", OFFER_WHERE, "j.created_at", "j.id", 3, 4,
             5);
DB_PAGE_SORT(Q_POFFER_TITLE, "pjob_offer_page_title", OFFER_WHERE_PARTNER, OFFER_TITLE, "j.id", 3,
             4, 5);
DB_PAGE_SORT(Q_POFFER_CREATED, "pjob_offer_page_created", OFFER_WHERE_PARTNER, "j.created_at",
             "j.id", 3, 4, 5);

static const DbPageStmts offer_pages[2][OFFER_SORTS] = {
    {[OFFER_BY_TITLE] = DB_PAGE_STMTS(Q_OFFER_TITLE),
     [OFFER_BY_CREATED] = DB_PAGE_STMTS(Q_OFFER_CREATED)},
    {[OFFER_BY_TITLE] = DB_PAGE_STMTS(Q_POFFER_TITLE),
     [OFFER_BY_CREATED] = DB_PAGE_STMTS(Q_POFFER_CREATED)},
};

DbStatus q_job_offer_page(Db *db, int64_t org_id, bool own_org, const DbPage *p, Arena *a,
                          JobOffer *row, DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, offer_pages[own_org], OFFER_SORTS, DB_IN(db_int64(org_id)),
                          DB_COLS(OFFER_OUT(a, row)), fn, ctx);
}

DbStatus q_job_offer_count(Db *db, int64_t org_id, bool own_org, const char *like, int64_t *n)
{
    DB_SQL(staff, "job_offer_count", "SELECT COUNT(*) FROM (" OFFER_WHERE ") t");
    DB_SQL(partner, "pjob_offer_count", "SELECT COUNT(*) FROM (" OFFER_WHERE_PARTNER ") t");
    return db_select_int64(db, own_org ? &partner : &staff, DB_IN(db_int64(org_id), db_str(like)),
                           n);
}

DbStatus q_job_offer_competences(Db *db, int64_t org_id, int64_t offer_id, Arena *a,
                                 Competence *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "job_offer_competences",
           "SELECT c.id, c.code, c.title, c.title_nl, c.title_fr FROM job_offer_competences k "
           "JOIN competences c ON c.id = k.competence_id JOIN competence_areas a "
           "ON a.id = c.area_id WHERE k.org_id = $1 AND k.offer_id = $2 "
           "ORDER BY c.framework_id, a.position, c.position, c.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(offer_id)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->code),
                                  db_text(a, &row->title[0]), db_text(a, &row->title[1]),
                                  db_text(a, &row->title[2])),
                          fn, ctx);
}

DbStatus q_job_offers_open(Db *db, int64_t account_id, const char *today, Arena *a, JobOffer *row,
                           DbRowFn fn, void *ctx)
{
    DB_SQL(st, "job_offers_open",
           OFFER_SELECT "WHERE j.closes_on >= $2 AND j.org_id IN (SELECT pe.org_id FROM people pe "
                        "JOIN enrolments e ON e.person_id = pe.id AND e.org_id = pe.org_id "
                        "WHERE pe.account_id = $1) ORDER BY j.closes_on, j.id");
    return db_select_many(db, &st, DB_IN(db_int64(account_id), db_str(today)),
                          DB_COLS(OFFER_OUT(a, row)), fn, ctx);
}

DbStatus q_job_offers_of_partner(Db *db, int64_t org_id, int64_t partner_id, Arena *a,
                                 JobOffer *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "job_offers_of_partner",
           OFFER_SELECT
           "WHERE j.org_id = $1 AND j.partner_id = $2 ORDER BY j.created_at DESC, j.id "
           "DESC");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(partner_id)),
                          DB_COLS(OFFER_OUT(a, row)), fn, ctx);
}

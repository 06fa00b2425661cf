/* followup.c — statements on follow-ups (see followup.h). */
#include "q/jobs/followup.h"

DbStatus q_job_followups_due(Db *db, const char *from_day, const char *to_day, Arena *a,
                             JobFollowupDue *row, DbRowFn fn, void *ctx)
{
    DB_SQL(
        st, "job_followups_due",
        "SELECT e.org_id, e.person_id, e.cohort_id, pe.name, COALESCE(pe.email, ac.email), "
        "COALESCE(ac.lang, pe.lang, 'en'), o.name, p.title_en, p.title_nl, p.title_fr, c.ends_on "
        "FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id AND c.org_id = e.org_id "
        "JOIN programmes p ON p.id = c.programme_id JOIN people pe ON pe.id = e.person_id "
        "JOIN organisations o ON o.id = e.org_id LEFT JOIN accounts ac ON ac.id = pe.account_id "
        "WHERE c.ends_on >= $1 AND c.ends_on <= $2 AND e.status IN ('enrolled', 'completed') "
        "AND COALESCE(pe.email, ac.email) IS NOT NULL ORDER BY e.id");
    return db_select_many(db, &st, DB_IN(db_str(from_day), db_str(to_day)),
                          DB_COLS(db_int64_out(&row->org_id), db_int64_out(&row->person_id),
                                  db_int64_out(&row->cohort_id), db_text(a, &row->name),
                                  db_text(a, &row->email), db_text(a, &row->lang),
                                  db_text(a, &row->org_name), db_text(a, &row->programme[0]),
                                  db_text(a, &row->programme[1]), db_text(a, &row->programme[2]),
                                  db_text(a, &row->ends_on)),
                          fn, ctx);
}

DbStatus q_job_followup_claim(Db *db, const JobFollowupDue *x, int months, const char *token_hash,
                              int64_t now, int64_t *id)
{
    DB_SQL(st, "job_followup_claim",
           "INSERT INTO job_followups (org_id, person_id, cohort_id, months, token_hash, sent_at) "
           "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (cohort_id, person_id, months) DO NOTHING "
           "RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(x->org_id), db_int64(x->person_id),
                                 db_int64(x->cohort_id), db_int64(months), db_str(token_hash),
                                 db_int64(now)),
                           id);
}

#define FOLLOWUP_COLS                                                                              \
    "f.id, f.org_id, f.person_id, pe.name, c.name, o.name, f.cohort_id, f.months, f.sent_at, "     \
    "COALESCE(f.answered_at, 0), COALESCE(f.still_there, 0), f.situation, "                        \
    "COALESCE(f.may_count, 0) FROM job_followups f JOIN people pe ON pe.id = f.person_id "         \
    "JOIN cohorts c ON c.id = f.cohort_id JOIN organisations o ON o.id = f.org_id "
#define FOLLOWUP_OUT(a, x)                                                                         \
    db_int64_out(&(x)->id), db_int64_out(&(x)->org_id), db_int64_out(&(x)->person_id),             \
        db_text(a, &(x)->name), db_text(a, &(x)->cohort_name), db_text(a, &(x)->org_name),         \
        db_int64_out(&(x)->cohort_id), db_int64_out(&(x)->months), db_int64_out(&(x)->sent_at),    \
        db_int64_out(&(x)->answered_at), db_int64_out(&(x)->still_there),                          \
        db_text(a, &(x)->situation), db_int64_out(&(x)->may_count)

DbStatus q_job_followup_by_token(Db *db, const char *token_hash, Arena *a, JobFollowup *out)
{
    DB_SQL(st, "job_followup_by_token", "SELECT " FOLLOWUP_COLS "WHERE f.token_hash = $1");
    return db_select_one(db, &st, DB_IN(db_str(token_hash)), DB_COLS(FOLLOWUP_OUT(a, out)));
}

DbStatus q_job_followup_answer(Db *db, int64_t org_id, int64_t id, const JobFollowupAnswer *x,
                               int64_t now)
{
    DB_SQL(st, "job_followup_answer",
           "UPDATE job_followups SET answered_at = $3, still_there = $4, situation = $5, "
           "may_count = $6 WHERE org_id = $1 AND id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(id), db_int64(now), db_int64(x->still_there),
                         db_str(x->situation), db_int64(x->may_count)));
}

#define FOLLOWUP_WHERE                                                                             \
    "SELECT " FOLLOWUP_COLS "WHERE f.org_id = $1 AND ($2 = 0 OR f.answered_at IS NULL) "           \
    "AND ($3 = '' OR lower(pe.name) LIKE $3 ESCAPE '\\')"

DB_PAGE_SORT(Q_FOLLOWUP_SENT, "job_followup_page_sent", FOLLOWUP_WHERE, "f.sent_at", "f.id", 4, 5,
             6);
DB_PAGE_SORT(Q_FOLLOWUP_NAME, "job_followup_page_name", FOLLOWUP_WHERE,
             "pe.name COLLATE \"und-x-icu\"", "f.id", 4, 5, 6);

static const DbPageStmts followup_pages[FOLLOWUP_SORTS] = {
    [FOLLOWUP_BY_SENT] = DB_PAGE_STMTS(Q_FOLLOWUP_SENT),
    [FOLLOWUP_BY_NAME] = DB_PAGE_STMTS(Q_FOLLOWUP_NAME),
};

DbStatus q_job_followup_page(Db *db, int64_t org_id, bool unanswered, const DbPage *p, Arena *a,
                             JobFollowup *row, DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, followup_pages, FOLLOWUP_SORTS,
                          DB_IN(db_int64(org_id), db_int64(unanswered)),
                          DB_COLS(FOLLOWUP_OUT(a, row)), fn, ctx);
}

DbStatus q_job_followup_count(Db *db, int64_t org_id, bool unanswered, const char *like, int64_t *n)
{
    DB_SQL(st, "job_followup_count", "SELECT COUNT(*) FROM (" FOLLOWUP_WHERE ") t");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(unanswered), db_str(like)), n);
}

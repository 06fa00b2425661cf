/* home.c — statements behind a trainer's part of the home page. */
#include "q/training/home.h"

/* account $2 trains session s: as one of its own trainers, or, when it has none, as one of
 * its cohort's */
#define TRAINS_SESSION                                                                             \
    "(EXISTS (SELECT 1 FROM session_trainers st WHERE st.org_id = s.org_id "                       \
    "AND st.session_id = s.id AND st.account_id = $2) OR (NOT EXISTS (SELECT 1 FROM "              \
    "session_trainers st WHERE st.org_id = s.org_id AND st.session_id = s.id) AND EXISTS "         \
    "(SELECT 1 FROM cohort_trainers ct WHERE ct.org_id = s.org_id AND ct.cohort_id = s.cohort_id " \
    "AND ct.account_id = $2)))"

DbStatus q_trainer_sessions(Db *db, int64_t org_id, int64_t account_id, int64_t from, int64_t to,
                            Arena *a, TrainerSession *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "trainer_sessions",
           "SELECT s.id, c.id, c.name, p.title_en, p.title_nl, p.title_fr, s.starts_at, s.ends_at, "
           "COALESCE(l.name, cl.name), "
           "(SELECT COUNT(*) FROM enrolments e WHERE e.org_id = s.org_id AND e.cohort_id = c.id "
           "AND e.status = 'enrolled'), "
           "(SELECT COUNT(*) FROM attendance a JOIN enrolments e ON e.id = a.enrolment_id "
           "AND e.org_id = a.org_id WHERE a.org_id = s.org_id AND a.session_id = s.id "
           "AND e.status = 'enrolled') "
           "FROM training_sessions s JOIN cohorts c ON c.id = s.cohort_id AND c.org_id = s.org_id "
           "JOIN programmes p ON p.id = c.programme_id AND p.org_id = c.org_id "
           "LEFT JOIN locations l ON l.id = s.location_id AND l.org_id = s.org_id "
           "LEFT JOIN locations cl ON cl.id = c.location_id AND cl.org_id = c.org_id "
           "WHERE s.org_id = $1 AND s.starts_at < $4 AND s.ends_at > $3 AND " TRAINS_SESSION
           " ORDER BY s.starts_at, s.id");
    return db_select_many(
        db, &st, DB_IN(db_int64(org_id), db_int64(account_id), db_int64(from), db_int64(to)),
        DB_COLS(db_int64_out(&row->id), db_int64_out(&row->cohort_id), db_text(a, &row->cohort),
                db_text(a, &row->title[LANG_EN]), db_text(a, &row->title[LANG_NL]),
                db_text(a, &row->title[LANG_FR]), db_int64_out(&row->starts_at),
                db_int64_out(&row->ends_at), db_text(a, &row->location),
                db_int64_out(&row->enrolled), db_int64_out(&row->marked)),
        fn, ctx);
}

DbStatus q_trainer_learner_marks(Db *db, int64_t org_id, int64_t account_id, const char *today,
                                 Arena *a, LearnerMarks *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "trainer_learner_marks",
           "SELECT e.id, p.name, c.id, c.name, "
           "COALESCE(SUM(CASE WHEN a.status = 'present' THEN 1 ELSE 0 END), 0), "
           "COALESCE(SUM(CASE WHEN a.status = 'late' THEN 1 ELSE 0 END), 0), "
           "COALESCE(SUM(CASE WHEN a.status = 'absent' THEN 1 ELSE 0 END), 0), "
           "COALESCE(SUM(CASE WHEN a.status = 'excused' THEN 1 ELSE 0 END), 0) "
           "FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id AND c.org_id = e.org_id "
           "JOIN cohort_trainers ct ON ct.cohort_id = c.id AND ct.org_id = c.org_id "
           "AND ct.account_id = $2 "
           "JOIN people p ON p.id = e.person_id AND p.org_id = e.org_id "
           "LEFT JOIN attendance a ON a.enrolment_id = e.id AND a.org_id = e.org_id "
           "WHERE e.org_id = $1 AND e.status = 'enrolled' AND c.ends_on >= $3 "
           "GROUP BY e.id, p.name, c.id, c.name ORDER BY c.name COLLATE \"und-x-icu\", p.name "
           "COLLATE \"und-x-icu\", e.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(account_id), db_str(today)),
                          DB_COLS(db_int64_out(&row->enrolment_id), db_text(a, &row->name),
                                  db_int64_out(&row->cohort_id), db_text(a, &row->cohort),
                                  db_int64_out(&row->present), db_int64_out(&row->late),
                                  db_int64_out(&row->absent), db_int64_out(&row->excused)),
                          fn, ctx);
}

/* The at-risk rule of domain/attendance.h in SQL (both must change together): a rate
 * known, floor(100 * attended / counted) < threshold, which is 100 * attended < threshold *
 * counted, with present and late attended, absent counted, excused neither. */
DbStatus q_at_risk_count(Db *db, int64_t org_id, const char *today, int64_t threshold, int64_t *n)
{
    DB_SQL(st, "at_risk_count",
           "SELECT COUNT(*) FROM (SELECT e.id FROM enrolments e "
           "JOIN cohorts c ON c.id = e.cohort_id AND c.org_id = e.org_id "
           "JOIN attendance a ON a.enrolment_id = e.id AND a.org_id = e.org_id "
           "WHERE e.org_id = $1 AND e.status = 'enrolled' AND c.ends_on >= $2 GROUP BY e.id "
           "HAVING SUM(CASE WHEN a.status IN ('present', 'late', 'absent') THEN 1 ELSE 0 END) > 0 "
           "AND 100 * SUM(CASE WHEN a.status IN ('present', 'late') THEN 1 ELSE 0 END) < "
           "$3 * SUM(CASE WHEN a.status IN ('present', 'late', 'absent') THEN 1 ELSE 0 END)) t");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_str(today), db_int64(threshold)), n);
}

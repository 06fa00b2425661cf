/* dashboard.c — figures of a programme for its staff: enrolments against targets,
 * places used, attendance, and the learners at risk. Every statement takes org_id. */
#include "q/training/dashboard.h"

#include "model/training.h"

#define IN_PROGRAMME                                                                               \
    "FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id AND c.org_id = e.org_id "              \
    "WHERE e.org_id = $1 AND c.programme_id = $2 "
#define MARKS(kind)                                                                                \
    "(SELECT COUNT(*) FROM attendance a JOIN enrolments e ON e.id = a.enrolment_id "               \
    "AND e.org_id = a.org_id JOIN cohorts c ON c.id = e.cohort_id AND c.org_id = e.org_id "        \
    "WHERE a.org_id = $1 AND c.programme_id = $2 AND a.status = '" kind "')"

DbStatus q_programme_figures(Db *db, int64_t org_id, int64_t programme_id, ProgrammeFigures *f)
{
    DB_SQL(st, "programme_figures",
           "SELECT "
           "(SELECT COUNT(DISTINCT e.person_id) " IN_PROGRAMME
           " AND e.status IN ('enrolled', 'completed')), "
           "(SELECT COUNT(DISTINCT e.person_id) " IN_PROGRAMME " AND e.status = 'completed'), "
           "(SELECT COUNT(DISTINCT e.person_id) " IN_PROGRAMME "), "
           "(SELECT COUNT(*) " IN_PROGRAMME " AND e.status IN ('withdrawn', 'dropped_out')), "
           "(SELECT COUNT(*) FROM cohorts c WHERE c.org_id = $1 AND c.programme_id = $2), "
           "(SELECT COALESCE(SUM(c.capacity), 0) FROM cohorts c WHERE c.org_id = $1 "
           " AND c.programme_id = $2), "
           "(SELECT COALESCE(SUM(c.enrolled), 0) FROM cohorts c WHERE c.org_id = $1 "
           " AND c.programme_id = $2), " MARKS("present") ", " MARKS("late") ", " MARKS(
               "absent") ", " MARKS("excused"));
    return db_select_one(
        db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)),
        DB_COLS(db_int64_out(&f->learners), db_int64_out(&f->completed), db_int64_out(&f->reached),
                db_int64_out(&f->left), db_int64_out(&f->cohorts), db_int64_out(&f->places),
                db_int64_out(&f->taken), db_int64_out(&f->present), db_int64_out(&f->late),
                db_int64_out(&f->absent), db_int64_out(&f->excused)));
}

/* The marks of every current learner of the programme, for the at-risk list. */
DbStatus q_programme_learner_marks(Db *db, int64_t org_id, int64_t programme_id, Arena *a,
                                   LearnerMarks *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "programme_learner_marks",
           "SELECT e.id, p.name, c.id, c.name, "
           "COALESCE(SUM(CASE WHEN a.status = 'present' THEN 1 ELSE 0 END), 0), "
           "COALESCE(SUM(CASE WHEN a.status = 'late' THEN 1 ELSE 0 END), 0), "
           "COALESCE(SUM(CASE WHEN a.status = 'absent' THEN 1 ELSE 0 END), 0), "
           "COALESCE(SUM(CASE WHEN a.status = 'excused' THEN 1 ELSE 0 END), 0) "
           "FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id AND c.org_id = e.org_id "
           "JOIN people p ON p.id = e.person_id AND p.org_id = e.org_id "
           "LEFT JOIN attendance a ON a.enrolment_id = e.id AND a.org_id = e.org_id "
           "WHERE e.org_id = $1 AND c.programme_id = $2 AND e.status = 'enrolled' "
           "GROUP BY e.id, p.name, c.id, c.name ORDER BY c.name COLLATE \"und-x-icu\", p.name "
           "COLLATE \"und-x-icu\", e.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)),
                          DB_COLS(db_int64_out(&row->enrolment_id), db_text(a, &row->name),
                                  db_int64_out(&row->cohort_id), db_text(a, &row->cohort),
                                  db_int64_out(&row->present), db_int64_out(&row->late),
                                  db_int64_out(&row->absent), db_int64_out(&row->excused)),
                          fn, ctx);
}

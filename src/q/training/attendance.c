/* attendance.c — statements on attendance marks. Every statement takes org_id. */
#include "q/training/attendance.h"

#include "model/training.h"

/* The roster of a session: the cohort's learners who are enrolled (or completed), with
 * their mark if one was recorded. */
DbStatus q_roster(Db *db, int64_t org_id, int64_t session_id, Arena *a, RosterRow *row, DbRowFn fn,
                  void *ctx)
{
    DB_SQL(st, "attendance_roster",
           "SELECT e.id, p.name, a.status, a.via, "
           "COALESCE(a.recorded_at, 0) FROM training_sessions s "
           "JOIN enrolments e ON e.cohort_id = s.cohort_id AND e.org_id = s.org_id "
           "JOIN people p ON p.id = e.person_id "
           "LEFT JOIN attendance a ON a.session_id = s.id AND a.enrolment_id = e.id "
           "WHERE s.org_id = $1 AND s.id = $2 AND e.status IN ('enrolled', 'completed') "
           "ORDER BY p.name COLLATE \"und-x-icu\", e.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(session_id)),
                          DB_COLS(db_int64_out(&row->enrolment_id), db_text(a, &row->name),
                                  db_vocab(&attendance_marks, (int *)&row->status),
                                  db_vocab(&checkin_vias, (int *)&row->via),
                                  db_int64_out(&row->recorded_at)),
                          fn, ctx);
}

/* Records a mark for a learner of the session's own cohort only. A mark that does not
 * change keeps who made it and when (a learner's own check-in stays one). */
DbStatus q_attendance_mark(Db *db, int64_t org_id, int64_t session_id, int64_t enrolment_id,
                           AttendanceMark status, int64_t now, int64_t by)
{
    DB_SQL(st, "attendance_mark",
           "INSERT INTO attendance (org_id, session_id, enrolment_id, status, recorded_at, "
           "recorded_by) SELECT s.org_id, s.id, e.id, $4, $5, $6 FROM training_sessions s "
           "JOIN enrolments e ON e.cohort_id = s.cohort_id AND e.org_id = s.org_id "
           "WHERE s.org_id = $1 AND s.id = $2 AND e.id = $3 "
           "ON CONFLICT (session_id, enrolment_id) DO UPDATE SET status = excluded.status, "
           "recorded_at = CASE WHEN attendance.status = excluded.status "
           "  THEN attendance.recorded_at ELSE excluded.recorded_at END, "
           "recorded_by = CASE WHEN attendance.status = excluded.status "
           "  THEN attendance.recorded_by ELSE excluded.recorded_by END, "
           "via = CASE WHEN attendance.status = excluded.status THEN attendance.via "
           "  ELSE 'roster' END");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(session_id), db_int64(enrolment_id),
                         db_str(vocab_key(&attendance_marks, status)), db_int64(now),
                         db_int64(by)));
}

/* Per learner of a cohort: how many marks of each kind. */
DbStatus q_attendance_tally(Db *db, int64_t org_id, int64_t cohort_id, TallyRow *row, DbRowFn fn,
                            void *ctx)
{
    DB_SQL(
        st, "attendance_tally",
        "SELECT e.id, "
        "COALESCE(SUM(CASE WHEN a.status = 'present' THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN a.status = 'late' THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN a.status = 'absent' THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN a.status = 'excused' THEN 1 ELSE 0 END), 0) "
        "FROM enrolments e LEFT JOIN attendance a ON a.enrolment_id = e.id AND a.org_id = e.org_id "
        "WHERE e.org_id = $1 AND e.cohort_id = $2 GROUP BY e.id ORDER BY e.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(cohort_id)),
                          DB_COLS(db_int64_out(&row->enrolment_id), db_int64_out(&row->present),
                                  db_int64_out(&row->late), db_int64_out(&row->absent),
                                  db_int64_out(&row->excused)),
                          fn, ctx);
}

DbStatus q_tsession_get(Db *db, int64_t org_id, int64_t id, int64_t *cohort_id, int64_t *starts_at,
                        int64_t *ends_at)
{
    DB_SQL(st, "training_session_get",
           "SELECT s.id, s.cohort_id, s.starts_at, s.ends_at FROM training_sessions s "
           "WHERE s.org_id = $1 AND s.id = $2");
    int64_t sid;
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(db_int64_out(&sid), db_int64_out(cohort_id),
                                 db_int64_out(starts_at), db_int64_out(ends_at)));
}

/* --- self check-in with a session's QR code --- */

/* The signed-in learner's enrolment in the session's cohort, and their mark so far. */
DbStatus q_checkin_state(Db *db, int64_t org_id, int64_t session_id, int64_t account_id, Arena *a,
                         RosterRow *out)
{
    DB_SQL(st, "checkin_state",
           "SELECT e.id, a.status, a.via, "
           "COALESCE(a.recorded_at, 0) FROM training_sessions s "
           "JOIN enrolments e ON e.cohort_id = s.cohort_id AND e.org_id = s.org_id "
           "JOIN people p ON p.id = e.person_id AND p.org_id = e.org_id "
           "LEFT JOIN attendance a ON a.session_id = s.id AND a.enrolment_id = e.id "
           "WHERE s.org_id = $1 AND s.id = $2 AND p.account_id = $3 AND e.status = 'enrolled'");
    (void)a;
    out->name = NULL;
    return db_select_one(
        db, &st, DB_IN(db_int64(org_id), db_int64(session_id), db_int64(account_id)),
        DB_COLS(db_int64_out(&out->enrolment_id), db_vocab(&attendance_marks, (int *)&out->status),
                db_vocab(&checkin_vias, (int *)&out->via), db_int64_out(&out->recorded_at)));
}

DbStatus q_checkin(Db *db, int64_t org_id, int64_t session_id, int64_t account_id,
                   AttendanceMark status, int64_t now)
{
    DB_SQL(st, "checkin",
           "INSERT INTO attendance (org_id, session_id, enrolment_id, status, recorded_at, "
           "recorded_by, via) SELECT s.org_id, s.id, e.id, $4, $5, $3, 'self' "
           "FROM training_sessions s "
           "JOIN enrolments e ON e.cohort_id = s.cohort_id AND e.org_id = s.org_id "
           "JOIN people p ON p.id = e.person_id AND p.org_id = e.org_id "
           "WHERE s.org_id = $1 AND s.id = $2 AND p.account_id = $3 AND e.status = 'enrolled' "
           "ON CONFLICT (session_id, enrolment_id) DO UPDATE SET status = excluded.status, "
           "recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by, via = 'self'");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(session_id), db_int64(account_id),
                         db_str(vocab_key(&attendance_marks, status)), db_int64(now)));
}

/* The names on a session's sign-in sheet: learners currently enrolled in its cohort (not
 * those who completed or left), in the order of the roster (q_roster) so that marks are
 * entered from the sheet row by row. */
DbStatus q_sheet_names(Db *db, int64_t org_id, int64_t session_id, Arena *a, char **name,
                       DbRowFn fn, void *ctx)
{
    DB_SQL(st, "sign_in_sheet_names",
           "SELECT p.name FROM training_sessions s "
           "JOIN enrolments e ON e.cohort_id = s.cohort_id AND e.org_id = s.org_id "
           "JOIN people p ON p.id = e.person_id AND p.org_id = e.org_id "
           "WHERE s.org_id = $1 AND s.id = $2 AND e.status = 'enrolled' "
           "ORDER BY p.name COLLATE \"und-x-icu\", e.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(session_id)),
                          DB_COLS(db_text(a, name)), fn, ctx);
}

/* Where a session takes place: its own location, else its cohort's. */
DbStatus q_tsession_location(Db *db, int64_t org_id, int64_t session_id, Arena *a, Location *out)
{
    DB_SQL(st, "training_session_location",
           "SELECT l.id, l.name, l.address, l.postcode, l.municipality, l.province, l.mobile "
           "FROM training_sessions s "
           "JOIN cohorts c ON c.id = s.cohort_id AND c.org_id = s.org_id "
           "JOIN locations l ON l.id = COALESCE(s.location_id, c.location_id) "
           "AND l.org_id = s.org_id "
           "WHERE s.org_id = $1 AND s.id = $2");
    out->org_id = org_id;
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(session_id)),
                         DB_COLS(db_int64_out(&out->id), db_text(a, &out->name),
                                 db_text(a, &out->address), db_text(a, &out->postcode),
                                 db_text(a, &out->municipality), db_text(a, &out->province),
                                 db_int64_out(&out->mobile)));
}

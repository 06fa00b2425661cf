/* cohort.c — statements on cohorts, their trainers, and training sessions. Every
 * statement takes org_id. */
#include "q/training/cohort.h"

#include "model/training.h"

#define COHORT_COLS                                                                                \
    "c.id, c.programme_id, c.name, c.starts_on, c.ends_on, c.capacity, "                           \
    "c.location_id, COALESCE(l.name, ''), c.enrolled"
#define COHORT_FROM                                                                                \
    "FROM cohorts c LEFT JOIN locations l ON l.id = c.location_id AND l.org_id = c.org_id "

#define COHORT_OUT(a, o)                                                                           \
    db_int64_out(&(o)->id), db_int64_out(&(o)->programme_id), db_text(a, &(o)->name),              \
        db_text(a, &(o)->starts_on), db_text(a, &(o)->ends_on), db_int64_out(&(o)->capacity),      \
        db_int64_out(&(o)->location_id), db_text(a, &(o)->location_name),                          \
        db_int64_out(&(o)->enrolled)

DbStatus q_cohort_get(Db *db, int64_t org_id, int64_t id, Arena *a, Cohort *out)
{
    DB_SQL(st, "cohort_get",
           "SELECT " COHORT_COLS " " COHORT_FROM "WHERE c.org_id = $1 AND c.id = $2");
    out->org_id = org_id;
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(COHORT_OUT(a, out)));
}

DbStatus q_cohort_list(Db *db, int64_t org_id, int64_t programme_id, Arena *a, Cohort *row,
                       DbRowFn fn, void *ctx)
{
    DB_SQL(st, "cohort_list",
           "SELECT " COHORT_COLS " " COHORT_FROM
           "WHERE c.org_id = $1 AND c.programme_id = $2 ORDER BY c.starts_on, c.id");
    row->org_id = org_id;
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)),
                          DB_COLS(COHORT_OUT(a, row)), fn, ctx);
}

DbStatus q_cohort_add(Db *db, const Cohort *c, int64_t now, int64_t *id)
{
    DB_SQL(st, "cohort_add",
           "INSERT INTO cohorts (org_id, programme_id, name, starts_on, ends_on, capacity, "
           "location_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(c->org_id), db_int64(c->programme_id), db_str(c->name),
                                 db_str(c->starts_on), db_str(c->ends_on), db_int64(c->capacity),
                                 c->location_id ? db_int64(c->location_id) : db_null(),
                                 db_int64(now)),
                           id);
}

DbStatus q_cohort_update(Db *db, const Cohort *c)
{
    DB_SQL(st, "cohort_update",
           "UPDATE cohorts SET name = $3, starts_on = $4, ends_on = $5, capacity = $6, "
           "location_id = $7 WHERE org_id = $1 AND id = $2 AND enrolled <= $6");
    return db_exec(db, &st,
                   DB_IN(db_int64(c->org_id), db_int64(c->id), db_str(c->name),
                         db_str(c->starts_on), db_str(c->ends_on), db_int64(c->capacity),
                         c->location_id ? db_int64(c->location_id) : db_null()));
}

DbStatus q_cohort_trainers_clear(Db *db, int64_t org_id, int64_t cohort_id)
{
    DB_SQL(st, "cohort_trainers_clear",
           "DELETE FROM cohort_trainers WHERE org_id = $1 AND cohort_id = $2");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(cohort_id)));
}

/* Only members of the organisation can be its trainers: the INSERT selects them. */
DbStatus q_cohort_trainer_add(Db *db, int64_t org_id, int64_t cohort_id, int64_t account_id)
{
    DB_SQL(st, "cohort_trainer_add",
           "INSERT INTO cohort_trainers (org_id, cohort_id, account_id) "
           "SELECT m.org_id, $2, m.account_id FROM memberships m "
           "WHERE m.org_id = $1 AND m.account_id = $3");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(cohort_id), db_int64(account_id)));
}

DbStatus q_cohort_trainers(Db *db, int64_t org_id, int64_t cohort_id, Arena *a, int64_t *id,
                           char **name, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "cohort_trainers",
           "SELECT a.id, a.name FROM cohort_trainers t JOIN accounts a ON a.id = t.account_id "
           "WHERE t.org_id = $1 AND t.cohort_id = $2 ORDER BY a.name COLLATE \"und-x-icu\", a.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(cohort_id)),
                          DB_COLS(db_int64_out(id), db_text(a, name)), fn, ctx);
}

/* The location must be the organisation's: the INSERT selects it (or none). */
DbStatus q_tsession_add(Db *db, int64_t org_id, int64_t cohort_id, int64_t starts_at,
                        int64_t ends_at, int64_t location_id, int64_t now)
{
    int64_t id;
    return q_tsession_add_id(db, org_id, cohort_id, starts_at, ends_at, location_id, now, &id);
}

DbStatus q_tsession_add_id(Db *db, int64_t org_id, int64_t cohort_id, int64_t starts_at,
                           int64_t ends_at, int64_t location_id, int64_t now, int64_t *id)
{
    DB_SQL(st, "training_session_add",
           "INSERT INTO training_sessions (org_id, cohort_id, starts_at, ends_at, location_id, "
           "created_at) SELECT $1, $2, $3, $4, l.id, $6 FROM (SELECT 1 AS one) x "
           "LEFT JOIN locations l ON l.org_id = $1 AND l.id = $5 "
           "WHERE CAST($5 AS BIGINT) IS NULL OR l.id IS NOT NULL RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_int64(cohort_id), db_int64(starts_at),
                                 db_int64(ends_at), location_id ? db_int64(location_id) : db_null(),
                                 db_int64(now)),
                           id);
}

/* Moves a session; the location must be the organisation's (or none). */
DbStatus q_tsession_update(Db *db, int64_t org_id, int64_t id, int64_t starts_at, int64_t ends_at,
                           int64_t location_id)
{
    DB_SQL(st, "training_session_update",
           "UPDATE training_sessions SET starts_at = $3, ends_at = $4, location_id = $5 "
           "WHERE org_id = $1 AND id = $2 AND (CAST($5 AS BIGINT) IS NULL OR EXISTS "
           "(SELECT 1 FROM locations l WHERE l.org_id = $1 AND l.id = $5))");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(id), db_int64(starts_at), db_int64(ends_at),
                         location_id ? db_int64(location_id) : db_null()));
}

/* Only a session without attendance marks can go. */
DbStatus q_tsession_delete(Db *db, int64_t org_id, int64_t id)
{
    DB_SQL(session_delete_trainers, "training_session_delete_trainers",
           "DELETE FROM session_trainers WHERE org_id = $1 AND session_id = $2 AND NOT EXISTS "
           "(SELECT 1 FROM attendance a WHERE a.session_id = $2)");
    DB_SQL(session_delete, "training_session_delete",
           "DELETE FROM training_sessions WHERE org_id = $1 AND id = $2 AND NOT EXISTS "
           "(SELECT 1 FROM attendance a WHERE a.session_id = $2)");
    DbParam in[] = {db_int64(org_id), db_int64(id), DB_END};
    DbStatus st = db_exec(db, &session_delete_trainers, in);
    if (st < DB_NONE)
        return st;
    return db_exec(db, &session_delete, in);
}

DbStatus q_session_trainers_clear(Db *db, int64_t org_id, int64_t session_id)
{
    DB_SQL(st, "session_trainers_clear",
           "DELETE FROM session_trainers WHERE org_id = $1 AND session_id = $2");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(session_id)));
}

/* Only members of the organisation, and only for its own sessions. */
DbStatus q_session_trainer_add(Db *db, int64_t org_id, int64_t session_id, int64_t account_id)
{
    DB_SQL(st, "session_trainer_add",
           "INSERT INTO session_trainers (org_id, session_id, account_id) "
           "SELECT m.org_id, s.id, m.account_id FROM memberships m JOIN training_sessions s "
           "ON s.org_id = m.org_id AND s.id = $2 WHERE m.org_id = $1 AND m.account_id = $3");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(session_id), db_int64(account_id)));
}

DbStatus q_session_trainers(Db *db, int64_t org_id, int64_t session_id, int64_t *id, DbRowFn fn,
                            void *ctx)
{
    DB_SQL(st, "session_trainers",
           "SELECT account_id FROM session_trainers WHERE org_id = $1 AND session_id = $2");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(session_id)),
                          DB_COLS(db_int64_out(id)), fn, ctx);
}

DbStatus q_tsession_detail(Db *db, int64_t org_id, int64_t id, int64_t *cohort_id,
                           int64_t *starts_at, int64_t *ends_at, int64_t *location_id)
{
    DB_SQL(st, "training_session_detail",
           "SELECT cohort_id, starts_at, ends_at, COALESCE(location_id, 0) FROM training_sessions "
           "WHERE org_id = $1 AND id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(db_int64_out(cohort_id), db_int64_out(starts_at),
                                 db_int64_out(ends_at), db_int64_out(location_id)));
}

/* The trainers of a session: its own when it has some, else its cohort's. */
#define EFFECTIVE_TRAINERS(x)                                                                      \
    "(SELECT st.account_id FROM session_trainers st WHERE st.session_id = " x ".id "               \
    " UNION ALL SELECT ct.account_id FROM cohort_trainers ct WHERE ct.cohort_id = " x              \
    ".cohort_id AND NOT EXISTS (SELECT 1 FROM session_trainers z WHERE z.session_id = " x ".id))"

/* A session's conflicts: another session of the organisation overlapping it in time
 * at the same location, or with one of the same trainers. */
DbStatus q_tsession_list(Db *db, int64_t org_id, int64_t cohort_id, Arena *a, TSession *row,
                         DbRowFn fn, void *ctx)
{
    DB_SQL(st, "training_sessions_of_cohort",
           "SELECT s.id, s.starts_at, s.ends_at, COALESCE(l.name, ''), "
           "(SELECT COUNT(*) FROM training_sessions o WHERE o.org_id = s.org_id "
           "  AND o.id <> s.id AND o.starts_at < s.ends_at AND s.starts_at < o.ends_at "
           "  AND o.location_id = s.location_id), "
           "(SELECT COUNT(*) FROM training_sessions o "
           "  WHERE o.org_id = s.org_id AND o.id <> s.id "
           "  AND o.starts_at < s.ends_at AND s.starts_at < o.ends_at "
           "  AND EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = s.org_id "
           "   AND m.account_id IN " EFFECTIVE_TRAINERS(
               "o") " AND m.account_id IN " EFFECTIVE_TRAINERS("s") ")), "
                                                                    "(SELECT COUNT(*) FROM "
                                                                    "session_trainers st WHERE "
                                                                    "st.session_id = s.id) "
                                                                    "FROM training_sessions s LEFT "
                                                                    "JOIN locations l ON l.id = "
                                                                    "s.location_id "
                                                                    "WHERE s.org_id = $1 AND "
                                                                    "s.cohort_id = $2 ORDER BY "
                                                                    "s.starts_at");
    return db_select_many(
        db, &st, DB_IN(db_int64(org_id), db_int64(cohort_id)),
        DB_COLS(db_int64_out(&row->id), db_int64_out(&row->starts_at), db_int64_out(&row->ends_at),
                db_text(a, &row->location_name), db_int64_out(&row->location_clashes),
                db_int64_out(&row->trainer_clashes), db_int64_out(&row->own_trainers)),
        fn, ctx);
}

DbStatus q_tsession_count_outside(Db *db, int64_t org_id, int64_t cohort_id, int64_t from,
                                  int64_t to, int64_t *n)
{
    DB_SQL(st, "training_sessions_outside",
           "SELECT COUNT(*) FROM training_sessions WHERE org_id = $1 AND cohort_id = $2 "
           "AND (starts_at < $3 OR ends_at > $4)");
    return db_select_int64(
        db, &st, DB_IN(db_int64(org_id), db_int64(cohort_id), db_int64(from), db_int64(to)), n);
}

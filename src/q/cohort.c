/* cohort.c — statements on cohorts, their trainers, and training sessions. Every
 * statement takes org_id. */
#include "q/q.h"

#define COHORT_COLS "c.id, c.programme_id, c.name, c.starts_on, c.ends_on, c.capacity, " \
                    "c.location_id, COALESCE(l.name, ''), c.enrolled"
#define COHORT_FROM "FROM cohorts c LEFT JOIN locations l ON l.id = c.location_id AND l.org_id = c.org_id "

static void cohort_cols(DbCol *c, Arena *a, Cohort *o)
{
    c[0] = db_int64_out(&o->id);
    c[1] = db_int64_out(&o->programme_id);
    c[2] = db_text(a, &o->name);
    c[3] = db_text(a, &o->starts_on);
    c[4] = db_text(a, &o->ends_on);
    c[5] = db_int64_out(&o->capacity);
    c[6] = db_int64_out(&o->location_id);
    c[7] = db_text(a, &o->location_name);
    c[8] = db_int64_out(&o->enrolled);
    c[9] = (DbCol)DB_END;
}

static const DbStmt Q_COHORT_GET = {
    .name = "cohort_get",
    .sql = "SELECT " COHORT_COLS " " COHORT_FROM "WHERE c.org_id = $1 AND c.id = $2",
};

DbStatus q_cohort_get(Db *db, int64_t org_id, int64_t id, Arena *a, Cohort *out)
{
    DbParam in[] = {db_int64(org_id), db_int64(id), DB_END};
    DbCol col[10];
    cohort_cols(col, a, out);
    out->org_id = org_id;
    return db_select_one(db, &Q_COHORT_GET, in, col);
}

static const DbStmt Q_COHORT_LIST = {
    .name = "cohort_list",
    .sql = "SELECT " COHORT_COLS " " COHORT_FROM
           "WHERE c.org_id = $1 AND c.programme_id = $2 ORDER BY c.starts_on, c.id",
};

DbStatus q_cohort_list(Db *db, int64_t org_id, int64_t programme_id, Arena *a, Cohort *row,
                       DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(programme_id), DB_END};
    DbCol col[10];
    cohort_cols(col, a, row);
    row->org_id = org_id;
    return db_select_many(db, &Q_COHORT_LIST, in, col, fn, ctx);
}

static const DbStmt Q_COHORT_ADD = {
    .name = "cohort_add",
    .sql = "INSERT INTO cohorts (org_id, programme_id, name, starts_on, ends_on, capacity, "
           "location_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
};

DbStatus q_cohort_add(Db *db, const Cohort *c, int64_t now, int64_t *id)
{
    DbParam in[] = {db_int64(c->org_id),   db_int64(c->programme_id), db_str(c->name),
                    db_str(c->starts_on),  db_str(c->ends_on),        db_int64(c->capacity),
                    c->location_id ? db_int64(c->location_id) : db_null(), db_int64(now),
                    DB_END};
    DbCol col[] = {db_int64_out(id), DB_END};
    return db_select_one(db, &Q_COHORT_ADD, in, col);
}

static const DbStmt Q_COHORT_UPDATE = {
    .name = "cohort_update",
    .sql = "UPDATE cohorts SET name = $3, starts_on = $4, ends_on = $5, capacity = $6, "
           "location_id = $7 WHERE org_id = $1 AND id = $2 AND enrolled <= $6",
};

DbStatus q_cohort_update(Db *db, const Cohort *c)
{
    DbParam in[] = {db_int64(c->org_id), db_int64(c->id),      db_str(c->name),
                    db_str(c->starts_on), db_str(c->ends_on),  db_int64(c->capacity),
                    c->location_id ? db_int64(c->location_id) : db_null(), DB_END};
    return db_exec(db, &Q_COHORT_UPDATE, in, NULL);
}

static const DbStmt Q_TRAINERS_CLEAR = {
    .name = "cohort_trainers_clear",
    .sql = "DELETE FROM cohort_trainers WHERE org_id = $1 AND cohort_id = $2",
};

DbStatus q_cohort_trainers_clear(Db *db, int64_t org_id, int64_t cohort_id)
{
    DbParam in[] = {db_int64(org_id), db_int64(cohort_id), DB_END};
    return db_exec(db, &Q_TRAINERS_CLEAR, in, NULL);
}

/* Only members of the organisation can be its trainers: the INSERT selects them. */
static const DbStmt Q_TRAINER_ADD = {
    .name = "cohort_trainer_add",
    .sql = "INSERT INTO cohort_trainers (org_id, cohort_id, account_id) "
           "SELECT m.org_id, $2, m.account_id FROM memberships m "
           "WHERE m.org_id = $1 AND m.account_id = $3",
};

DbStatus q_cohort_trainer_add(Db *db, int64_t org_id, int64_t cohort_id, int64_t account_id)
{
    DbParam in[] = {db_int64(org_id), db_int64(cohort_id), db_int64(account_id), DB_END};
    return db_exec(db, &Q_TRAINER_ADD, in, NULL);
}

static const DbStmt Q_TRAINERS = {
    .name = "cohort_trainers",
    .sql = "SELECT a.id, a.name FROM cohort_trainers t JOIN accounts a ON a.id = t.account_id "
           "WHERE t.org_id = $1 AND t.cohort_id = $2 ORDER BY a.name",
};

DbStatus q_cohort_trainers(Db *db, int64_t org_id, int64_t cohort_id, Arena *a, int64_t *id,
                           char **name, DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(cohort_id), DB_END};
    DbCol col[] = {db_int64_out(id), db_text(a, name), DB_END};
    return db_select_many(db, &Q_TRAINERS, in, col, fn, ctx);
}

static const DbStmt Q_SESSION_ADD = {
    .name = "training_session_add",
    .sql = "INSERT INTO training_sessions (org_id, cohort_id, starts_at, ends_at, location_id, "
           "created_at) VALUES ($1, $2, $3, $4, $5, $6)",
};

DbStatus q_tsession_add(Db *db, int64_t org_id, int64_t cohort_id, int64_t starts_at,
                        int64_t ends_at, int64_t location_id, int64_t now)
{
    DbParam in[] = {db_int64(org_id), db_int64(cohort_id), db_int64(starts_at),
                    db_int64(ends_at), location_id ? db_int64(location_id) : db_null(),
                    db_int64(now), DB_END};
    return db_exec(db, &Q_SESSION_ADD, in, NULL);
}

/* A session's conflicts: another session of the organisation overlapping it in time
 * that shares its location or one of its cohort's trainers. */
static const DbStmt Q_SESSIONS = {
    .name = "training_sessions_of_cohort",
    .sql = "SELECT s.id, s.starts_at, s.ends_at, COALESCE(l.name, ''), "
           "(SELECT COUNT(*) FROM training_sessions o WHERE o.org_id = s.org_id "
           "  AND o.id <> s.id AND o.starts_at < s.ends_at AND s.starts_at < o.ends_at "
           "  AND o.location_id = s.location_id), "
           "(SELECT COUNT(*) FROM training_sessions o "
           "  JOIN cohort_trainers ot ON ot.cohort_id = o.cohort_id "
           "  JOIN cohort_trainers st ON st.cohort_id = s.cohort_id AND st.account_id = ot.account_id "
           "  WHERE o.org_id = s.org_id AND o.id <> s.id AND o.cohort_id <> s.cohort_id "
           "  AND o.starts_at < s.ends_at AND s.starts_at < o.ends_at) "
           "FROM training_sessions s LEFT JOIN locations l ON l.id = s.location_id "
           "WHERE s.org_id = $1 AND s.cohort_id = $2 ORDER BY s.starts_at",
};

DbStatus q_tsession_list(Db *db, int64_t org_id, int64_t cohort_id, Arena *a, TSession *row,
                         DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(cohort_id), DB_END};
    DbCol col[] = {db_int64_out(&row->id),        db_int64_out(&row->starts_at),
                   db_int64_out(&row->ends_at),   db_text(a, &row->location_name),
                   db_int64_out(&row->location_clashes), db_int64_out(&row->trainer_clashes),
                   DB_END};
    return db_select_many(db, &Q_SESSIONS, in, col, fn, ctx);
}

static const DbStmt Q_SESSION_RANGE = {
    .name = "training_sessions_outside",
    .sql = "SELECT COUNT(*) FROM training_sessions WHERE org_id = $1 AND cohort_id = $2 "
           "AND (starts_at < $3 OR ends_at > $4)",
};

DbStatus q_tsession_count_outside(Db *db, int64_t org_id, int64_t cohort_id, int64_t from,
                                  int64_t to, int64_t *n)
{
    DbParam in[] = {db_int64(org_id), db_int64(cohort_id), db_int64(from), db_int64(to), DB_END};
    DbCol col[] = {db_int64_out(n), DB_END};
    return db_select_one(db, &Q_SESSION_RANGE, in, col);
}

/* team.c — statements on teams (see team.h). */
#include "q/cases/team.h"

DB_STMT(Q_TEAM_ADD) = {
    .name = "team_add",
    .sql = "INSERT INTO teams (org_id, cohort_id, name, created_at) SELECT $1, c.id, $3, $4 "
           "FROM cohorts c WHERE c.org_id = $1 AND c.id = $2 RETURNING id",
};

DbStatus q_team_add(Db *db, int64_t org_id, int64_t cohort_id, const char *name, int64_t now,
                    int64_t *id)
{
    DbParam in[] = {db_int64(org_id), db_int64(cohort_id), db_str(name), db_int64(now), DB_END};
    DbCol col[] = {db_int64_out(id), DB_END};
    return db_select_one(db, &Q_TEAM_ADD, in, col);
}

DB_STMT(Q_TEAM_MEMBER_ADD) = {
    .name = "team_member_add",
    .sql = "INSERT INTO team_members (org_id, team_id, person_id) SELECT $1, t.id, e.person_id "
           "FROM teams t JOIN enrolments e ON e.cohort_id = t.cohort_id AND e.org_id = t.org_id "
           "WHERE t.org_id = $1 AND t.id = $2 AND e.person_id = $3 AND e.status = 'enrolled' "
           "ON CONFLICT DO NOTHING",
};

DbStatus q_team_member_add(Db *db, int64_t org_id, int64_t team_id, int64_t person_id)
{
    DbParam in[] = {db_int64(org_id), db_int64(team_id), db_int64(person_id), DB_END};
    return db_exec(db, &Q_TEAM_MEMBER_ADD, in, NULL);
}

DB_STMT(Q_TEAM_ASSIGN) = {
    .name = "team_assign",
    .sql = "UPDATE teams SET case_id = $3 WHERE org_id = $1 AND id = $2 AND cohort_id = "
           "(SELECT cohort_id FROM cases WHERE org_id = $1 AND id = $3 AND status = 'accepted')",
};

DbStatus q_team_assign(Db *db, int64_t org_id, int64_t team_id, int64_t case_id)
{
    DbParam in[] = {db_int64(org_id), db_int64(team_id), db_int64(case_id), DB_END};
    return db_exec(db, &Q_TEAM_ASSIGN, in, NULL);
}

/* the teams of a cohort ($2) or of a case ($3): the other is 0 */
#define TEAM_OF "t.org_id = $1 AND (t.cohort_id = $2 OR t.case_id = $3)"

DB_STMT(Q_TEAM_LIST) = {
    .name = "team_list",
    .sql = "SELECT t.id, t.cohort_id, co.name, t.name, COALESCE(t.case_id, 0), "
           "COALESCE(c.title, '') FROM teams t JOIN cohorts co ON co.id = t.cohort_id "
           "LEFT JOIN cases c ON c.id = t.case_id WHERE " TEAM_OF
           " ORDER BY t.name COLLATE \"und-x-icu\", t.id",
};

static void team_cols(DbCol *c, Arena *a, Team *t)
{
    c[0] = db_int64_out(&t->id);
    c[1] = db_int64_out(&t->cohort_id);
    c[2] = db_text(a, &t->cohort_name);
    c[3] = db_text(a, &t->name);
    c[4] = db_int64_out(&t->case_id);
    c[5] = db_text(a, &t->case_title);
}

DbStatus q_team_list(Db *db, int64_t org_id, int64_t cohort_id, int64_t case_id, Arena *a,
                     Team *row, DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(cohort_id), db_int64(case_id), DB_END};
    DbCol col[7];
    team_cols(col, a, row);
    col[6] = (DbCol)DB_END;
    return db_select_many(db, &Q_TEAM_LIST, in, col, fn, ctx);
}

DB_STMT(Q_TEAM_MEMBERS) = {
    .name = "team_members",
    .sql = "SELECT t.id, pe.id, pe.name FROM teams t JOIN team_members m ON m.team_id = t.id "
           "JOIN people pe ON pe.id = m.person_id WHERE " TEAM_OF
           " ORDER BY t.id, pe.name COLLATE \"und-x-icu\", pe.id",
};

DbStatus q_team_members(Db *db, int64_t org_id, int64_t cohort_id, int64_t case_id, Arena *a,
                        int64_t *team_id, PersonName *row, DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(cohort_id), db_int64(case_id), DB_END};
    DbCol col[] = {db_int64_out(team_id), db_int64_out(&row->id), db_text(a, &row->name), DB_END};
    return db_select_many(db, &Q_TEAM_MEMBERS, in, col, fn, ctx);
}

DB_STMT(Q_COHORT_LEARNERS) = {
    .name = "cohort_learners",
    .sql = "SELECT pe.id, pe.name FROM enrolments e JOIN people pe ON pe.id = e.person_id "
           "WHERE e.org_id = $1 AND e.cohort_id = $2 AND e.status = 'enrolled' "
           "ORDER BY pe.name COLLATE \"und-x-icu\", pe.id",
};

DbStatus q_cohort_learners(Db *db, int64_t org_id, int64_t cohort_id, Arena *a, PersonName *row,
                           DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(cohort_id), DB_END};
    DbCol col[] = {db_int64_out(&row->id), db_text(a, &row->name), DB_END};
    return db_select_many(db, &Q_COHORT_LEARNERS, in, col, fn, ctx);
}

#define MY_TEAM                                                                                    \
    "SELECT t.id, t.cohort_id, co.name, t.name, t.case_id, c.title, t.org_id, pe.id, p.name, "     \
    "o.name FROM teams t JOIN cohorts co ON co.id = t.cohort_id JOIN cases c ON c.id = t.case_id " \
    "JOIN partners p ON p.id = c.partner_id JOIN organisations o ON o.id = t.org_id "              \
    "JOIN team_members m ON m.team_id = t.id JOIN people pe ON pe.id = m.person_id "               \
    "AND pe.org_id = t.org_id WHERE pe.account_id = $1"

/* the columns of MY_TEAM */
static void my_team_cols(DbCol *c, Arena *a, Team *t, int64_t *org_id, int64_t *person_id)
{
    team_cols(c, a, t);
    c[6] = db_int64_out(org_id);
    c[7] = db_int64_out(person_id);
    c[8] = db_text(a, &t->partner_name);
    c[9] = db_text(a, &t->org_name);
    c[10] = (DbCol)DB_END;
}

DB_STMT(Q_MY_TEAMS) = {
    .name = "my_teams",
    .sql = MY_TEAM " ORDER BY t.created_at DESC, t.id DESC",
};

DbStatus q_my_teams(Db *db, int64_t account_id, Arena *a, Team *row, int64_t *org_id, DbRowFn fn,
                    void *ctx)
{
    DbParam in[] = {db_int64(account_id), DB_END};
    int64_t person = 0;
    DbCol col[11];
    my_team_cols(col, a, row, org_id, &person);
    return db_select_many(db, &Q_MY_TEAMS, in, col, fn, ctx);
}

DB_STMT(Q_MY_TEAM) = {
    .name = "my_team",
    .sql = MY_TEAM " AND t.id = $2",
};

DbStatus q_my_team(Db *db, int64_t account_id, int64_t team_id, Arena *a, Team *out,
                   int64_t *org_id, int64_t *person_id)
{
    DbParam in[] = {db_int64(account_id), db_int64(team_id), DB_END};
    DbCol col[11];
    my_team_cols(col, a, out, org_id, person_id);
    return db_select_one(db, &Q_MY_TEAM, in, col);
}

DB_STMT(Q_CASE_COHORTS) = {
    .name = "case_cohorts",
    .sql = "SELECT id, name, starts_on, ends_on FROM cohorts WHERE org_id = $1 AND ends_on >= $2 "
           "ORDER BY starts_on, name COLLATE \"und-x-icu\", id",
};

DbStatus q_case_cohorts(Db *db, int64_t org_id, const char *today, Arena *a, Cohort *row,
                        DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_str(today), DB_END};
    DbCol col[] = {db_int64_out(&row->id), db_text(a, &row->name), db_text(a, &row->starts_on),
                   db_text(a, &row->ends_on), DB_END};
    return db_select_many(db, &Q_CASE_COHORTS, in, col, fn, ctx);
}

/* funded.c — see funded.h. */
#include "q/impact/funded.h"

DbStatus q_grant_received(Db *db, int64_t org_id, int64_t grant_id)
{
    DB_SQL(st, "grant_received", "SELECT id FROM grants WHERE grantee_id = $1 AND id = $2");
    int64_t id;
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(grant_id)), &id);
}

DbStatus q_grant_programmes_clear(Db *db, int64_t org_id, int64_t grant_id)
{
    DB_SQL(st, "grant_programmes_clear",
           "DELETE FROM grant_programmes WHERE org_id = $1 AND grant_id = $2");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(grant_id)));
}

DbStatus q_grant_programme_add(Db *db, int64_t org_id, int64_t grant_id, int64_t programme_id)
{
    DB_SQL(st, "grant_programme_add",
           "INSERT INTO grant_programmes (org_id, grant_id, programme_id) "
           "SELECT g.grantee_id, g.id, p.id FROM grants g JOIN programmes p "
           "ON p.org_id = g.grantee_id WHERE g.grantee_id = $1 AND g.id = $2 AND p.id = $3 "
           "ON CONFLICT DO NOTHING");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(grant_id), db_int64(programme_id)));
}

DbStatus q_grant_programmes(Db *db, int64_t org_id, int64_t grant_id, int64_t *id, DbRowFn fn,
                            void *ctx)
{
    DB_SQL(st, "grant_programmes",
           "SELECT programme_id FROM grant_programmes WHERE org_id = $1 AND grant_id = $2 "
           "ORDER BY programme_id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(grant_id)),
                          DB_COLS(db_int64_out(id)), fn, ctx);
}

DbStatus q_funded_programmes(Db *db, int64_t org_id, int64_t call_id, FundedProgramme *row,
                             DbRowFn fn, void *ctx)
{
    DB_SQL(st, "funded_programmes",
           "SELECT gp.org_id, gp.programme_id, g.id, pr.planned_trained, pr.planned_reached "
           "FROM grants g JOIN grant_programmes gp ON gp.grant_id = g.id "
           "AND gp.org_id = g.grantee_id JOIN proposals pr ON pr.id = g.proposal_id "
           "WHERE g.org_id = $1 AND (CAST($2 AS BIGINT) = 0 OR g.call_id = $2) "
           "ORDER BY gp.org_id, gp.programme_id, g.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(call_id)),
                          DB_COLS(db_int64_out(&row->org_id), db_int64_out(&row->programme_id),
                                  db_int64_out(&row->grant_id), db_int64_out(&row->planned_trained),
                                  db_int64_out(&row->planned_reached)),
                          fn, ctx);
}

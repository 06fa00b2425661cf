/* shown.c — what a profile shows, for its learner or a partner (see shown.h). */
#include "q/talent/shown.h"

#include "q/talent/talent_sql.h"

DbStatus q_talent_competences(Db *db, TalentReader by, int64_t who, int64_t profile_id, Arena *a,
                              TalentCompetence *row, DbRowFn fn, void *ctx)
{
    DB_SQL(mine, "talent_competences",
           TALENT_COMP_SELECT "LEFT JOIN talent_competences tc ON tc.profile_id = $2 "
                              "AND tc.competence_id = c.id WHERE pe.account_id = $1 "
                              "AND x.id = " TALENT_LATEST("$1", "x.competence_id")
                                  TALENT_COMP_ORDER);
    DB_SQL(partner, "pool_competences",
           TALENT_COMP_SELECT "JOIN talent_competences tc ON tc.competence_id = c.id "
                              "JOIN talent_visible v ON v.profile_id = tc.profile_id "
                              "AND v.account_id = pe.account_id WHERE v.partner_org_id = $1 "
                              "AND v.profile_id = $2 "
                              "AND x.id = " TALENT_LATEST("v.account_id", "x.competence_id")
                                  TALENT_COMP_ORDER);
    return db_select_many(db, by == TALENT_PARTNER ? &partner : &mine,
                          DB_IN(db_int64(who), db_int64(profile_id)),
                          DB_COLS(TALENT_COMP_OUT(a, row)), fn, ctx);
}

DbStatus q_talent_credentials(Db *db, TalentReader by, int64_t who, int64_t profile_id, int64_t now,
                              Arena *a, TalentCredential *row, DbRowFn fn, void *ctx)
{
    DB_SQL(mine, "talent_credentials",
           TALENT_CRED_SELECT "LEFT JOIN talent_credentials tcr ON tcr.profile_id = $2 "
                              "AND tcr.credential_id = c.id WHERE pe.account_id = $1 "
                              "AND " TALENT_CRED_VALID("$3") TALENT_CRED_ORDER);
    DB_SQL(partner, "pool_credentials",
           TALENT_CRED_SELECT "JOIN talent_credentials tcr ON tcr.credential_id = c.id "
                              "JOIN talent_visible v ON v.profile_id = tcr.profile_id "
                              "AND v.account_id = pe.account_id WHERE v.partner_org_id = $1 "
                              "AND v.profile_id = $2 AND " TALENT_CRED_VALID("$3")
                                  TALENT_CRED_ORDER);
    return db_select_many(db, by == TALENT_PARTNER ? &partner : &mine,
                          DB_IN(db_int64(who), db_int64(profile_id), db_int64(now)),
                          DB_COLS(TALENT_CRED_OUT(a, row)), fn, ctx);
}

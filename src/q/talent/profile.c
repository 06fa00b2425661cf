/* profile.c — the learner's side of the talent pool (see profile.h). */
#include "q/talent/profile.h"

#include "q/talent/talent_sql.h"

DbStatus q_talent_mine(Db *db, int64_t account_id, Arena *a, TalentProfile *out)
{
    DB_SQL(st, "talent_mine",
           "SELECT " TALENT_PROFILE_COLS "FROM talent_profiles t WHERE t.account_id = $1");
    *out = (TalentProfile){0};
    return db_select_one(db, &st, DB_IN(db_int64(account_id)), DB_COLS(TALENT_PROFILE_OUT(a, out)));
}

DbStatus q_talent_create(Db *db, int64_t account_id, const char *handle, int64_t now, int64_t *id)
{
    DB_SQL(st, "talent_create",
           "INSERT INTO talent_profiles (account_id, handle, updated_at, created_at) "
           "VALUES ($1, $2, $3, $3) ON CONFLICT (account_id) DO NOTHING RETURNING id");
    return db_select_int64(db, &st, DB_IN(db_int64(account_id), db_str(handle), db_int64(now)), id);
}

DbStatus q_talent_save(Db *db, int64_t account_id, const TalentInput *in, int64_t now)
{
    DB_SQL(st, "talent_save",
           "UPDATE talent_profiles SET summary = $2, available_from = $3, hours_per_week = $4, "
           "contract = $5, approved_at = $6, updated_at = $6 WHERE account_id = $1");
    return db_exec(db, &st,
                   DB_IN(db_int64(account_id), db_str(in->summary), db_str(in->available_from),
                         db_int64(in->hours), db_str(vocab_key(&talent_contracts, in->contract)),
                         db_int64(now)));
}

DbStatus q_talent_visibility(Db *db, int64_t account_id, TalentVisibility v, int64_t now)
{
    DB_SQL(st, "talent_visibility",
           "UPDATE talent_profiles SET visibility = $2, updated_at = $3 WHERE account_id = $1");
    return db_exec(
        db, &st,
        DB_IN(db_int64(account_id), db_str(vocab_key(&talent_visibilities, v)), db_int64(now)));
}

DbStatus q_talent_competences_clear(Db *db, int64_t profile_id)
{
    DB_SQL(st, "talent_competences_clear", "DELETE FROM talent_competences WHERE profile_id = $1");
    return db_exec(db, &st, DB_IN(db_int64(profile_id)));
}

DbStatus q_talent_credentials_clear(Db *db, int64_t profile_id)
{
    DB_SQL(st, "talent_credentials_clear", "DELETE FROM talent_credentials WHERE profile_id = $1");
    return db_exec(db, &st, DB_IN(db_int64(profile_id)));
}

DbStatus q_talent_partners_clear(Db *db, int64_t profile_id)
{
    DB_SQL(st, "talent_partners_clear", "DELETE FROM talent_partners WHERE profile_id = $1");
    return db_exec(db, &st, DB_IN(db_int64(profile_id)));
}

DbStatus q_talent_competence_show(Db *db, int64_t profile_id, int64_t account_id,
                                  int64_t competence_id)
{
    DB_SQL(st, "talent_competence_show",
           "INSERT INTO talent_competences (profile_id, competence_id) "
           "SELECT CAST($1 AS BIGINT), c.id FROM competences c WHERE c.id = $3 AND EXISTS "
           "(SELECT 1 FROM assessments x JOIN people pe ON pe.id = x.person_id "
           "AND pe.org_id = x.org_id WHERE pe.account_id = $2 AND x.competence_id = c.id) "
           "ON CONFLICT DO NOTHING");
    return db_exec(db, &st,
                   DB_IN(db_int64(profile_id), db_int64(account_id), db_int64(competence_id)));
}

DbStatus q_talent_credential_show(Db *db, int64_t profile_id, int64_t account_id,
                                  int64_t credential_id, int64_t now)
{
    DB_SQL(st, "talent_credential_show",
           "INSERT INTO talent_credentials (profile_id, org_id, credential_id) "
           "SELECT CAST($1 AS BIGINT), c.org_id, c.id FROM credentials c JOIN people pe "
           "ON pe.org_id = c.org_id AND pe.id = c.person_id WHERE pe.account_id = $2 "
           "AND c.id = $3 AND " TALENT_CRED_VALID("$4") " ON CONFLICT DO NOTHING");
    return db_exec(
        db, &st,
        DB_IN(db_int64(profile_id), db_int64(account_id), db_int64(credential_id), db_int64(now)));
}

DbStatus q_talent_partner_choose(Db *db, int64_t profile_id, int64_t account_id, int64_t partner_id)
{
    /* one people record per organisation and account: one row at most */
    DB_SQL(st, "talent_partner_choose",
           "INSERT INTO talent_partners (profile_id, org_id, partner_id) "
           "SELECT CAST($1 AS BIGINT), pa.org_id, pa.id FROM partners pa JOIN people pe "
           "ON pe.org_id = pa.org_id WHERE pe.account_id = $2 AND pa.id = $3 "
           "AND pa.partner_org_id IS NOT NULL ON CONFLICT DO NOTHING");
    return db_exec(db, &st,
                   DB_IN(db_int64(profile_id), db_int64(account_id), db_int64(partner_id)));
}

DbStatus q_talent_choices(Db *db, int64_t account_id, int64_t profile_id, Arena *a,
                          TalentChoice *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "talent_choices",
           "SELECT pa.id, po.name, o.name, CASE WHEN tp.partner_id IS NULL THEN 0 ELSE 1 END "
           "FROM partners pa JOIN people pe ON pe.org_id = pa.org_id "
           "JOIN organisations po ON po.id = pa.partner_org_id "
           "JOIN organisations o ON o.id = pa.org_id "
           "LEFT JOIN talent_partners tp ON tp.profile_id = $2 AND tp.partner_id = pa.id "
           "WHERE pe.account_id = $1 ORDER BY po.name COLLATE \"und-x-icu\", "
           "o.name COLLATE \"und-x-icu\", pa.id");
    return db_select_many(db, &st, DB_IN(db_int64(account_id), db_int64(profile_id)),
                          DB_COLS(db_int64_out(&row->partner_id), db_text(a, &row->partner_name),
                                  db_text(a, &row->org_name), db_int64_out(&row->chosen)),
                          fn, ctx);
}

#define SEEN_OUT(a, x)                                                                             \
    db_int64_out(&(x)->org_id), db_text(a, &(x)->name), db_int64_out(&(x)->times),                 \
        db_int64_out(&(x)->last_at)

DbStatus q_talent_seen_by(Db *db, int64_t account_id, Arena *a, TalentSeen *row, DbRowFn fn,
                          void *ctx)
{
    DB_SQL(st, "talent_seen_by",
           "SELECT o.id, o.name, 0, 0 FROM talent_visible v JOIN organisations o "
           "ON o.id = v.partner_org_id WHERE v.account_id = $1 "
           "ORDER BY o.name COLLATE \"und-x-icu\", o.id");
    return db_select_many(db, &st, DB_IN(db_int64(account_id)), DB_COLS(SEEN_OUT(a, row)), fn, ctx);
}

DbStatus q_talent_opened_by(Db *db, int64_t account_id, Arena *a, TalentSeen *row, DbRowFn fn,
                            void *ctx)
{
    DB_SQL(st, "talent_opened_by",
           "SELECT o.id, o.name, COUNT(*), MAX(w.seen_at) FROM talent_views w "
           "JOIN talent_profiles t ON t.id = w.profile_id JOIN organisations o ON o.id = w.org_id "
           "WHERE t.account_id = $1 GROUP BY o.id, o.name ORDER BY MAX(w.seen_at) DESC, o.id");
    return db_select_many(db, &st, DB_IN(db_int64(account_id)), DB_COLS(SEEN_OUT(a, row)), fn, ctx);
}

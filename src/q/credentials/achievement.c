/* achievement.c — achievements (what a credential says was achieved) and the rules that
 * issue them without anyone's hand. */
#include "q/credentials/achievement.h"

DbStatus q_achievement_add(Db *db, int64_t org_id, const Achievement *in, int64_t now, int64_t *id)
{
    DB_SQL(st, "achievement_add",
           "INSERT INTO achievements (org_id, name, description, criteria, competences, "
           "valid_months, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_str(in->name), db_str(in->description),
                                 db_str(in->criteria), db_str(in->competences),
                                 db_int64(in->valid_months), db_int64(now)),
                           id);
}

#define ACH_COLS "id, name, description, criteria, competences, valid_months, created_at"

#define ACH_OUT(a, x)                                                                              \
    db_int64_out(&(x)->id), db_text(a, &(x)->name), db_text(a, &(x)->description),                 \
        db_text(a, &(x)->criteria), db_text(a, &(x)->competences),                                 \
        db_int64_out(&(x)->valid_months), db_int64_out(&(x)->created_at)

DbStatus q_achievement_get(Db *db, int64_t org_id, int64_t id, Arena *a, Achievement *out)
{
    DB_SQL(st, "achievement_get",
           "SELECT " ACH_COLS " FROM achievements WHERE org_id = $1 AND id = $2");
    out->org_id = org_id;
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)), DB_COLS(ACH_OUT(a, out)));
}

DbStatus q_achievements_list(Db *db, int64_t org_id, Arena *a, Achievement *row, DbRowFn fn,
                             void *ctx)
{
    DB_SQL(st, "achievements_list",
           "SELECT a.id, a.name, a.description, a.criteria, a.competences, a.valid_months, "
           "a.created_at, (SELECT COUNT(*) FROM credentials c WHERE c.org_id = a.org_id AND "
           "c.achievement_id = a.id) FROM achievements a WHERE a.org_id = $1 "
           "ORDER BY a.name COLLATE \"und-x-icu\", a.id");
    row->org_id = org_id;
    return db_select_many(db, &st, DB_IN(db_int64(org_id)),
                          DB_COLS(ACH_OUT(a, row), db_int64_out(&row->issued)), fn, ctx);
}

DbStatus q_rule_completion_add(Db *db, int64_t org_id, int64_t achievement_id, int64_t programme_id,
                               int64_t now)
{
    DB_SQL(st, "rule_completion_add",
           "INSERT INTO achievement_rules (org_id, achievement_id, kind, programme_id, "
           "created_at) SELECT $1, a.id, 'completion', p.id, $4 FROM achievements a "
           "JOIN programmes p ON p.org_id = a.org_id AND p.id = $3 "
           "WHERE a.org_id = $1 AND a.id = $2");
    return db_exec(
        db, &st,
        DB_IN(db_int64(org_id), db_int64(achievement_id), db_int64(programme_id), db_int64(now)));
}

DbStatus q_rule_delete(Db *db, int64_t org_id, int64_t achievement_id, int64_t rule_id)
{
    DB_SQL(st, "rule_delete",
           "DELETE FROM achievement_rules WHERE org_id = $1 AND achievement_id = $2 AND id = $3");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(achievement_id), db_int64(rule_id)));
}

DbStatus q_rules_list(Db *db, int64_t org_id, int64_t achievement_id, Arena *a,
                      AchievementRule *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "rules_list",
           "SELECT r.id, r.kind, r.programme_id, p.title_en, p.title_nl, p.title_fr FROM "
           "achievement_rules r LEFT JOIN programmes p ON p.org_id = r.org_id AND "
           "p.id = r.programme_id WHERE r.org_id = $1 AND r.achievement_id = $2 ORDER BY r.id");
    row->achievement_id = achievement_id;
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(achievement_id)),
                          DB_COLS(db_int64_out(&row->id), db_vocab(&rule_kinds, (int *)&row->kind),
                                  db_int64_out(&row->programme_id), db_text(a, &row->title[0]),
                                  db_text(a, &row->title[1]), db_text(a, &row->title[2])),
                          fn, ctx);
}

DbStatus q_rules_on_completion(Db *db, int64_t org_id, int64_t programme_id, int64_t *id,
                               DbRowFn fn, void *ctx)
{
    DB_SQL(st, "rules_on_completion",
           "SELECT achievement_id FROM achievement_rules WHERE org_id = $1 AND "
           "kind = 'completion' AND programme_id = $2 ORDER BY achievement_id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)),
                          DB_COLS(db_int64_out(id)), fn, ctx);
}

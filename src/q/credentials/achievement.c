/* achievement.c — achievements (what a credential says was achieved) and the rules that
 * issue them without anyone's hand. */
#include "q/credentials/achievement.h"

DB_STMT(Q_ACHIEVEMENT_ADD) = {
    .name = "achievement_add",
    .sql = "INSERT INTO achievements (org_id, name, description, criteria, competences, "
           "valid_months, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
};

DbStatus q_achievement_add(Db *db, int64_t org_id, const Achievement *in, int64_t now, int64_t *id)
{
    DbParam p[] = {db_int64(org_id),        db_str(in->name),
                   db_str(in->description), db_str(in->criteria),
                   db_str(in->competences), db_int64(in->valid_months),
                   db_int64(now),           DB_END};
    DbCol col[] = {db_int64_out(id), DB_END};
    return db_select_one(db, &Q_ACHIEVEMENT_ADD, p, col);
}

#define ACH_COLS "id, name, description, criteria, competences, valid_months, created_at"

static void ach_cols(DbCol *c, Arena *a, Achievement *x)
{
    c[0] = db_int64_out(&x->id);
    c[1] = db_text(a, &x->name);
    c[2] = db_text(a, &x->description);
    c[3] = db_text(a, &x->criteria);
    c[4] = db_text(a, &x->competences);
    c[5] = db_int64_out(&x->valid_months);
    c[6] = db_int64_out(&x->created_at);
}

DB_STMT(Q_ACHIEVEMENT_GET) = {
    .name = "achievement_get",
    .sql = "SELECT " ACH_COLS " FROM achievements WHERE org_id = $1 AND id = $2",
};

DbStatus q_achievement_get(Db *db, int64_t org_id, int64_t id, Arena *a, Achievement *out)
{
    DbParam in[] = {db_int64(org_id), db_int64(id), DB_END};
    DbCol col[8];
    ach_cols(col, a, out);
    col[7] = (DbCol)DB_END;
    out->org_id = org_id;
    return db_select_one(db, &Q_ACHIEVEMENT_GET, in, col);
}

DB_STMT(Q_ACHIEVEMENTS_LIST) = {
    .name = "achievements_list",
    .sql = "SELECT a.id, a.name, a.description, a.criteria, a.competences, a.valid_months, "
           "a.created_at, (SELECT COUNT(*) FROM credentials c WHERE c.org_id = a.org_id AND "
           "c.achievement_id = a.id) FROM achievements a WHERE a.org_id = $1 "
           "ORDER BY a.name COLLATE \"und-x-icu\", a.id",
};

DbStatus q_achievements_list(Db *db, int64_t org_id, Arena *a, Achievement *row, DbRowFn fn,
                             void *ctx)
{
    DbParam in[] = {db_int64(org_id), DB_END};
    DbCol col[9];
    ach_cols(col, a, row);
    col[7] = db_int64_out(&row->issued);
    col[8] = (DbCol)DB_END;
    row->org_id = org_id;
    return db_select_many(db, &Q_ACHIEVEMENTS_LIST, in, col, fn, ctx);
}

DB_STMT(Q_RULE_COMPLETION_ADD) = {
    .name = "rule_completion_add",
    .sql = "INSERT INTO achievement_rules (org_id, achievement_id, kind, programme_id, "
           "created_at) SELECT $1, a.id, 'completion', p.id, $4 FROM achievements a "
           "JOIN programmes p ON p.org_id = a.org_id AND p.id = $3 "
           "WHERE a.org_id = $1 AND a.id = $2",
};

DbStatus q_rule_completion_add(Db *db, int64_t org_id, int64_t achievement_id, int64_t programme_id,
                               int64_t now)
{
    DbParam in[] = {db_int64(org_id), db_int64(achievement_id), db_int64(programme_id),
                    db_int64(now), DB_END};
    return db_exec(db, &Q_RULE_COMPLETION_ADD, in, NULL);
}

DB_STMT(Q_RULE_DELETE) = {
    .name = "rule_delete",
    .sql = "DELETE FROM achievement_rules WHERE org_id = $1 AND achievement_id = $2 AND id = $3",
};

DbStatus q_rule_delete(Db *db, int64_t org_id, int64_t achievement_id, int64_t rule_id)
{
    DbParam in[] = {db_int64(org_id), db_int64(achievement_id), db_int64(rule_id), DB_END};
    return db_exec(db, &Q_RULE_DELETE, in, NULL);
}

DB_STMT(Q_RULES_LIST) = {
    .name = "rules_list",
    .sql = "SELECT r.id, r.kind, r.programme_id, p.title_en, p.title_nl, p.title_fr FROM "
           "achievement_rules r LEFT JOIN programmes p ON p.org_id = r.org_id AND "
           "p.id = r.programme_id WHERE r.org_id = $1 AND r.achievement_id = $2 ORDER BY r.id",
};

DbStatus q_rules_list(Db *db, int64_t org_id, int64_t achievement_id, Arena *a,
                      AchievementRule *row, DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(achievement_id), DB_END};
    DbCol col[] = {db_int64_out(&row->id),
                   db_vocab(&rule_kinds, (int *)&row->kind),
                   db_int64_out(&row->programme_id),
                   db_text(a, &row->title[0]),
                   db_text(a, &row->title[1]),
                   db_text(a, &row->title[2]),
                   DB_END};
    row->achievement_id = achievement_id;
    return db_select_many(db, &Q_RULES_LIST, in, col, fn, ctx);
}

DB_STMT(Q_RULES_ON_COMPLETION) = {
    .name = "rules_on_completion",
    .sql = "SELECT achievement_id FROM achievement_rules WHERE org_id = $1 AND "
           "kind = 'completion' AND programme_id = $2 ORDER BY achievement_id",
};

DbStatus q_rules_on_completion(Db *db, int64_t org_id, int64_t programme_id, int64_t *id,
                               DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(programme_id), DB_END};
    DbCol col[] = {db_int64_out(id), DB_END};
    return db_select_many(db, &Q_RULES_ON_COMPLETION, in, col, fn, ctx);
}

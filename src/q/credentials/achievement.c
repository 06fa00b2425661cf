/* achievement.c — achievements (what a credential says was achieved) and the rules that
 * issue them without anyone's hand. */
#include "q/credentials/achievement.h"

DB_STMT(Q_ACHIEVEMENT_ADD) = {
    .name = "achievement_add",
    .sql = "INSERT INTO achievements (org_id, name, description, criteria, competences, "
           "valid_months, created_at, name_en, name_nl, name_fr, description_en, description_nl, "
           "description_fr, criteria_en, criteria_nl, criteria_fr) VALUES ($1, $2, $3, $4, $5, "
           "$6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id",
};

/* a translation, NULL when not written */
static DbParam tr_param(const char *s)
{
    return s && *s ? db_str(s) : db_null();
}

DbStatus q_achievement_add(Db *db, int64_t org_id, const Achievement *in, int64_t now, int64_t *id)
{
    DbParam p[] = {db_int64(org_id),
                   db_str(in->name),
                   db_str(in->description),
                   db_str(in->criteria),
                   db_str(in->competences),
                   db_int64(in->valid_months),
                   db_int64(now),
                   tr_param(in->name_tr[LANG_EN]),
                   tr_param(in->name_tr[LANG_NL]),
                   tr_param(in->name_tr[LANG_FR]),
                   tr_param(in->description_tr[LANG_EN]),
                   tr_param(in->description_tr[LANG_NL]),
                   tr_param(in->description_tr[LANG_FR]),
                   tr_param(in->criteria_tr[LANG_EN]),
                   tr_param(in->criteria_tr[LANG_NL]),
                   tr_param(in->criteria_tr[LANG_FR]),
                   DB_END};
    DbCol col[] = {db_int64_out(id), DB_END};
    return db_select_one(db, &Q_ACHIEVEMENT_ADD, p, col);
}

#define ACH_COLS                                                                                   \
    "a.id, a.name, a.description, a.criteria, a.competences, a.valid_months, a.created_at, "       \
    "a.name_en, a.name_nl, a.name_fr, a.description_en, a.description_nl, a.description_fr, "      \
    "a.criteria_en, a.criteria_nl, a.criteria_fr"
#define ACH_NCOLS 16

static void ach_cols(DbCol *c, Arena *a, Achievement *x)
{
    c[0] = db_int64_out(&x->id);
    c[1] = db_text(a, &x->name);
    c[2] = db_text(a, &x->description);
    c[3] = db_text(a, &x->criteria);
    c[4] = db_text(a, &x->competences);
    c[5] = db_int64_out(&x->valid_months);
    c[6] = db_int64_out(&x->created_at);
    for (int l = 0; l < LANG_COUNT; l++) {
        c[7 + l] = db_text(a, &x->name_tr[l]);
        c[10 + l] = db_text(a, &x->description_tr[l]);
        c[13 + l] = db_text(a, &x->criteria_tr[l]);
    }
}

DB_STMT(Q_ACHIEVEMENT_GET) = {
    .name = "achievement_get",
    .sql = "SELECT " ACH_COLS " FROM achievements a WHERE a.org_id = $1 AND a.id = $2",
};

DbStatus q_achievement_get(Db *db, int64_t org_id, int64_t id, Arena *a, Achievement *out)
{
    DbParam in[] = {db_int64(org_id), db_int64(id), DB_END};
    DbCol col[ACH_NCOLS + 1];
    ach_cols(col, a, out);
    col[ACH_NCOLS] = (DbCol)DB_END;
    out->org_id = org_id;
    return db_select_one(db, &Q_ACHIEVEMENT_GET, in, col);
}

DB_STMT(Q_ACHIEVEMENTS_LIST) = {
    .name = "achievements_list",
    .sql = "SELECT " ACH_COLS ", (SELECT COUNT(*) FROM credentials c WHERE c.org_id = a.org_id AND "
           "c.achievement_id = a.id) FROM achievements a WHERE a.org_id = $1 "
           "ORDER BY a.name COLLATE \"und-x-icu\", a.id",
};

DbStatus q_achievements_list(Db *db, int64_t org_id, Arena *a, Achievement *row, DbRowFn fn,
                             void *ctx)
{
    DbParam in[] = {db_int64(org_id), DB_END};
    DbCol col[ACH_NCOLS + 2];
    ach_cols(col, a, row);
    col[ACH_NCOLS] = db_int64_out(&row->issued);
    col[ACH_NCOLS + 1] = (DbCol)DB_END;
    row->org_id = org_id;
    return db_select_many(db, &Q_ACHIEVEMENTS_LIST, in, col, fn, ctx);
}

DB_STMT(Q_RULE_PROGRAMME_ADD) = {
    .name = "rule_programme_add",
    .sql = "INSERT INTO achievement_rules (org_id, achievement_id, kind, programme_id, "
           "created_at) SELECT $1, a.id, $5, p.id, $4 FROM achievements a "
           "JOIN programmes p ON p.org_id = a.org_id AND p.id = $3 "
           "WHERE a.org_id = $1 AND a.id = $2",
};

DbStatus q_rule_programme_add(Db *db, int64_t org_id, int64_t achievement_id, RuleKind kind,
                              int64_t programme_id, int64_t now)
{
    DbParam in[] = {db_int64(org_id),
                    db_int64(achievement_id),
                    db_int64(programme_id),
                    db_int64(now),
                    db_str(vocab_key(&rule_kinds, kind)),
                    DB_END};
    return db_exec(db, &Q_RULE_PROGRAMME_ADD, in, NULL);
}

/* a competence shared (DigComp) or the organisation's own */
DB_STMT(Q_RULE_LEVEL_ADD) = {
    .name = "rule_level_add",
    .sql = "INSERT INTO achievement_rules (org_id, achievement_id, kind, competence_id, "
           "min_level, created_at) SELECT $1, a.id, 'level', c.id, $4, $5 FROM achievements a "
           "JOIN competences c ON c.id = $3 AND (c.org_id IS NULL OR c.org_id = $1) "
           "WHERE a.org_id = $1 AND a.id = $2",
};

DbStatus q_rule_level_add(Db *db, int64_t org_id, int64_t achievement_id, int64_t competence_id,
                          int64_t min_level, int64_t now)
{
    DbParam in[] = {db_int64(org_id),        db_int64(achievement_id),
                    db_int64(competence_id), db_int64(min_level),
                    db_int64(now),           DB_END};
    return db_exec(db, &Q_RULE_LEVEL_ADD, in, NULL);
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
    .sql = "SELECT r.id, r.kind, COALESCE(r.programme_id, 0), p.title_en, p.title_nl, "
           "p.title_fr, COALESCE(r.competence_id, 0), COALESCE(r.min_level, 0), c.code, c.title, "
           "c.title_nl, c.title_fr, l.title, l.title_nl, l.title_fr FROM achievement_rules r "
           "LEFT JOIN programmes p ON p.org_id = r.org_id AND p.id = r.programme_id "
           "LEFT JOIN competences c ON c.id = r.competence_id "
           "LEFT JOIN framework_levels l ON l.framework_id = c.framework_id AND "
           "l.level = r.min_level WHERE r.org_id = $1 AND r.achievement_id = $2 ORDER BY r.id",
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
                   db_int64_out(&row->competence_id),
                   db_int64_out(&row->min_level),
                   db_text(a, &row->code),
                   db_text(a, &row->comp_title[0]),
                   db_text(a, &row->comp_title[1]),
                   db_text(a, &row->comp_title[2]),
                   db_text(a, &row->level_title[0]),
                   db_text(a, &row->level_title[1]),
                   db_text(a, &row->level_title[2]),
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

/* the rules of the learner's achievements not yet issued to person_id in any way */
#define NOT_ISSUED                                                                                 \
    "NOT EXISTS (SELECT 1 FROM credentials x WHERE x.org_id = r.org_id AND x.person_id = $2 "      \
    "AND x.achievement_id = r.achievement_id)"

DB_STMT(Q_RULES_ON_LEVEL) = {
    .name = "rules_on_level",
    .sql = "SELECT r.achievement_id FROM achievement_rules r WHERE r.org_id = $1 AND "
           "r.kind = 'level' AND r.competence_id = $3 AND r.min_level <= $4 AND " NOT_ISSUED
           " ORDER BY r.achievement_id",
};

DbStatus q_rules_on_level(Db *db, int64_t org_id, int64_t person_id, int64_t competence_id,
                          int64_t level, int64_t *id, DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(person_id), db_int64(competence_id), db_int64(level),
                    DB_END};
    DbCol col[] = {db_int64_out(id), DB_END};
    return db_select_many(db, &Q_RULES_ON_LEVEL, in, col, fn, ctx);
}

DB_STMT(Q_RULES_ON_CERTIFIED) = {
    .name = "rules_on_certified",
    .sql = "SELECT r.achievement_id, r.programme_id FROM achievement_rules r WHERE "
           "r.org_id = $1 AND r.kind = 'certified' AND EXISTS (SELECT 1 FROM enrolments e "
           "JOIN cohorts c ON c.org_id = e.org_id AND c.id = e.cohort_id WHERE "
           "e.org_id = r.org_id AND e.person_id = $2 AND c.programme_id = r.programme_id) "
           "AND " NOT_ISSUED " ORDER BY r.achievement_id, r.programme_id",
};

DbStatus q_rules_on_certified(Db *db, int64_t org_id, int64_t person_id, RuleMatch *row, DbRowFn fn,
                              void *ctx)
{
    DbParam in[] = {db_int64(org_id), db_int64(person_id), DB_END};
    DbCol col[] = {db_int64_out(&row->achievement_id), db_int64_out(&row->programme_id), DB_END};
    return db_select_many(db, &Q_RULES_ON_CERTIFIED, in, col, fn, ctx);
}

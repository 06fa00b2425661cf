/* achievement.c — achievements (what a credential says was achieved) and the rules that
 * issue them without anyone's hand. */
#include "q/credentials/achievement.h"

/* a translation, NULL when not written */
static DbParam tr_param(const char *s)
{
    return s && *s ? db_str(s) : db_null();
}

DbStatus q_achievement_add(Db *db, int64_t org_id, const Achievement *in, int64_t now, int64_t *id)
{
    DB_SQL(st, "achievement_add",
           "INSERT INTO achievements (org_id, name, description, criteria, competences, "
           "valid_months, created_at, name_en, name_nl, name_fr, description_en, description_nl, "
           "description_fr, criteria_en, criteria_nl, criteria_fr) VALUES ($1, $2, $3, $4, $5, "
           "$6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id");
    return db_select_int64(
        db, &st,
        DB_IN(db_int64(org_id), db_str(in->name), db_str(in->description), db_str(in->criteria),
              db_str(in->competences), db_int64(in->valid_months), db_int64(now),
              tr_param(in->name_tr[LANG_EN]), tr_param(in->name_tr[LANG_NL]),
              tr_param(in->name_tr[LANG_FR]), tr_param(in->description_tr[LANG_EN]),
              tr_param(in->description_tr[LANG_NL]), tr_param(in->description_tr[LANG_FR]),
              tr_param(in->criteria_tr[LANG_EN]), tr_param(in->criteria_tr[LANG_NL]),
              tr_param(in->criteria_tr[LANG_FR])),
        id);
}

DbStatus q_achievement_update(Db *db, int64_t org_id, const Achievement *in)
{
    DB_SQL(st, "achievement_update",
           "UPDATE achievements SET name = $3, description = $4, criteria = $5, competences = $6, "
           "valid_months = $7, name_en = $8, name_nl = $9, name_fr = $10, description_en = $11, "
           "description_nl = $12, description_fr = $13, criteria_en = $14, criteria_nl = $15, "
           "criteria_fr = $16 WHERE org_id = $1 AND id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(in->id), db_str(in->name),
                         db_str(in->description), db_str(in->criteria), db_str(in->competences),
                         db_int64(in->valid_months), tr_param(in->name_tr[LANG_EN]),
                         tr_param(in->name_tr[LANG_NL]), tr_param(in->name_tr[LANG_FR]),
                         tr_param(in->description_tr[LANG_EN]),
                         tr_param(in->description_tr[LANG_NL]),
                         tr_param(in->description_tr[LANG_FR]), tr_param(in->criteria_tr[LANG_EN]),
                         tr_param(in->criteria_tr[LANG_NL]), tr_param(in->criteria_tr[LANG_FR])));
}

#define ACH_COLS                                                                                   \
    "a.id, a.name, a.description, a.criteria, a.competences, a.valid_months, a.created_at, "       \
    "a.name_en, a.name_nl, a.name_fr, a.description_en, a.description_nl, a.description_fr, "      \
    "a.criteria_en, a.criteria_nl, a.criteria_fr"

/* The columns of ACH_COLS, read into *x. */
#define ACH_OUT(a, x)                                                                              \
    db_int64_out(&(x)->id), db_text(a, &(x)->name), db_text(a, &(x)->description),                 \
        db_text(a, &(x)->criteria), db_text(a, &(x)->competences),                                 \
        db_int64_out(&(x)->valid_months), db_int64_out(&(x)->created_at),                          \
        db_text(a, &(x)->name_tr[0]), db_text(a, &(x)->name_tr[1]), db_text(a, &(x)->name_tr[2]),  \
        db_text(a, &(x)->description_tr[0]), db_text(a, &(x)->description_tr[1]),                  \
        db_text(a, &(x)->description_tr[2]), db_text(a, &(x)->criteria_tr[0]),                     \
        db_text(a, &(x)->criteria_tr[1]), db_text(a, &(x)->criteria_tr[2])

DbStatus q_achievement_get(Db *db, int64_t org_id, int64_t id, Arena *a, Achievement *out)
{
    DB_SQL(st, "achievement_get",
           "SELECT " ACH_COLS " FROM achievements a WHERE a.org_id = $1 AND a.id = $2");
    out->org_id = org_id;
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)), DB_COLS(ACH_OUT(a, out)));
}

DbStatus q_achievements_list(Db *db, int64_t org_id, Arena *a, Achievement *row, DbRowFn fn,
                             void *ctx)
{
    DB_SQL(st, "achievements_list",
           "SELECT " ACH_COLS ", (SELECT COUNT(*) FROM credentials c WHERE c.org_id = a.org_id AND "
           "c.achievement_id = a.id) FROM achievements a WHERE a.org_id = $1 "
           "ORDER BY a.name COLLATE \"und-x-icu\", a.id");
    row->org_id = org_id;
    return db_select_many(db, &st, DB_IN(db_int64(org_id)),
                          DB_COLS(ACH_OUT(a, row), db_int64_out(&row->issued)), fn, ctx);
}

DbStatus q_rule_programme_add(Db *db, int64_t org_id, int64_t achievement_id, RuleKind kind,
                              int64_t programme_id, int64_t now)
{
    DB_SQL(st, "rule_programme_add",
           "INSERT INTO achievement_rules (org_id, achievement_id, kind, programme_id, "
           "created_at) SELECT $1, a.id, $5, p.id, $4 FROM achievements a "
           "JOIN programmes p ON p.org_id = a.org_id AND p.id = $3 "
           "WHERE a.org_id = $1 AND a.id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(achievement_id), db_int64(programme_id),
                         db_int64(now), db_str(vocab_key(&rule_kinds, kind))));
}

/* a competence shared (DigComp) or the organisation's own */
DbStatus q_rule_level_add(Db *db, int64_t org_id, int64_t achievement_id, int64_t competence_id,
                          int64_t min_level, int64_t now)
{
    DB_SQL(st, "rule_level_add",
           "INSERT INTO achievement_rules (org_id, achievement_id, kind, competence_id, "
           "min_level, created_at) SELECT $1, a.id, 'level', c.id, $4, $5 FROM achievements a "
           "JOIN competences c ON c.id = $3 AND (c.org_id IS NULL OR c.org_id = $1) "
           "WHERE a.org_id = $1 AND a.id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(achievement_id), db_int64(competence_id),
                         db_int64(min_level), db_int64(now)));
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
           "SELECT r.id, r.kind, COALESCE(r.programme_id, 0), p.title_en, p.title_nl, "
           "p.title_fr, COALESCE(r.competence_id, 0), COALESCE(r.min_level, 0), c.code, c.title, "
           "c.title_nl, c.title_fr, l.title, l.title_nl, l.title_fr FROM achievement_rules r "
           "LEFT JOIN programmes p ON p.org_id = r.org_id AND p.id = r.programme_id "
           "LEFT JOIN competences c ON c.id = r.competence_id "
           "LEFT JOIN framework_levels l ON l.framework_id = c.framework_id AND "
           "l.level = r.min_level WHERE r.org_id = $1 AND r.achievement_id = $2 ORDER BY r.id");
    row->achievement_id = achievement_id;
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(achievement_id)),
                          DB_COLS(db_int64_out(&row->id), db_vocab(&rule_kinds, (int *)&row->kind),
                                  db_int64_out(&row->programme_id), db_text(a, &row->title[0]),
                                  db_text(a, &row->title[1]), db_text(a, &row->title[2]),
                                  db_int64_out(&row->competence_id), db_int64_out(&row->min_level),
                                  db_text(a, &row->code), db_text(a, &row->comp_title[0]),
                                  db_text(a, &row->comp_title[1]), db_text(a, &row->comp_title[2]),
                                  db_text(a, &row->level_title[0]),
                                  db_text(a, &row->level_title[1]),
                                  db_text(a, &row->level_title[2])),
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

/* the rules of the learner's achievements not yet issued to person_id in any way */
#define NOT_ISSUED                                                                                 \
    "NOT EXISTS (SELECT 1 FROM credentials x WHERE x.org_id = r.org_id AND x.person_id = $2 "      \
    "AND x.achievement_id = r.achievement_id)"

DbStatus q_rules_on_level(Db *db, int64_t org_id, int64_t person_id, int64_t competence_id,
                          int64_t level, int64_t *id, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "rules_on_level",
           "SELECT r.achievement_id FROM achievement_rules r WHERE r.org_id = $1 AND "
           "r.kind = 'level' AND r.competence_id = $3 AND r.min_level <= $4 AND " NOT_ISSUED
           " ORDER BY r.achievement_id");
    return db_select_many(
        db, &st,
        DB_IN(db_int64(org_id), db_int64(person_id), db_int64(competence_id), db_int64(level)),
        DB_COLS(db_int64_out(id)), fn, ctx);
}

DbStatus q_rules_on_certified(Db *db, int64_t org_id, int64_t person_id, RuleMatch *row, DbRowFn fn,
                              void *ctx)
{
    DB_SQL(st, "rules_on_certified",
           "SELECT r.achievement_id, r.programme_id FROM achievement_rules r WHERE "
           "r.org_id = $1 AND r.kind = 'certified' AND EXISTS (SELECT 1 FROM enrolments e "
           "JOIN cohorts c ON c.org_id = e.org_id AND c.id = e.cohort_id WHERE "
           "e.org_id = r.org_id AND e.person_id = $2 AND c.programme_id = r.programme_id) "
           "AND " NOT_ISSUED " ORDER BY r.achievement_id, r.programme_id");
    return db_select_many(
        db, &st, DB_IN(db_int64(org_id), db_int64(person_id)),
        DB_COLS(db_int64_out(&row->achievement_id), db_int64_out(&row->programme_id)), fn, ctx);
}

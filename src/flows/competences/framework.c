/* flows/competences/framework.c — own frameworks and programmes' targets (see framework.h). */
#include "flows/competences/framework.h"

#include "domain/evidence.h"
#include "flows/tx.h"
#include "q/competences/assessment.h"
#include "q/competences/framework.h"
#include "q/system/app.h"

/* The own framework id, open for changes: ERR_NOT_FOUND for a shipped one, another
 * organisation's or an archived one. */
static bool own_open(const Flow *f, int64_t id, Outcome *o)
{
    Framework fw;
    DbStatus st = q_framework_get(f->db, f->who->org_id, id, f->arena, &fw);
    if (st < DB_NONE)
        outcome_db(o, st);
    else if (st == DB_NONE || fw.org_id != f->who->org_id || fw.archived)
        outcome_error(o, ERR_NOT_FOUND);
    return o->ok;
}

typedef struct SaveTx {
    int64_t id;
    const char *title;
    char **levels;
    int n;
} SaveTx;

static DbStatus save_tx(const Flow *f, void *ctx)
{
    SaveTx *t = ctx;
    Db *db = f->db;
    int64_t org = f->who->org_id;
    DbStatus st = t->id ? q_framework_rename(db, org, t->id, t->title)
                        : q_framework_add(db, org, t->title, f->now, &t->id);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    for (int i = 0; i < t->n; i++)
        if ((st = q_level_put(db, org, t->id, i + 1, t->levels[i])) < DB_NONE)
            return st;
    return q_level_trim(db, org, t->id, t->n);
}

Outcome flow_framework_save(const Flow *f, int64_t id, const char *title, const char *levels)
{
    Outcome o = outcome_ok();
    if (id && !own_open(f, id, &o))
        return o;
    char *names[SCALE_MAX];
    int n = scale_parse(f->arena, levels, 100, names);
    if (n < 0)
        outcome_field(&o, "levels",
                      arena_printf(f->arena,
                                   F_(f, "Give at most %d levels, each of at most 100 characters."),
                                   SCALE_MAX));
    else if (n < 2)
        outcome_field(&o, "levels", F_(f, "Give at least two levels, one a line, lowest first."));
    if (!o.ok)
        return o;
    if (id) {
        int64_t used = 0;
        DbStatus st = q_level_max_used(f->db, f->who->org_id, id, &used);
        if (st < DB_NONE) {
            outcome_db(&o, st);
            return o;
        }
        if (used > n) {
            outcome_field(&o, "levels",
                          arena_printf(f->arena,
                                       F_(f, "Level %lld is in use: the scale cannot be "
                                             "shorter than that."),
                                       (long long)used));
            return o;
        }
    }
    SaveTx t = {id, title, names, n};
    DbStatus st = flow_tx(f, save_tx, &t);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    o.id = t.id;
    q_audit(f->db, f->who->org_id, f->who->account_id, id ? "framework_update" : "framework_add",
            title, f->now);
    return o;
}

Outcome flow_framework_archive(const Flow *f, int64_t id)
{
    Outcome o = outcome_ok();
    o.id = id;
    if (!own_open(f, id, &o))
        return o;
    DbStatus st = q_framework_archive(f->db, f->who->org_id, id);
    if (st != DB_ONE)
        outcome_db(&o, st < DB_NONE ? st : DB_ERROR);
    else
        q_audit(f->db, f->who->org_id, f->who->account_id, "framework_archive", NULL, f->now);
    return o;
}

Outcome flow_area_add(const Flow *f, int64_t framework_id, const char *title)
{
    Outcome o = outcome_ok();
    o.id = framework_id;
    if (!own_open(f, framework_id, &o))
        return o;
    int64_t area = 0;
    DbStatus st = q_area_add(f->db, f->who->org_id, framework_id, title, &area);
    if (st != DB_ONE)
        outcome_db(&o, st < DB_NONE ? st : DB_ERROR);
    return o;
}

Outcome flow_competence_add(const Flow *f, int64_t framework_id, int64_t area_id, const char *code,
                            const char *title)
{
    Outcome o = outcome_ok();
    o.id = framework_id;
    if (!own_open(f, framework_id, &o))
        return o;
    int64_t id = 0;
    DbStatus st = q_competence_add(f->db, f->who->org_id, framework_id, area_id, code, title, &id);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_field(
            &o, "area_id",
            arena_printf(f->arena, F_(f, "Choose one of the options for %s."), F_(f, "Area")));
    return o;
}

void flow_level_check(const Flow *f, int64_t competence_id, int64_t level, const char *field,
                      Outcome *o)
{
    DbStatus st = q_level_exists(f->db, f->who->org_id, competence_id, level);
    if (st < DB_NONE)
        outcome_db(o, st);
    else if (st == DB_NONE)
        outcome_field(o, field,
                      arena_printf(f->arena,
                                   F_(f, "Level %lld is not on the scale of this competence's "
                                         "framework."),
                                   (long long)level));
}

Outcome flow_target_set(const Flow *f, int64_t programme_id, int64_t competence_id, int64_t level)
{
    Outcome o = outcome_ok();
    o.id = programme_id;
    Competence c;
    DbStatus st = q_competence_get(f->db, f->who->org_id, competence_id, f->arena, &c);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    if (st == DB_NONE || c.archived) {
        outcome_field(&o, "competence_id",
                      arena_printf(f->arena, F_(f, "Choose one of the options for %s."),
                                   F_(f, "Competence")));
        return o;
    }
    flow_level_check(f, competence_id, level, "level", &o);
    if (!o.ok)
        return o;
    st = q_target_put(f->db, f->who->org_id, programme_id, competence_id, level);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    return o;
}

Outcome flow_target_remove(const Flow *f, int64_t programme_id, int64_t competence_id)
{
    Outcome o = outcome_ok();
    o.id = programme_id;
    DbStatus st = q_target_remove(f->db, f->who->org_id, programme_id, competence_id);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    return o;
}

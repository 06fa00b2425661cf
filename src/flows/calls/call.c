/* flows/calls/call.c — a funder's calls for projects and target groups (see call.h). */
#include "flows/calls/call.h"

#include "core/arena.h"
#include "domain/disagree.h"
#include "domain/groups.h"
#include "domain/tranches.h"
#include "flows/tx.h"
#include "q/calls/call.h"

static bool refused(const Outcome *o, const char *field)
{
    return form_error_for(&o->fields, field) != NULL;
}

static const char *const tranche_pct_fields[TRANCHE_MAX] = {"tranche1_pct", "tranche2_pct",
                                                            "tranche3_pct"};

/* The rules of a call's terms that the form reader cannot check. */
static void call_check(const Flow *f, const Call *c, Outcome *o)
{
    if (!c->title[0] && !c->title[1] && !c->title[2])
        outcome_field(o, "title_en", F_(f, "Give the title in at least one language."));
    if (!refused(o, "min_grant") && !refused(o, "max_grant") && c->max_grant < c->min_grant)
        outcome_field(o, "max_grant", F_(f, "The largest grant cannot be below the smallest."));
    if (!refused(o, "budget") && !refused(o, "max_grant") && c->max_grant > c->budget)
        outcome_field(o, "max_grant", F_(f, "The largest grant cannot exceed the budget."));
    if (!refused(o, "opens_at") && !refused(o, "closes_at") && c->closes_at <= c->opens_at)
        outcome_field(o, "closes_at", F_(f, "The call must close after it opens."));
    if (!refused(o, "scale_min") && !refused(o, "scale_max") && c->scale_max <= c->scale_min)
        outcome_field(o, "scale_max", F_(f, "The highest score must be above the lowest."));
    if (!refused(o, "disagree_pct") &&
        (c->disagree_pct < 0 || c->disagree_pct > DOM_DISAGREE_MAX_PCT))
        outcome_field(o, "disagree_pct", F_(f, "Give a share of the scale from 0 to 100 %."));
    for (int t = 0; t < TRANCHE_MAX; t++)
        if (refused(o, tranche_pct_fields[t]))
            return;
    int bad;
    switch (dom_tranche_check(&c->tranches, &bad)) {
    case TRANCHE_OK:
        break;
    case TRANCHE_NONE:
        outcome_field(o, "tranche1_pct", F_(f, "Plan at least one tranche."));
        break;
    case TRANCHE_BAD_PCT:
        outcome_field(o, tranche_pct_fields[bad], F_(f, "A tranche is from 1 to 100 %."));
        break;
    case TRANCHE_BAD_ORDER:
        outcome_field(o, tranche_pct_fields[bad],
                      F_(f, "Each tranche comes at a later step than the one before: on "
                            "signature, on the interim report, on the final report."));
        break;
    case TRANCHE_NOT_100:
        outcome_field(o, "tranche1_pct", F_(f, "The tranches must add up to 100 %."));
        break;
    }
}

typedef struct CallSave {
    Call *c;
    bool updated;
} CallSave;

static bool any_row(void *ctx)
{
    *(bool *)ctx = true;
    return false;
}

static DbStatus call_save_tx(const Flow *f, void *ctx)
{
    CallSave *s = ctx;
    Db *db = f->db;
    if (s->c->id) {
        DbStatus st = q_call_update(db, s->c, f->now);
        s->updated = st == DB_ONE;
        return st;
    }
    TargetGroup g;
    bool has = false;
    DbStatus st = q_target_groups(db, s->c->org_id, f->arena, &g, any_row, &has);
    if (st < DB_NONE || (st = q_call_add(db, s->c, f->now, &s->c->id)) < DB_NONE || has)
        return st;
    for (size_t i = 0; i < DEFAULT_GROUPS; i++)
        if ((st = q_target_group_add(db, s->c->org_id, default_groups[i])) < DB_NONE)
            return st;
    return DB_ONE;
}

Outcome flow_call_save(const Flow *f, Call *c, const FormErrors *read)
{
    Outcome o = outcome_read(read);
    c->org_id = f->who->org_id;
    call_check(f, c, &o);
    if (!o.ok)
        return o;
    CallSave s = {.c = c};
    DbStatus st = flow_tx(f, call_save_tx, &s);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    if (c->id && st == DB_NONE && !s.updated) {
        outcome_conflict(&o, "title_en", F_(f, "A decided call can no longer be changed."));
        return o;
    }
    o.id = c->id;
    return o;
}

Outcome flow_call_item_add(const Flow *f, int64_t call_id, CallItem *it, const FormErrors *read)
{
    Outcome o = outcome_read(read);
    if (!it->text[0] && !it->text[1] && !it->text[2])
        outcome_field(&o, "text_en", F_(f, "Write it in at least one language."));
    if (!refused(&o, "kind") && it->kind != ITEM_CRITERION)
        it->weight = 0;
    else if (!refused(&o, "weight") && it->weight < 1)
        outcome_field(&o, "weight", F_(f, "An award criterion needs a weight from 1 to 100."));
    if (!o.ok)
        return o;
    DbStatus st = q_call_item_add(f->db, f->who->org_id, call_id, it);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_field(&o, "kind", F_(f, "A decided call can no longer be changed."));
    o.id = call_id;
    return o;
}

Outcome flow_call_item_remove(const Flow *f, int64_t item_id)
{
    Outcome o = outcome_ok();
    DbStatus st = q_call_item_delete(f->db, f->who->org_id, item_id, &o.id);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    return o;
}

typedef struct GroupsTx {
    int64_t org_id, call_id;
    const int64_t *ids;
    int n;
    bool stranger;
} GroupsTx;

static DbStatus groups_tx(const Flow *f, void *ctx)
{
    GroupsTx *t = ctx;
    Db *db = f->db;
    DbStatus st = q_call_groups_clear(db, t->org_id, t->call_id);
    for (int i = 0; st >= DB_NONE && i < t->n; i++) {
        st = q_call_group_add(db, t->org_id, t->call_id, t->ids[i]);
        if (st == DB_NONE) {
            t->stranger = true;
            return DB_CONFLICT;
        }
    }
    return st;
}

bool flow_call_of(const Flow *f, int64_t call_id, Call *c, Outcome *o)
{
    DbStatus st = q_call_get(f->db, f->who->org_id, call_id, f->arena, c);
    if (st != DB_ONE)
        *o = outcome_missing(st);
    return st == DB_ONE;
}

bool flow_call_undecided(const Flow *f, int64_t call_id, Call *c, Outcome *o)
{
    if (flow_call_of(f, call_id, c, o) && c->status == CALL_DECIDED)
        outcome_error(o, ERR_FORBIDDEN);
    return o->ok;
}

Outcome flow_call_groups(const Flow *f, int64_t call_id, const int64_t *group_ids, int n)
{
    Outcome o = outcome_ok();
    Call c;
    if (!flow_call_undecided(f, call_id, &c, &o))
        return o;
    GroupsTx t = {.org_id = c.org_id, .call_id = c.id, .ids = group_ids, .n = n};
    DbStatus st = flow_tx(f, groups_tx, &t);
    if (t.stranger)
        outcome_error(&o, ERR_BAD_REQUEST);
    else if (st < DB_NONE)
        outcome_db(&o, st);
    o.id = c.id;
    return o;
}

typedef struct Criteria {
    CallItem row;
    int n;
} Criteria;

static bool count_criterion(void *ctx)
{
    Criteria *k = ctx;
    if (k->row.kind == ITEM_CRITERION)
        k->n++;
    return true;
}

Outcome flow_call_publish(const Flow *f, int64_t call_id)
{
    Outcome o = outcome_ok();
    Call c;
    if (!flow_call_of(f, call_id, &c, &o))
        return o;
    Criteria k = {0};
    DbStatus st = q_call_items(f->db, c.org_id, c.id, f->arena, &k.row, count_criterion, &k);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    o.id = c.id;
    if (!k.n) {
        outcome_conflict(&o, "kind", F_(f, "Add at least one award criterion before publishing."));
        return o;
    }
    if ((st = q_call_publish(f->db, c.org_id, c.id, f->now)) < DB_NONE)
        outcome_db(&o, st);
    return o;
}

Outcome flow_target_group_add(const Flow *f, char *const name[3], const FormErrors *read)
{
    Outcome o = outcome_read(read);
    if (!name[0] && !name[1] && !name[2])
        outcome_field(&o, "text_en", F_(f, "Write it in at least one language."));
    if (!o.ok)
        return o;
    DbStatus st = q_target_group_add(f->db, f->who->org_id, (const char *const *)name);
    if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}

Outcome flow_target_group_archive(const Flow *f, int64_t group_id)
{
    Outcome o = outcome_ok();
    DbStatus st = q_target_group_archive(f->db, f->who->org_id, group_id);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    return o;
}

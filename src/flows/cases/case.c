/* flows/cases/case.c — partners, submitting and accepting cases (see case.h). */
#include "flows/cases/case.h"

#include <string.h>

#include "core/rows.h"
#include "domain/calendar.h"
#include "flows/tx.h"
#include "html/fmt.h"
#include "q/cases/case.h"
#include "q/competences/framework.h"
#include "q/partners/partner.h"
#include "q/system/app.h"
#include "q/training/cohort.h"

/* The non-blank rows of a list typed in several boxes, in the arena: titles (and their
 * dates when dates is given), trimmed; their count. */
static int rows_kept(const Flow *f, const char **titles, const char **dates, int n,
                     const char ***kt, const char ***kd)
{
    *kt = arena_alloc(f->arena, sizeof **kt * (size_t)(n + 1));
    *kd = arena_alloc(f->arena, sizeof **kd * (size_t)(n + 1));
    int k = 0;
    for (int i = 0; i < n; i++) {
        const char *t = titles[i] ? titles[i] : "", *d = dates && dates[i] ? dates[i] : "";
        while (*t == ' ')
            t++;
        if (!*t && !*d)
            continue;
        (*kt)[k] = t;
        (*kd)[k++] = d;
    }
    return k;
}

typedef struct SubmitTx {
    int64_t org_id;
    CaseInput *x;
    const char **del, **mt, **md;
    int ndel, nm;
    int64_t id;
} SubmitTx;

static DbStatus submit_tx(const Flow *f, void *ctx)
{
    SubmitTx *t = ctx;
    Db *db = f->db;
    DbStatus st = q_case_add(db, t->org_id, t->x, f->who->account_id, f->now, &t->id);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    for (int i = 0; i < t->x->ncompetences && st >= DB_NONE; i++)
        st = q_case_competence_add(db, t->org_id, t->id, t->x->competences[i]);
    for (int i = 0; i < t->ndel && st >= DB_NONE; i++)
        st = q_case_item_add(db, t->org_id, t->id, 0, i + 1, t->del[i], NULL);
    for (int i = 0; i < t->nm && st >= DB_NONE; i++)
        st = q_case_item_add(db, t->org_id, t->id, 1, i + 1, t->mt[i], t->md[i]);
    return st;
}

/* Errors beside "milestones" for rows without a title or a date, a bad date, dates out of
 * order. */
static void milestones_check(const Flow *f, const char **mt, const char **md, int n, Outcome *o)
{
    if (!n) {
        outcome_field(o, "milestones", F_(f, "Give at least one milestone, with its date."));
        return;
    }
    for (int i = 0; i < n; i++) {
        Date d;
        if (!*mt[i] || !date_parse(md[i], &d)) {
            outcome_field(o, "milestones",
                          arena_printf(f->arena,
                                       F_(f, "Milestone %d needs a title and a date "
                                             "(YYYY-MM-DD)."),
                                       i + 1));
            return;
        }
        if (i && strcmp(md[i], md[i - 1]) < 0) {
            outcome_field(o, "milestones",
                          arena_printf(f->arena,
                                       F_(f, "The milestones must be in the order of their "
                                             "dates: milestone %d comes before milestone %d."),
                                       i + 1, i));
            return;
        }
    }
}

bool flow_partner_of(const Flow *f, int64_t partner_id, bool own_org, const char *none, Partner *p,
                     Outcome *o)
{
    DbStatus st = partner_id
                      ? q_partner_get(f->db, f->who->org_id, own_org, partner_id, f->arena, p)
                      : DB_NONE;
    if (st < DB_NONE)
        outcome_db(o, st);
    else if (st == DB_NONE)
        outcome_field(o, "partner_id", none);
    return st == DB_ONE;
}

bool flow_competences_usable(const Flow *f, int64_t org, const int64_t *ids, int n,
                             const char *label, Outcome *o)
{
    for (int i = 0; i < n; i++) {
        Competence c;
        DbStatus st = q_competence_get(f->db, org, ids[i], f->arena, &c);
        if (st < DB_NONE) {
            outcome_db(o, st);
            return false;
        }
        if (st == DB_NONE || c.archived) {
            outcome_choose(o, f, "competences", label);
            break;
        }
    }
    return true;
}

Outcome flow_case_submit(const Flow *f, CaseInput *x, bool own_org)
{
    Outcome o = outcome_ok();
    Partner p;
    bool found = flow_partner_of(
        f, x->partner_id, own_org,
        F_(f, "A case comes from a partner: choose the partner that submits it."), &p, &o);
    if (o.err != ERR_COUNT)
        return o;
    int64_t org = found ? p.org_id : f->who->org_id;
    if (!flow_competences_usable(f, org, x->competences, x->ncompetences,
                                 F_(f, "Competences asked for"), &o))
        return o;
    SubmitTx t = {.org_id = org, .x = x};
    const char **unused;
    t.ndel = rows_kept(f, x->deliverables, NULL, x->ndeliverables, &t.del, &unused);
    if (!t.ndel)
        outcome_field(&o, "deliverables", F_(f, "Give at least one deliverable."));
    t.nm = rows_kept(f, x->milestones, x->due_on, x->nmilestones, &t.mt, &t.md);
    milestones_check(f, t.mt, t.md, t.nm, &o);
    if (!o.ok)
        return o;
    DbStatus st = flow_tx(f, submit_tx, &t);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    o.id = t.id;
    q_audit(f->db, org, f->who->account_id, "case_submit", x->title, f->now);
    return o;
}

typedef struct ItemCheck {
    CaseItem it;
    const char *from, *to;
    const char *outside; /* the first milestone outside [from, to], or NULL */
} ItemCheck;

static bool item_check(void *ctx)
{
    ItemCheck *c = ctx;
    if (c->it.milestone && !c->outside &&
        (strcmp(c->it.due_on, c->from) < 0 || strcmp(c->it.due_on, c->to) > 0))
        c->outside = c->it.title;
    return true;
}

Outcome flow_case_accept(const Flow *f, int64_t id, int64_t cohort_id)
{
    Outcome o = outcome_ok();
    o.id = id;
    int64_t org = f->who->org_id;
    Case c;
    Cohort co;
    DbStatus st = q_case_get(f->db, org, false, id, f->arena, &c);
    if (st != DB_ONE)
        return outcome_missing(st);
    if ((st = q_cohort_get(f->db, org, cohort_id, f->arena, &co)) != DB_ONE) {
        if (st < DB_NONE)
            outcome_db(&o, st);
        else
            outcome_choose(&o, f, "cohort_id", F_(f, "Cohort"));
        return o;
    }
    ItemCheck ic = {.from = co.starts_on, .to = co.ends_on};
    if ((st = q_case_items(f->db, org, id, f->arena, &ic.it, item_check, &ic)) < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    if (ic.outside) {
        outcome_field(&o, "cohort_id",
                      arena_printf(f->arena,
                                   F_(f, "The milestone \"%s\" falls outside the cohort's dates "
                                         "(%s to %s): choose another cohort."),
                                   ic.outside, date_words_in(f->arena, f->who->lang, co.starts_on),
                                   date_words_in(f->arena, f->who->lang, co.ends_on)));
        return o;
    }
    st = q_case_accept(f->db, org, id, cohort_id);
    if (st == DB_NONE)
        outcome_conflict(&o, "cohort_id", F_(f, "This case has already been accepted."));
    else if (st != DB_ONE)
        outcome_db(&o, st);
    else
        q_audit(f->db, org, f->who->account_id, "case_accept", c.title, f->now);
    return o;
}

/* bulk.c — enrolling many learners at once (see bulk.h). */
#include "flows/training/bulk.h"

#include <string.h>

#include "core/rows.h"
#include "domain/seats.h"
#include "flows/training/enrolment.h"
#include "flows/tx.h"
#include "q/intake/admission.h"
#include "q/training/enrolment.h"

/* A problem found by the workflow, before the merge with the reader's. */
typedef struct Found {
    int line;
    const char *field, *msg;
} Found;

static void found(Rows *v, int line, const char *field, const char *msg)
{
    Found *x = rows_push(v);
    *x = (Found){line, field, msg};
}

/* Known by e-mail address: already in the cohort (a problem), or completed from the record
 * so that the rules apply to the person as recorded. */
static void check_known(const Flow *f, const Cohort *c, BulkLine *l, Outcome *o)
{
    int64_t in_cohort = 0;
    DbStatus st =
        q_person_by_email(f->db, f->who->org_id, l->who.email, c->id, &l->person_id, &in_cohort);
    if (st < DB_NONE) {
        outcome_field(o, "email",
                      F_(f, "The database could not be reached. Please try again in a moment."));
    } else if (st == DB_ONE && in_cohort) {
        outcome_field(
            o, "email",
            arena_printf(f->arena, F_(f, "%s is already enrolled in this cohort."), l->who.email));
    } else if (st == DB_ONE) {
        Person known;
        if (q_person_get(f->db, f->who->org_id, l->person_id, f->arena, &known) == DB_ONE) {
            if (!l->who.birth_date)
                l->who.birth_date = known.birth_date;
            l->who.jobseeker = l->who.jobseeker || known.jobseeker;
        }
    } else {
        l->person_id = 0;
    }
}

/* The reader's problems and the workflow's, both in line order, merged into im by line
 * (the reader's first on a line). */
static void merge(Import *im, const Rows *v)
{
    Rows read = im->problems;
    im->problems = ROWS(im->arena, ImportProblem);
    int i = 0, j = 0;
    while (i < read.n || j < v->n) {
        const ImportProblem *a = i < read.n ? ROW(&read, ImportProblem, i) : NULL;
        const Found *b = j < v->n ? ROW(v, Found, j) : NULL;
        if (a && (!b || a->line <= b->line))
            import_problem(im, a->line, a->field, a->msg), i++;
        else
            import_problem(im, b->line, b->field, b->msg), j++;
    }
}

typedef struct BulkTx {
    const Cohort *c;
    BulkLine *lines;
    int n;
    bool full;
    int twice_line; /* a line turned out enrolled already (a race) */
} BulkTx;

static DbStatus bulk_tx(const Flow *f, void *ctx)
{
    BulkTx *b = ctx;
    for (int i = 0; i < b->n; i++) {
        BulkLine *l = &b->lines[i];
        DbStatus st = q_cohort_take_seat(f->db, b->c->org_id, b->c->id, f->now);
        if (flow_tx_stop(&st, &b->full))
            return st;
        int64_t id = l->person_id;
        if (!id && (st = q_person_add(f->db, &l->who, f->now, &id)) < DB_NONE)
            return st;
        st = q_enrolment_add(f->db, b->c->org_id, b->c->id, id, f->now);
        if (st == DB_CONFLICT) {
            b->twice_line = l->line;
            return st;
        }
        if (st < DB_NONE)
            return st;
    }
    return DB_ONE;
}

BulkResult flow_enrol_many(const Flow *f, const Cohort *c, const Programme *p, BulkLine *lines,
                           int n, Import *im)
{
    BulkResult res = {.o = outcome_ok()};
    Rows v = ROWS(f->arena, Found);
    for (int i = 0; i < n; i++) {
        BulkLine *l = &lines[i];
        l->who.org_id = f->who->org_id;
        if (!l->unread) {
            Outcome o = outcome_ok();
            if (l->who.email)
                check_known(f, c, l, &o);
            if (o.ok)
                flow_enrol_rules(f, c, p, &l->who, &o);
            for (int k = 0; k < o.fields.n; k++)
                found(&v, l->line, o.fields.field[k], o.fields.msg[k]);
        }
        /* the same e-mail address twice in the list */
        for (int j = 0; l->who.email && j < i; j++)
            if (lines[j].who.email && !strcmp(lines[j].who.email, l->who.email))
                found(&v, l->line, "email",
                      arena_printf(f->arena, F_(f, "%s is also on line %d."), l->who.email,
                                   lines[j].line));
    }
    if (v.n)
        merge(im, &v);
    if (im->problems.n) {
        res.summary = F_(f, "Correct these lines and send the list again.");
        res.o.ok = false;
        res.o.status = 400;
        return res;
    }
    int64_t held = 0; /* places held by open waiting-list offers */
    DbStatus hs = q_app_offers_open(f->db, f->who->org_id, c->id, f->now, &held);
    if (hs < DB_NONE) {
        outcome_db(&res.o, hs);
        return res;
    }
    int64_t left = seats_free(c->capacity, c->enrolled, held);
    if (n > left) {
        res.summary =
            arena_printf(f->arena, F_(f, "The list has %d learners but only %lld places are left."),
                         n, (long long)left);
        res.o.ok = false;
        res.o.status = 409;
        return res;
    }
    BulkTx b = {c, lines, n, false, 0};
    DbStatus st = flow_tx(f, bulk_tx, &b);
    if (b.full || b.twice_line) {
        res.summary = b.full ? F_(f, "The cohort filled up while the list was being enrolled.")
                             : arena_printf(f->arena,
                                            F_(f, "Line %d: this person was enrolled in the "
                                                  "meantime."),
                                            b.twice_line);
        res.o.ok = false;
        res.o.status = 409;
    } else if (st < DB_NONE) {
        outcome_db(&res.o, st);
    }
    res.o.id = n;
    return res;
}

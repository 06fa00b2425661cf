/* recount.c — see recount.h. */
#include "flows/impact/recount.h"

#include <stdlib.h>
#include <string.h>

#include "domain/impact.h"
#include "domain/places.h"
#include "flows/certifications/board.h"
#include "flows/jobs/placement.h"
#include "model/training.h"
#include "q/impact/funded.h"
#include "q/impact/learner.h"
#include "q/jobs/placement.h"
#include "q/training/programme.h"

static int person_by_key(const void *x, const void *y)
{
    const ImpactPerson *a = x, *b = y;
    int c = impact_key_cmp(a->key, b->key);
    return c ? c : (a->person_id > b->person_id) - (a->person_id < b->person_id);
}

/* The key of the row a learner is counted in, from their first enrolment e. */
static const char *key_of(Arena *a, ImpactBy by, const ImpactEnrolment *e, Date started)
{
    char period[24];
    Date birth, on;
    switch (by) {
    case IMPACT_BY_MONTH:
    case IMPACT_BY_QUARTER:
    case IMPACT_BY_YEAR:
        period_key(started, by == IMPACT_BY_MONTH ? 1 : by == IMPACT_BY_QUARTER ? 3 : 12, period);
        return arena_strdup(a, period);
    case IMPACT_BY_AGE: {
        const AgeBand *b = date_parse(e->birth_date, &birth) && date_parse(e->starts_on, &on)
                               ? age_band_on(birth, on)
                               : NULL;
        return b ? b->key : "";
    }
    case IMPACT_BY_MUNICIPALITY:
        return e->municipality;
    case IMPACT_BY_PROVINCE:
        return province_find(e->province) ? e->province : "";
    case IMPACT_BY_GENDER:
        return e->gender == GENDER_NOT_GIVEN ? "" : vocab_key(&genders, e->gender);
    case IMPACT_BY_LANGUAGE: {
        Lang l;
        return lang_parse(e->lang, &l) ? e->lang : "";
    }
    case IMPACT_BY_AUDIENCE:
        return e->audience == AUDIENCE_EVERYONE ? "" : vocab_key(&audiences, e->audience);
    case IMPACT_BY_KIND:
        return vocab_key(&programme_kinds, e->kind);
    case IMPACT_BY_PROGRAMME:
        return arena_printf(a, "%012lld", (long long)e->programme_id);
    }
    return "";
}

/* The programmes a report counts (one, or every one of the organisation), each with its
 * required certifications and their passes for the rule of "certified". */
typedef struct Counted {
    Rows programmes;   /* Programme */
    CertBoard *boards; /* one per programme, in the same order */
    Rows enrolments;   /* ImpactEnrolment, by person then time */
    Rows people;       /* ImpactPerson */
    Rows placed;       /* int64_t: the ids of the people placed, in order */
} Counted;

static int id_cmp(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return (a > b) - (a < b);
}

static bool is_placed(const Counted *c, int64_t person_id)
{
    return c->placed.n &&
           bsearch(&person_id, c->placed.data, (size_t)c->placed.n, sizeof(int64_t), id_cmp);
}

static const CertBoard *board_of(const Counted *c, int64_t programme_id)
{
    for (int i = 0; i < c->programmes.n; i++)
        if (ROW(&c->programmes, Programme, i)->id == programme_id)
            return &c->boards[i];
    return NULL;
}

/* One ImpactPerson per learner whose first enrolment falls in the period asked: trained
 * when one of their enrolments was completed, certified when the rule of one of the
 * programmes they were enrolled in says so. */
static void count_people(const Flow *f, const ImpactAsk *q, Counted *c)
{
    Date from = {0}, to = {9999, 12, 31};
    if (q->from && *q->from)
        date_parse(q->from, &from);
    if (q->to && *q->to)
        date_parse(q->to, &to);
    for (int i = 0; i < c->enrolments.n;) {
        const ImpactEnrolment *first = ROW(&c->enrolments, ImpactEnrolment, i);
        bool completed = false, certified = false;
        int j = i;
        for (; j < c->enrolments.n; j++) {
            const ImpactEnrolment *e = ROW(&c->enrolments, ImpactEnrolment, j);
            if (e->person_id != first->person_id)
                break;
            completed |= e->completed != 0;
            const CertBoard *b = certified ? NULL : board_of(c, e->programme_id);
            certified |= b && cert_board_certified(b, e->person_id);
        }
        i = j;
        Date started;
        int minutes;
        bxl_from_utc(first->enrolled_at, &started, &minutes);
        if (date_days(started) < date_days(from) || date_days(started) > date_days(to))
            continue;
        ImpactPerson *p = rows_push(&c->people);
        *p = (ImpactPerson){.person_id = first->person_id,
                            .name = first->name,
                            .cohort = first->cohort,
                            .key = key_of(f->arena, q->by, first, started),
                            .in = {true, completed, certified, is_placed(c, first->person_id)}};
    }
}

/* Reads what a report counts into c; false on a database error. */
static bool read_counted(const Flow *f, int64_t org_id, const ImpactAsk *q, Counted *c)
{
    Date today;
    int minutes;
    bxl_from_utc(f->now, &today, &minutes);
    Programme p;
    ImpactEnrolment e;
    c->programmes = ROWS_FROM(f->arena, &p);
    c->enrolments = ROWS_FROM(f->arena, &e);
    DbStatus st = q->programme_id
                      ? q_programme_get(f->db, org_id, q->programme_id, f->arena, &p)
                      : q_programme_list(f->db, org_id, f->arena, &p, rows_collect, &c->programmes);
    if (st < DB_NONE)
        return false;
    if (q->programme_id && st == DB_ONE)
        *(Programme *)rows_push(&c->programmes) = p;
    c->boards = arena_alloc(f->arena, sizeof *c->boards * (size_t)(c->programmes.n + 1));
    c->placed = ROWS(f->arena, int64_t);
    for (int i = 0; i < c->programmes.n; i++) {
        int64_t id = ROW(&c->programmes, Programme, i)->id;
        Rows placed;
        if (!cert_board_read(f->db, f->arena, org_id, id, today, &c->boards[i]) ||
            !job_placed_people(f->db, f->arena, org_id, id, &placed))
            return false;
        for (int j = 0; j < placed.n; j++)
            *(int64_t *)rows_push(&c->placed) = ROW(&placed, JobPlacedRow, j)->person_id;
    }
    rows_sort(&c->placed, id_cmp);
    return (q->programme_id ? q_impact_enrolments(f->db, org_id, q->programme_id, f->arena, &e,
                                                  rows_collect, &c->enrolments)
                            : q_impact_enrolments_org(f->db, org_id, f->arena, &e, rows_collect,
                                                      &c->enrolments)) >= DB_NONE;
}

/* The report of the people counted in c: a row of counts per person, added up by
 * impact_rows_report. */
static void recount_build(const Flow *f, const ImpactAsk *q, Counted *c, ImpactReport *out)
{
    rows_sort(&c->people, person_by_key);
    ImpactRow *rows = arena_alloc(f->arena, sizeof *rows * (size_t)(c->people.n + 1));
    memset(rows, 0, sizeof *rows * (size_t)(c->people.n + 1));
    for (int i = 0; i < c->people.n; i++) {
        const ImpactPerson *x = ROW(&c->people, ImpactPerson, i);
        rows[i].key = x->key;
        for (int m = 0; m < IMPACT_MEASURES; m++)
            rows[i].count[m] = x->in[m];
    }
    impact_rows_report(f, q, &c->programmes, rows, c->people.n, out);
}

static Outcome recount_programme(const Flow *f, int64_t org_id, const ImpactAsk *q,
                                 ImpactReport *out, Rows *people)
{
    Outcome o = outcome_ok();
    ImpactPerson p;
    Counted c = {.people = ROWS_FROM(f->arena, &p)};
    if (!read_counted(f, org_id, q, &c)) {
        outcome_error(&o, ERR_DB);
        return o;
    }
    count_people(f, q, &c);
    recount_build(f, q, &c, out);
    if (people)
        *people = c.people;
    return o;
}

static int person_by_id(const void *x, const void *y)
{
    const ImpactPerson *a = x, *b = y;
    return (a->person_id > b->person_id) - (a->person_id < b->person_id);
}

/* Counts the people of one funded programme into all (its programmes and people added). */
static bool count_funded(const Flow *f, const ImpactAsk *q, const FundedProgramme *fp, Counted *all)
{
    ImpactAsk one = *q;
    one.programme_id = fp->programme_id;
    ImpactPerson p;
    Counted c = {.people = ROWS_FROM(f->arena, &p)};
    if (!read_counted(f, fp->org_id, &one, &c))
        return false;
    count_people(f, &one, &c);
    for (int i = 0; i < c.programmes.n; i++)
        *(Programme *)rows_push(&all->programmes) = *ROW(&c.programmes, Programme, i);
    for (int i = 0; i < c.people.n; i++)
        *(ImpactPerson *)rows_push(&all->people) = *ROW(&c.people, ImpactPerson, i);
    return true;
}

static Outcome recount_funded(const Flow *f, int64_t funder_id, int64_t call_id, const ImpactAsk *q,
                              ImpactReport *out)
{
    Outcome o = outcome_ok();
    FundedProgramme fp;
    Rows funded = ROWS_FROM(f->arena, &fp);
    Programme prog;
    ImpactPerson p;
    Counted all = {.programmes = ROWS_FROM(f->arena, &prog), .people = ROWS_FROM(f->arena, &p)};
    if (q_funded_programmes(f->db, funder_id, call_id, &fp, rows_collect, &funded) < DB_NONE) {
        outcome_error(&o, ERR_DB);
        return o;
    }
    int64_t targets[4] = {0};
    for (int i = 0; i < funded.n; i++) {
        const FundedProgramme *x = ROW(&funded, FundedProgramme, i);
        if (impact_funded_next(&funded, i, targets) && !count_funded(f, q, x, &all)) {
            outcome_error(&o, ERR_DB);
            return o;
        }
    }
    /* someone in two funded programmes of one grantee counts once, in the first */
    rows_sort(&all.people, person_by_id);
    int n = 0;
    for (int i = 0; i < all.people.n; i++) {
        ImpactPerson *x = ROW(&all.people, ImpactPerson, i);
        ImpactPerson *last = n ? ROW(&all.people, ImpactPerson, n - 1) : NULL;
        if (last && last->person_id == x->person_id) {
            for (int m = 0; m < IMPACT_MEASURES; m++)
                last->in[m] |= x->in[m];
            continue;
        }
        *ROW(&all.people, ImpactPerson, n++) = *x;
    }
    all.people.n = n;
    recount_build(f, q, &all, out);
    memcpy(out->target, targets, sizeof targets);
    return o;
}

Outcome impact_recount(const Flow *f, int64_t org_id, const ImpactAsk *q, ImpactReport *out,
                       Rows *people)
{
    Outcome o = impact_ask_check(f, q);
    if (!o.ok)
        return o;
    if (people)
        *people = ROWS(f->arena, ImpactPerson);
    if (q->funded)
        return recount_funded(f, org_id, q->call_id, q, out);
    return recount_programme(f, org_id, q, out, people);
}

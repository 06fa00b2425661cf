/* report.c — see report.h.
 *
 * How a report is counted at the scale of a region (a million learners): measured on an
 * organisation of 200,000 learners, reading every enrolment and following each learner in C
 * (flows/impact/recount.c, kept as the reference) took 2 s of CPU, and 8 s on a busy machine;
 * an indexed GROUP BY over the enrolments with a window function for each learner's first
 * enrolment, 0.9 s. So each learner's first enrolment is kept, once per programme and once
 * per organisation, in impact_learners, rewritten by triggers in the same transaction as
 * every change to an enrolment (schema/0130-impact-learners.sql): exactly what the records
 * say, without a workflow having to remember it. A report is then one GROUP BY over that
 * index (q_impact_tally: reached and trained per key), plus the learners with a passed exam
 * or a placement (q_impact_candidates), for whom "certified" (valid on the day of the report)
 * and "placed" are decided in C by the same rules as before (cert boards, job_placed). The
 * figures are those of the recount, exactly; a test compares them on random records. */
#include "flows/impact/report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "domain/impact.h"
#include "domain/places.h"
#include "domain/suppress.h"
#include "flows/certifications/board.h"
#include "flows/impact/recount.h"
#include "flows/jobs/placement.h"
#include "model/certifications.h"
#include "model/training.h"
#include "q/impact/funded.h"
#include "q/impact/learner.h"
#include "q/jobs/placement.h"
#include "q/training/programme.h"

int impact_key_cmp(const char *a, const char *b)
{
    if (!*a || !*b)
        return !*a - !*b;
    return strcmp(a, b);
}

static int row_by_key(const void *x, const void *y)
{
    const ImpactRow *a = x, *b = y;
    return impact_key_cmp(a->key, b->key);
}

/* Hides the small counts of the report and those that would give them away: each measure
 * is a list of counts with its total. */
static void suppress_report(ImpactReport *out)
{
    int cells = (out->nrows + 1) * IMPACT_MEASURES;
    int64_t *v = malloc(sizeof *v * (size_t)cells);
    bool *hidden = malloc(sizeof *hidden * (size_t)cells);
    if (!v || !hidden)
        abort();
    for (int i = 0; i <= out->nrows; i++)
        for (int m = 0; m < IMPACT_MEASURES; m++)
            v[i * IMPACT_MEASURES + m] = out->row[i].count[m];
    SuppressGrid g = {.rows = out->nrows, .cols = IMPACT_MEASURES, .col_totals = true, .v = v};
    suppress_grid(&g, out->k, hidden);
    for (int i = 0; i <= out->nrows; i++)
        for (int m = 0; m < IMPACT_MEASURES; m++) {
            int64_t n = out->row[i].count[m];
            out->row[i].hidden[m] = hidden[i * IMPACT_MEASURES + m];
            out->row[i].primary[m] = n >= 1 && n < out->k;
        }
    free(v);
    free(hidden);
}

/* The label of a row: its programme's title in l for the breakdown by programme. */
static const char *row_label(const Flow *f, const Rows *programmes, ImpactBy by, const char *key)
{
    if (by == IMPACT_BY_PROGRAMME && key && *key) {
        int64_t id = 0;
        parse_int64(key, &id);
        for (int i = 0; i < programmes->n; i++) {
            const Programme *p = ROW(programmes, Programme, i);
            if (p->id == id)
                return programme_title_in(f->who->lang, p);
        }
    }
    return impact_key_label(f->arena, f->who->lang, by, key);
}

Outcome impact_ask_check(const Flow *f, const ImpactAsk *q)
{
    Outcome o = outcome_ok();
    Date from, to;
    if (q->k < SUPPRESS_K_MIN)
        outcome_error(&o, ERR_BAD_REQUEST);
    else if (q->from && *q->from && q->to && *q->to && date_parse(q->from, &from) &&
             date_parse(q->to, &to) && date_days(to) < date_days(from))
        outcome_field(&o, "to", F_(f, "The end of the period is before its start."));
    return o;
}

void impact_rows_report(const Flow *f, const ImpactAsk *q, const Rows *programmes, ImpactRow *rows,
                        int n, ImpactReport *out)
{
    if (n > 0) /* an empty report has no rows at all: qsort must not see their NULL */
        qsort(rows, (size_t)n, sizeof *rows, row_by_key);
    *out = (ImpactReport){.by = q->by, .k = q->k};
    out->row = arena_alloc(f->arena, sizeof *out->row * (size_t)(n + 1));
    memset(out->row, 0, sizeof *out->row * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        if (!out->nrows || impact_key_cmp(out->row[out->nrows - 1].key, rows[i].key))
            out->row[out->nrows++].key = rows[i].key;
        for (int m = 0; m < IMPACT_MEASURES; m++)
            out->row[out->nrows - 1].count[m] += rows[i].count[m];
    }
    ImpactRow *total = &out->row[out->nrows];
    total->key = NULL;
    for (int i = 0; i < out->nrows; i++) {
        for (int m = 0; m < IMPACT_MEASURES; m++)
            total->count[m] += out->row[i].count[m];
        out->row[i].label = row_label(f, programmes, q->by, out->row[i].key);
    }
    total->label = i18n_get(f->who->lang, "All");
    suppress_report(out);
    for (int i = 0; i < programmes->n; i++) /* the targets: the programme's, or their sum */
        for (int t = 0; t < 4; t++)
            out->target[t] += ROW(programmes, Programme, i)->target[t];
}

bool impact_funded_next(const Rows *funded, int i, int64_t targets[4])
{
    const FundedProgramme *x = ROW(funded, FundedProgramme, i);
    bool seen_programme = false, seen_grant = false;
    for (int j = 0; j < i; j++) {
        const FundedProgramme *y = ROW(funded, FundedProgramme, j);
        seen_programme |= y->programme_id == x->programme_id;
        seen_grant |= y->grant_id == x->grant_id;
    }
    if (!seen_grant) { /* what each grant's proposal planned, once */
        targets[0] += x->planned_trained;
        targets[3] += x->planned_reached;
    }
    return !seen_programme;
}

/* What the database groups learners by for breakdown by. */
static ImpactRaw raw_of(ImpactBy by)
{
    switch (by) {
    case IMPACT_BY_QUARTER:
    case IMPACT_BY_MONTH:
    case IMPACT_BY_YEAR:
        return IMPACT_RAW_HOUR;
    case IMPACT_BY_AGE:
        return IMPACT_RAW_AGE;
    case IMPACT_BY_MUNICIPALITY:
        return IMPACT_RAW_MUNICIPALITY;
    case IMPACT_BY_PROVINCE:
        return IMPACT_RAW_PROVINCE;
    case IMPACT_BY_GENDER:
        return IMPACT_RAW_GENDER;
    case IMPACT_BY_LANGUAGE:
        return IMPACT_RAW_LANGUAGE;
    case IMPACT_BY_AUDIENCE:
        return IMPACT_RAW_AUDIENCE;
    case IMPACT_BY_KIND:
        return IMPACT_RAW_KIND;
    case IMPACT_BY_PROGRAMME:
        return IMPACT_RAW_PROGRAMME;
    }
    return IMPACT_RAW_PROGRAMME;
}

/* The key of a row from the raw key the database grouped by, as the recount makes it from
 * a learner's first enrolment. Brussels is an hour or two ahead of UTC, so every second of
 * an hour of UTC falls on one day in Brussels. */
static const char *key_of_raw(Arena *a, ImpactBy by, const char *raw)
{
    char period[24];
    int64_t n = 0;
    switch (by) {
    case IMPACT_BY_MONTH:
    case IMPACT_BY_QUARTER:
    case IMPACT_BY_YEAR: {
        Date day;
        int minutes;
        parse_int64(raw, &n);
        bxl_from_utc(n * 3600, &day, &minutes);
        period_key(day, by == IMPACT_BY_MONTH ? 1 : by == IMPACT_BY_QUARTER ? 3 : 12, period);
        return arena_strdup(a, period);
    }
    case IMPACT_BY_AGE:
        if (!*raw || !parse_int64(raw, &n))
            return "";
        for (const AgeBand *b = age_bands; b->key; b++)
            if (n >= b->from && (b->to < 0 || n <= b->to))
                return b->key;
        return "";
    case IMPACT_BY_PROVINCE:
        return province_find(raw) ? raw : "";
    case IMPACT_BY_GENDER: {
        int g;
        return vocab_parse(&genders, raw, &g) ? raw : "";
    }
    case IMPACT_BY_LANGUAGE: {
        Lang l;
        return lang_parse(raw, &l) ? raw : "";
    }
    case IMPACT_BY_AUDIENCE: {
        int g;
        return vocab_parse(&audiences, raw, &g) ? raw : "";
    }
    case IMPACT_BY_PROGRAMME:
        parse_int64(raw, &n);
        return arena_printf(a, "%012lld", (long long)n);
    case IMPACT_BY_MUNICIPALITY:
    case IMPACT_BY_KIND:
        return raw;
    }
    return raw;
}

/* The UTC seconds from which and before which people who started on the days asked
 * started (from and to included; no bound: the whole range). */
static void range_of(const ImpactAsk *q, int64_t *lo, int64_t *hi)
{
    Date d;
    *lo = INT64_MIN;
    *hi = INT64_MAX;
    if (q->from && *q->from && date_parse(q->from, &d))
        bxl_to_utc(d, 0, lo);
    if (q->to && *q->to && date_parse(q->to, &d))
        bxl_to_utc(date_from_days(date_days(d) + 1), 0, hi);
}

/* Who counts as certified or placed, as (programme, person) pairs, programme 0 across an
 * organisation: decided by the rules of flows/certifications/board.h and domain/jobs.h. */
typedef struct Pair {
    int64_t programme_id, person_id;
} Pair;

static int pair_cmp(const void *x, const void *y)
{
    const Pair *a = x, *b = y;
    if (a->programme_id != b->programme_id)
        return (a->programme_id > b->programme_id) - (a->programme_id < b->programme_id);
    return (a->person_id > b->person_id) - (a->person_id < b->person_id);
}

static bool pair_in(const Rows *r, int64_t programme_id, int64_t person_id)
{
    Pair k = {programme_id, person_id};
    return r->n && bsearch(&k, r->data, (size_t)r->n, sizeof(Pair), pair_cmp);
}

typedef struct Decided {
    Rows certified, placed; /* Pair, sorted */
} Decided;

/* Adds who is placed in programme_id of org_id (0: in any of its programmes), under
 * programme key (0 or programme_id): the rule of domain/jobs.h, as job_placed_people. */
static bool decide_placed(const Flow *f, int64_t org_id, int64_t programme_id, int64_t key,
                          Decided *d)
{
    Rows placed;
    if (!job_placed_by_person(f->db, f->arena, org_id, programme_id, &placed))
        return false;
    for (int i = 0; i < placed.n; i++)
        *(Pair *)rows_push(&d->placed) = (Pair){key, ROW(&placed, JobPlacedRow, i)->person_id};
    return true;
}

/* Adds who is certified in programme_id of org_id (the rule of
 * flows/certifications/board.h), under programme key. */
static bool decide(const Flow *f, Date today, int64_t org_id, int64_t programme_id, int64_t key,
                   Decided *d)
{
    CertBoard b;
    if (!cert_board_read(f->db, f->arena, org_id, programme_id, today, &b))
        return false;
    for (int i = 0; i < b.passes.n; i++) {
        int64_t person = ROW(&b.passes, ExamAttempt, i)->person_id;
        if ((i == 0 || ROW(&b.passes, ExamAttempt, i - 1)->person_id != person) &&
            cert_board_certified(&b, person))
            *(Pair *)rows_push(&d->certified) = (Pair){key, person};
    }
    return true;
}

/* What a report reads: the scope, the programmes counted, who is certified and placed. */
typedef struct Fast {
    const ImpactAsk *q;
    ImpactScope scope;
    Rows programmes; /* Programme */
    Decided d;
    Rows rows; /* ImpactRow, a row per raw key or per learner decided */
} Fast;

static bool tally_row(void *ctx)
{
    Fast *x = ctx;
    const ImpactTally *t = x->rows.src;
    ImpactRow *r = rows_push(&x->rows);
    r->key = t->raw;
    r->count[IMPACT_REACHED] = t->reached;
    r->count[IMPACT_TRAINED] = t->trained;
    return true;
}

/* Counts the tallies and the learners decided into x->rows (keys still raw). */
static bool fast_read(const Flow *f, Fast *x)
{
    ImpactTally t;
    ImpactCandidate c;
    Rows cands = ROWS_FROM(f->arena, &c);
    x->rows = ROWS(f->arena, ImpactRow);
    x->rows.src = &t; /* for tally_row */
    if (q_impact_tally(f->db, &x->scope, f->arena, &t, tally_row, x) < DB_NONE ||
        q_impact_candidates(f->db, &x->scope, f->arena, &c, rows_collect, &cands) < DB_NONE)
        return false;
    rows_sort(&x->d.certified, pair_cmp);
    rows_sort(&x->d.placed, pair_cmp);
    /* a funded learner has a row per funded programme, one after the other, and is counted
     * certified or placed when one of them says so, in the row that gives their key */
    for (int i = 0; i < cands.n;) {
        const ImpactCandidate *first = ROW(&cands, ImpactCandidate, i);
        const char *raw = NULL;
        bool certified = false, placed = false;
        int j = i;
        for (; j < cands.n && ROW(&cands, ImpactCandidate, j)->person_id == first->person_id; j++) {
            const ImpactCandidate *y = ROW(&cands, ImpactCandidate, j);
            if (y->counted)
                raw = y->raw;
            certified |= pair_in(&x->d.certified, y->programme_id, y->person_id);
            placed |= pair_in(&x->d.placed, y->programme_id, y->person_id);
        }
        i = j;
        if (!raw || !(certified || placed))
            continue;
        ImpactRow *r = rows_push(&x->rows);
        r->key = raw;
        r->count[IMPACT_CERTIFIED] = certified;
        r->count[IMPACT_PLACED] = placed;
    }
    for (int i = 0; i < x->rows.n; i++) {
        ImpactRow *r = ROW(&x->rows, ImpactRow, i);
        r->key = key_of_raw(f->arena, x->q->by, r->key);
    }
    return true;
}

static void fast_open(const Flow *f, const ImpactAsk *q, Fast *x)
{
    *x = (Fast){.q = q,
                .programmes = ROWS(f->arena, Programme),
                .d = {.certified = ROWS(f->arena, Pair), .placed = ROWS(f->arena, Pair)}};
    x->scope.raw = raw_of(q->by);
    range_of(q, &x->scope.lo, &x->scope.hi);
}

Outcome impact_programme(const Flow *f, int64_t org_id, const ImpactAsk *q, ImpactReport *out,
                         Rows *people)
{
    Outcome o = impact_ask_check(f, q);
    if (!o.ok)
        return o;
    if (people) /* the list of the people behind the figures is the recount's */
        return impact_recount(f, org_id, q, out, people);
    Date today;
    int minutes;
    bxl_from_utc(f->now, &today, &minutes);
    Fast x;
    fast_open(f, q, &x);
    x.scope.org_id = org_id;
    x.scope.programme_id = q->programme_id;
    Programme p;
    x.programmes.src = &p; /* for rows_collect */
    DbStatus st = q->programme_id
                      ? q_programme_get(f->db, org_id, q->programme_id, f->arena, &p)
                      : q_programme_list(f->db, org_id, f->arena, &p, rows_collect, &x.programmes);
    if (q->programme_id && st == DB_ONE)
        *(Programme *)rows_push(&x.programmes) = p;
    bool ok = st >= DB_NONE && decide_placed(f, org_id, q->programme_id, q->programme_id, &x.d);
    for (int i = 0; ok && i < x.programmes.n; i++)
        ok = decide(f, today, org_id, ROW(&x.programmes, Programme, i)->id, q->programme_id, &x.d);
    if (!ok || !fast_read(f, &x)) {
        outcome_error(&o, ERR_DB);
        return o;
    }
    impact_rows_report(f, q, &x.programmes, (ImpactRow *)x.rows.data, x.rows.n, out);
    return o;
}

Outcome impact_funded(const Flow *f, int64_t funder_id, int64_t call_id, const ImpactAsk *q,
                      ImpactReport *out)
{
    Outcome o = impact_ask_check(f, q);
    if (!o.ok)
        return o;
    Date today;
    int minutes;
    bxl_from_utc(f->now, &today, &minutes);
    Fast x;
    fast_open(f, q, &x);
    x.scope = (ImpactScope){.funded = true,
                            .org_id = funder_id,
                            .programme_id = call_id,
                            .raw = x.scope.raw,
                            .lo = x.scope.lo,
                            .hi = x.scope.hi};
    FundedProgramme fp;
    Rows funded = ROWS_FROM(f->arena, &fp);
    bool ok = q_funded_programmes(f->db, funder_id, call_id, &fp, rows_collect, &funded) >= DB_NONE;
    int64_t targets[4] = {0};
    for (int i = 0; ok && i < funded.n; i++) {
        const FundedProgramme *y = ROW(&funded, FundedProgramme, i);
        Programme p;
        if (!impact_funded_next(&funded, i, targets))
            continue;
        DbStatus st = q_programme_get(f->db, y->org_id, y->programme_id, f->arena, &p);
        if (st == DB_ONE)
            *(Programme *)rows_push(&x.programmes) = p;
        ok = st >= DB_NONE && decide(f, today, y->org_id, y->programme_id, y->programme_id, &x.d) &&
             decide_placed(f, y->org_id, y->programme_id, y->programme_id, &x.d);
    }
    if (!ok || !fast_read(f, &x)) {
        outcome_error(&o, ERR_DB);
        return o;
    }
    impact_rows_report(f, q, &x.programmes, (ImpactRow *)x.rows.data, x.rows.n, out);
    memcpy(out->target, targets, sizeof targets);
    return o;
}

Outcome impact_report(const Flow *f, int64_t org_id, const ImpactAsk *q, ImpactReport *out,
                      Rows *people)
{
    if (q->funded) {
        if (people)
            *people = ROWS(f->arena, ImpactPerson);
        return impact_funded(f, org_id, q->call_id, q, out);
    }
    return impact_programme(f, org_id, q, out, people);
}

const char *impact_key_label(Arena *a, Lang l, ImpactBy by, const char *key)
{
    if ((!key || !*key) && by == IMPACT_BY_AUDIENCE)
        return i18n_get(l, "No particular group");
    if (!key || !*key)
        return i18n_get(l, "Not known");
    Date d = {0, 1, 15};
    int q = 0;
    switch (by) {
    case IMPACT_BY_MONTH: {
        if (sscanf(key, "%4d-%2d", &d.y, &d.m) != 2)
            return key;
        int64_t noon;
        if (!bxl_to_utc(d, 12 * 60, &noon))
            return key;
        char out[96];
        i18n_month_words(l, noon, out, sizeof out);
        return arena_strdup(a, out);
    }
    case IMPACT_BY_QUARTER:
        if (sscanf(key, "%4d-Q%1d", &d.y, &q) != 2)
            return key;
        return arena_printf(a, i18n_get(l, "Q%d %d"), q, d.y);
    case IMPACT_BY_YEAR:
        return key;
    case IMPACT_BY_AGE:
        for (const AgeBand *b = age_bands; b->key; b++)
            if (!strcmp(b->key, key))
                return i18n_get(l, b->label);
        return key;
    case IMPACT_BY_MUNICIPALITY:
        return key;
    case IMPACT_BY_PROVINCE: {
        const Province *p = province_find(key);
        return p ? i18n_get(l, p->name) : key;
    }
    case IMPACT_BY_GENDER: {
        int g;
        return vocab_parse(&genders, key, &g) ? i18n_get(l, vocab_label(&genders, g)) : key;
    }
    case IMPACT_BY_LANGUAGE: {
        static const char *const names[LANG_COUNT] = {N_("English"), N_("Dutch"), N_("French")};
        Lang lang;
        return lang_parse(key, &lang) ? i18n_get(l, names[lang]) : key;
    }
    case IMPACT_BY_AUDIENCE: {
        int g;
        return vocab_parse(&audiences, key, &g) ? i18n_get(l, vocab_label(&audiences, g)) : key;
    }
    case IMPACT_BY_KIND: {
        int kind;
        return vocab_parse(&programme_kinds, key, &kind)
                   ? i18n_get(l, vocab_label(&programme_kinds, kind))
                   : key;
    }
    case IMPACT_BY_PROGRAMME:
        return key;
    }
    return key;
}

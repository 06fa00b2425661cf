/* views/intake/ranking.c — the ranking read model (see ranking.h). */
#include "views/intake/ranking.h"

#include <string.h>

#include "core/rows.h"
#include "domain/calendar.h"
#include "domain/selection.h"
#include "q/intake/admission.h"
#include "q/intake/intake.h"
#include "q/training/cohort.h"
#include "q/training/programme.h"

typedef struct Scores {
    Ranking *k;
    Arena *a;
    AppScoreAll row;
} Scores;

static int row_index(const Ranking *k, int64_t id)
{
    int lo = 0, hi = k->nrows - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (k->rows[mid].id == id)
            return mid;
        if (k->rows[mid].id < id)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}

/* Scores come by application, reviewer, criterion: a reviewer's full set fills one review. */
static bool score_row(void *ctx)
{
    Scores *s = ctx;
    Ranking *k = s->k;
    int i = row_index(k, s->row.application_id);
    if (i < 0 || !k->ncrit)
        return true;
    int64_t reviews = k->rows[i].reviews < SEL_MAX_REVIEWS ? k->rows[i].reviews : SEL_MAX_REVIEWS;
    int cap = (int)reviews * k->ncrit;
    if (!k->scores[i] && cap > 0)
        k->scores[i] = arena_alloc(s->a, sizeof(int) * (size_t)cap);
    if (k->reviews[i] < cap) /* counts scores here; ranking_load makes it reviews */
        k->scores[i][k->reviews[i]++] = (int)s->row.score;
    return true;
}

static const AppStatus decided_statuses[] = {APP_ACCEPTED, APP_WAITLISTED, APP_DECLINED,
                                             APP_WITHDRAWN};

/* The cohort decided: cohort_id when it is the programme's, else by default the first still
 * to start with a free place, else any with one, else the first. */
static DbStatus choose_cohort(Db *db, Arena *a, int64_t org_id, int64_t cohort_id, int64_t now,
                              Ranking *k)
{
    CohortOffers o;
    Rows offers = ROWS_FROM(a, &o);
    DbStatus st = q_app_offers_by_cohort(db, org_id, k->p.id, now, &o, rows_collect, &offers);
    if (st < DB_NONE)
        return st;
    const CohortOffers *rows = offers.data;
    char today[11];
    bxl_date_text(now, today);
    int best = -1;
    for (int i = 0; i < k->ncohorts; i++) {
        const Cohort *c = &k->cohorts[i];
        int64_t n = 0;
        for (int j = 0; j < offers.n; j++)
            if (rows[j].cohort_id == c->id)
                n = rows[j].offers;
        int64_t seats = seats_free(c->capacity, c->enrolled, n);
        int rank = c->id == cohort_id                ? 3
                   : seats <= 0                      ? 0
                   : strcmp(c->starts_on, today) > 0 ? 2
                                                     : 1;
        if (rank > best) {
            best = rank;
            k->cohort = c;
            k->seats = seats > 0 ? seats : 0;
        }
    }
    return DB_ONE;
}

SeatRubric ranking_rubric(const Ranking *k, Arena *a)
{
    int *weights = arena_alloc(a, sizeof *weights * (size_t)(k->ncrit ? k->ncrit : 1));
    for (int i = 0; i < k->ncrit; i++)
        weights[i] = (int)k->crit[i].weight;
    return (SeatRubric){.ncriteria = k->ncrit,
                        .weights = weights,
                        .scale_max = (int)k->f.scale_max,
                        .min_reviews = (int)k->f.reviews_needed,
                        .disagree_pct = (int)k->disagree_pct};
}

DbStatus ranking_load(Db *db, Arena *a, int64_t org_id, int64_t programme_id, int64_t cohort_id,
                      int64_t waitlist, int64_t now, Ranking *k)
{
    memset(k, 0, sizeof *k);
    AppCriterion c;
    Cohort co;
    AppRankRow rr;
    Rows crit = ROWS_FROM(a, &c), cohorts = ROWS_FROM(a, &co), rows = ROWS_FROM(a, &rr);
    DbStatus st = q_programme_get(db, org_id, programme_id, a, &k->p);
    if (st == DB_ONE)
        st = q_app_form(db, org_id, programme_id, &k->f);
    if (st == DB_ONE)
        st = q_app_disagree(db, org_id, programme_id, &k->disagree_pct);
    if (st != DB_ONE)
        return st;
    if (q_criteria(db, org_id, programme_id, a, &c, rows_collect, &crit) < DB_NONE ||
        q_cohort_list(db, org_id, programme_id, a, &co, rows_collect, &cohorts) < DB_NONE ||
        q_app_rank_rows(db, org_id, programme_id, a, &rr, rows_collect, &rows) < DB_NONE)
        return DB_ERROR;
    k->crit = crit.data;
    k->ncrit = crit.n;
    k->cohorts = cohorts.data;
    k->ncohorts = cohorts.n;
    k->rows = rows.data;
    k->nrows = rows.n;
    if ((st = choose_cohort(db, a, org_id, cohort_id, now, k)) < DB_NONE)
        return st;
    size_t n = (size_t)(k->nrows ? k->nrows : 1);
    k->scores = arena_alloc(a, sizeof *k->scores * n);
    k->reviews = arena_alloc(a, sizeof *k->reviews * n);
    memset(k->scores, 0, sizeof *k->scores * n);
    memset(k->reviews, 0, sizeof *k->reviews * n);
    Scores s = {.k = k, .a = a};
    if (k->ncrit && q_app_scores_all(db, org_id, programme_id, &s.row, score_row, &s) < DB_NONE)
        return DB_ERROR;
    k->apps = arena_alloc(a, sizeof *k->apps * n);
    k->app_row = arena_alloc(a, sizeof *k->app_row * n);
    for (int i = 0; i < k->nrows; i++) {
        AppRankRow *x = &k->rows[i];
        k->reviews[i] = k->ncrit ? k->reviews[i] / k->ncrit : 0;
        for (int d = 0; d < 4; d++)
            if (x->status == decided_statuses[d])
                k->decided[d]++;
        if (x->status != APP_SUBMITTED)
            continue;
        k->received++;
        if (!k->ncrit || k->reviews[i] < k->f.reviews_needed)
            continue;
        k->reviewed++;
        k->app_row[k->napps] = i;
        k->apps[k->napps++] = (SeatApp){.id = x->id,
                                        .received_at = x->created_at,
                                        .nreviews = k->reviews[i],
                                        .scores = k->scores[i]};
    }
    k->out = arena_alloc(a, sizeof *k->out * n);
    k->order = arena_alloc(a, sizeof *k->order * n);
    return ranking_propose(k, a, waitlist) ? DB_ONE : DB_ERROR;
}

bool ranking_propose(Ranking *k, Arena *a, int64_t waitlist)
{
    SeatRubric rub = ranking_rubric(k, a);
    return !k->napps || seat_select(&rub, k->apps, k->napps, k->cohort ? k->seats : 0, waitlist,
                                    k->out, k->order, &k->nranked);
}

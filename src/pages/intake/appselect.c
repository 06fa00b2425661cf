/* appselect.c — staff choose among a programme's applications: the rubric (criteria with
 * weights on one scale), reviewers assigned so that each application gets N reviews from
 * different people with loads balanced (domain/jury), the ranking by mean weighted score with
 * disagreements flagged (domain/selection: the places are the budget, each application costs
 * one), and the decisions: accepted up to the free places of a cohort, a waiting list, the
 * rest declined, each with a reason. Codes everywhere; only admins see who applied, on the
 * application's own page. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/clock.h"
#include "domain/calendar.h"
#include "domain/jury.h"
#include "domain/selection.h"
#include "html/fmt.h"
#include "pages/intake/intake.h"
#include "pages/training/training.h"
#include "q/accounts/member.h"
#include "q/intake/admission.h"
#include "q/intake/intake.h"
#include "q/training/cohort.h"
#include "q/training/programme.h"

#define MAX_CRITERIA 32
#define MAX_APPS 5000

/* --- the programme, its rubric and its cohorts ------------------------------------- */

typedef struct Crit {
    AppCriterion row, rows[MAX_CRITERIA];
    int n;
} Crit;

static bool crit_row(void *ctx)
{
    Crit *c = ctx;
    if (c->n < MAX_CRITERIA)
        c->rows[c->n++] = c->row;
    return true;
}

typedef struct Cohorts {
    Cohort row, rows[64];
    int n;
} Cohorts;

static bool cohort_row(void *ctx)
{
    Cohorts *c = ctx;
    if (c->n < 64)
        c->rows[c->n++] = c->row;
    return true;
}

typedef struct Offers {
    CohortOffers row, rows[64];
    int n;
} Offers;

static bool offers_row(void *ctx)
{
    Offers *o = ctx;
    if (o->n < 64)
        o->rows[o->n++] = o->row;
    return true;
}

typedef struct Rank {
    Req *r;
    Programme p;
    AppForm f;
    Crit crit;
    Cohorts cohorts;
    const Cohort *cohort;  /* where the accepted enrol; NULL when the programme has none */
    int64_t seats;         /* its places neither taken nor offered */
    AppRankRow row, *rows; /* every application of the programme, by id */
    int nrows, cap;
    AppScoreAll score;
    int **scores; /* per row: [review * ncriteria + criterion] */
    int *filled;  /* per row: scores written */
    SelProposal *props;
    int *prop_row; /* proposal index -> row index */
    int nprops;
    SelOutcome *out;
    int *order;
    SelSummary sum;
    int64_t received, reviewed, decided[4]; /* accepted, waitlisted, declined, withdrawn */
} Rank;

static bool rank_row(void *ctx)
{
    Rank *k = ctx;
    if (k->nrows == MAX_APPS)
        return true;
    if (k->nrows == k->cap) {
        int cap = k->cap ? 2 * k->cap : 64;
        AppRankRow *grown = arena_alloc(k->r->arena, sizeof *grown * (size_t)cap);
        if (k->nrows)
            memcpy(grown, k->rows, sizeof *grown * (size_t)k->nrows);
        k->rows = grown;
        k->cap = cap;
    }
    k->rows[k->nrows++] = k->row;
    return true;
}

static int row_index(const Rank *k, int64_t id)
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

static bool score_row(void *ctx)
{
    Rank *k = ctx;
    int i = row_index(k, k->score.application_id);
    if (i < 0)
        return true;
    int cap = (int)(k->rows[i].reviews < SEL_MAX_REVIEWS ? k->rows[i].reviews : SEL_MAX_REVIEWS) *
              k->crit.n;
    if (!k->scores[i] && cap > 0)
        k->scores[i] = arena_alloc(k->r->arena, sizeof(int) * (size_t)cap);
    if (k->filled[i] < cap)
        k->scores[i][k->filled[i]++] = (int)k->score.score;
    return true;
}

static const AppStatus decided_statuses[] = {APP_ACCEPTED, APP_WAITLISTED, APP_DECLINED,
                                             APP_WITHDRAWN};

/* Loads the programme, its form, rubric, cohorts and applications, and chooses the cohort
 * whose places are decided: cohort_id, or when it is not one of the programme's, the first
 * cohort still to start with a free place, else the first with one, else the first. */
static bool rank_load(Req *r, int64_t programme_id, int64_t cohort_id, Rank *k,
                      enum MHD_Result *reply)
{
    k->r = r;
    DbStatus st = q_programme_get(r->db, r->org_id, programme_id, r->arena, &k->p);
    if (st == DB_ONE)
        st = q_app_form(r->db, r->org_id, programme_id, &k->f);
    if (st == DB_ONE &&
        (q_criteria(r->db, r->org_id, programme_id, r->arena, &k->crit.row, crit_row, &k->crit) < DB_NONE ||
         q_cohort_list(r->db, r->org_id, programme_id, r->arena, &k->cohorts.row, cohort_row, &k->cohorts) < DB_NONE ||
         q_app_rank_rows(r->db, r->org_id, programme_id, r->arena, &k->row, rank_row, k) < DB_NONE))
        st = DB_ERROR;
    if (st != DB_ONE) {
        *reply = reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
        return false;
    }
    int64_t now = clock_now();
    char today[11];
    bxl_date_text(now, today);
    Offers o = {0};
    if (q_app_offers_by_cohort(r->db, r->org_id, programme_id, now, &o.row, offers_row, &o) < DB_NONE) {
        *reply = reply_error(r, ERR_DB);
        return false;
    }
    /* by default the first cohort still to start with a free place, else any with one */
    int best = -1;
    for (int i = 0; i < k->cohorts.n; i++) {
        const Cohort *c = &k->cohorts.rows[i];
        int64_t offers = 0;
        for (int j = 0; j < o.n; j++)
            if (o.rows[j].cohort_id == c->id)
                offers = o.rows[j].offers;
        int64_t seats = c->capacity - c->enrolled - offers;
        int rank = c->id == cohort_id ? 3 : seats <= 0 ? 0 : strcmp(c->starts_on, today) > 0 ? 2 : 1;
        if (rank > best) {
            best = rank;
            k->cohort = c;
            k->seats = seats > 0 ? seats : 0;
        }
    }
    return true;
}

/* Reads the submitted scores and ranks the received applications that have all their
 * reviews, with the chosen cohort's free places as the budget. */
static bool rank_score(Req *r, Rank *k, enum MHD_Result *reply)
{
    size_t n = (size_t)(k->nrows ? k->nrows : 1);
    k->scores = arena_alloc(r->arena, sizeof *k->scores * n);
    k->filled = arena_alloc(r->arena, sizeof *k->filled * n);
    memset(k->scores, 0, sizeof *k->scores * n);
    memset(k->filled, 0, sizeof *k->filled * n);
    if (k->crit.n && q_app_scores_all(r->db, r->org_id, k->p.id, &k->score, score_row, k) < DB_NONE) {
        *reply = reply_error(r, ERR_DB);
        return false;
    }
    k->props = arena_alloc(r->arena, sizeof *k->props * n);
    k->prop_row = arena_alloc(r->arena, sizeof *k->prop_row * n);
    for (int i = 0; i < k->nrows; i++) {
        AppRankRow *x = &k->rows[i];
        for (int s = 0; s < 4; s++)
            if (x->status == decided_statuses[s])
                k->decided[s]++;
        if (x->status != APP_SUBMITTED)
            continue;
        k->received++;
        int reviews = k->crit.n ? k->filled[i] / k->crit.n : 0;
        if (!k->crit.n || reviews < k->f.reviews_needed)
            continue;
        k->reviewed++;
        k->prop_row[k->nprops] = i;
        k->props[k->nprops++] = (SelProposal){.id = x->id, .requested_cents = 1,
                                              .submitted_at = x->created_at, .eligible = true,
                                              .nreviews = reviews, .scores = k->scores[i]};
    }
    k->out = arena_alloc(r->arena, sizeof *k->out * n);
    k->order = arena_alloc(r->arena, sizeof *k->order * n);
    if (!k->nprops)
        return true;
    int weights[MAX_CRITERIA];
    for (int i = 0; i < k->crit.n; i++)
        weights[i] = (int)k->crit.rows[i].weight;
    SelCall call = {.ncriteria = k->crit.n, .weights = weights, .scale_max = (int)k->f.scale_max,
                    .min_reviews = (int)k->f.reviews_needed,
                    .scale_min = 1, .disagree_pct = 40,
                    .budget_cents = k->cohort ? k->seats : 0};
    if (sel_select(&call, k->props, k->nprops, k->out, k->order, &k->sum) != SEL_OK) {
        *reply = reply_error(r, ERR_DB);
        return false;
    }
    return true;
}

/* The proposed decision of the i-th ranked application with a waiting list of waitlist. */
static const char *proposed(const Rank *k, int i, int64_t waitlist)
{
    int p = k->order[i];
    if (k->out[p].reason == SEL_SELECTED)
        return "accept";
    int before = 0; /* ranked and not selected before this one */
    for (int j = 0; j < i; j++)
        if (k->out[k->order[j]].reason != SEL_SELECTED)
            before++;
    return before < waitlist ? "waitlist" : "capacity";
}

/* --- the page ---------------------------------------------------------------------- */

typedef struct Pool {
    Req *r;
    Member row;
    int64_t ids[256];
    char *names[256];
    int n;
} Pool;

static bool pool_row(void *ctx)
{
    Pool *p = ctx;
    if (p->n < 256 && (p->row.roles & ROLE_REVIEWER) && !p->row.disabled) {
        p->ids[p->n] = p->row.account_id;
        p->names[p->n++] = p->row.name;
    }
    return true;
}

static void rubric_section(Html *h, Req *r, const Rank *k, bool fixed)
{
    html(h, "<h2 id=\"rubric\">%s</h2>\n", _(r, "Scoring criteria"));
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena, _(r, "Reviewers score each criterion from 1 to %lld; an application's score is the mean of its reviews' weighted scores."),
                      (long long)k->f.scale_max));
    if (k->crit.n) {
        html_lit(h, "<ol class=\"items\">\n");
        for (int i = 0; i < k->crit.n; i++) {
            const AppCriterion *c = &k->crit.rows[i];
            html(h, "<li>%s <small>(%s)</small>", lang_pick(r->lang, c->label),
                 arena_printf(r->arena, _(r, "weight %lld"), (long long)c->weight));
            if (!fixed)
                html_button_form(h, r, arena_printf(r->arena, "/orgs/%lld/criteria/%lld/delete",
                                                    (long long)r->org_id, (long long)c->id),
                                 _(r, "Remove"), lang_pick(r->lang, c->label));
            html_lit(h, "</li>\n");
        }
        html_lit(h, "</ol>\n");
    } else {
        html(h, "<p>%s</p>\n", _(r, "No criterion yet: reviewers can score once there is one."));
    }
    if (fixed) {
        html(h, "<p>%s</p>\n", _(r, "Reviews are submitted: the criteria are fixed."));
        return;
    }
    html(h, "<details><summary>%s</summary>\n", _(r, "Add a criterion"));
    html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/programmes/%lld/criteria",
                                       (long long)r->org_id, (long long)k->p.id));
    html_input(h, r, NULL, "text", "label_en", _(r, "Criterion in English"), NULL, "off");
    html_input(h, r, NULL, "text", "label_nl", _(r, "Criterion in Dutch"), NULL, "off");
    html_input(h, r, NULL, "text", "label_fr", _(r, "Criterion in French"), NULL, "off");
    html_input(h, r, NULL, "number", "weight", _(r, "Weight"), "1", "off");
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n", _(r, "Add the criterion"));
    html_form_end(h);
    html_lit(h, "</details>\n");
}

static bool reviewers_section(Html *h, Req *r, const Rank *k)
{
    Pool pool = {.r = r};
    if (q_member_list(r->db, r->org_id, r->arena, &pool.row, pool_row, &pool) < DB_NONE)
        return false;
    html(h, "<h2 id=\"reviewers\">%s</h2>\n", _(r, "Reviewers"));
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena, _(r, "%lld applications received and not decided; %lld have their %lld reviews."),
                      (long long)k->received, (long long)k->reviewed, (long long)k->f.reviews_needed));
    const char *n = query_get(r, "assigned"), *sh = query_get(r, "short");
    if (n)
        html_notice(h, arena_printf(r->arena, _(r, "Reviewers assigned: %s new reviews to do."), n), false);
    if (sh && strcmp(sh, "0"))
        html_notice(h, arena_printf(r->arena, _(r, "%s applications cannot get enough different reviewers: add reviewers."), sh), true);
    if (!pool.n) {
        html(h, "<p>%s <a href=\"/orgs/%lld/members/invite\">%s</a></p>\n",
             _(r, "No member has the reviewer role yet."), (long long)r->org_id,
             _(r, "Invite reviewers"));
        return true;
    }
    const char **opts = arena_alloc(r->arena, sizeof *opts * (size_t)(2 * pool.n + 1));
    for (int i = 0; i < pool.n; i++) {
        opts[2 * i] = arena_printf(r->arena, "%lld", (long long)pool.ids[i]);
        opts[2 * i + 1] = pool.names[i];
    }
    opts[2 * pool.n] = NULL;
    html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/programmes/%lld/reviewers",
                                       (long long)r->org_id, (long long)k->p.id));
    html_checkboxes(h, NULL, "reviewer",
                    arena_printf(r->arena, _(r, "Share the reviews among (each application gets %lld different reviewers)"),
                                 (long long)k->f.reviews_needed),
                    opts, pool.n >= 63 ? -1 : ((int64_t)1 << pool.n) - 1);
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n", _(r, "Assign reviewers"));
    html_form_end(h);
    return true;
}

static void ranking_section(Html *h, Req *r, const Rank *k, int64_t waitlist)
{
    html(h, "<h2 id=\"ranking\">%s</h2>\n", _(r, "Ranking and decisions"));
    const char *n = query_get(r, "decided");
    if (n)
        html_notice(h, arena_printf(r->arena, _(r, "%s decisions recorded; the applicants are told by e-mail."), n), false);
    if (!k->cohort) {
        html(h, "<p>%s <a href=\"/orgs/%lld/programmes/%lld/cohorts/new\">%s</a></p>\n",
             _(r, "Accepted applicants enrol in a cohort: add one first."), (long long)r->org_id,
             (long long)k->p.id, _(r, "New cohort"));
        return;
    }
    /* the cohort and the length of the waiting list change the proposal */
    html(h, "<form method=\"get\" action=\"/orgs/%lld/programmes/%lld/selection#ranking\" class=\"inline\">\n",
         (long long)r->org_id, (long long)k->p.id);
    const char **opts = arena_alloc(r->arena, sizeof *opts * (size_t)(2 * k->cohorts.n + 1));
    for (int i = 0; i < k->cohorts.n; i++) {
        const Cohort *c = &k->cohorts.rows[i];
        opts[2 * i] = arena_printf(r->arena, "%lld", (long long)c->id);
        opts[2 * i + 1] = arena_printf(r->arena, _(r, "%s (%lld of %lld places taken)"), c->name,
                                       (long long)c->enrolled, (long long)c->capacity);
    }
    opts[2 * k->cohorts.n] = NULL;
    html_select(h, NULL, "cohort", _(r, "Cohort"), opts,
                arena_printf(r->arena, "%lld", (long long)k->cohort->id));
    html_input(h, r, NULL, "number", "waitlist", _(r, "Places on the waiting list"),
               arena_printf(r->arena, "%lld", (long long)waitlist), "off");
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n</form>\n", _(r, "Propose"));
    html(h, "<p>%s %s</p>\n",
         arena_printf(r->arena, _(r, "%lld places free in %s."), (long long)k->seats, k->cohort->name),
         arena_printf(r->arena, _(r, "Ranked by score; equal scores by the criterion with the highest weight, then the earliest application. Reviewers disagree when their scores are more than %s points apart."),
                      score_text(r, (k->f.scale_max - 1) * 400, 2)));
    if (!k->nprops) {
        html(h, "<p>%s</p>\n", _(r, "No application has all its reviews yet."));
        return;
    }
    static const char *const choice[] = {"accept", N_("Accept"), "waitlist", N_("Waiting list"),
                                         "capacity", N_("Decline: places filled"),
                                         "rules", N_("Decline: does not meet the rules"),
                                         "other", N_("Decline: other reason (in the note)"), NULL};
    const char *copts[11];
    for (int i = 0; i < 10; i += 2) {
        copts[i] = choice[i];
        copts[i + 1] = _(r, choice[i + 1]);
    }
    copts[10] = NULL;
    html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/programmes/%lld/decisions",
                                       (long long)r->org_id, (long long)k->p.id));
    html(h, "<input type=\"hidden\" name=\"cohort\" value=\"%lld\">\n", (long long)k->cohort->id);
    html_table_begin(h, _(r, "Ranking"));
    html(h, "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
            "<th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
         _(r, "Rank"), _(r, "Application"), _(r, "Score"), _(r, "Spread"), _(r, "Decision"), _(r, "Note"));
    for (int i = 0; i < k->sum.nranked; i++) {
        int p = k->order[i];
        const SelOutcome *o = &k->out[p];
        int64_t id = k->props[p].id;
        const char *code = arena_printf(r->arena, "A-%lld", (long long)id);
        html(h, "<tr><td>%d</td><td><a href=\"/orgs/%lld/applications/%lld\">%s</a></td><td>%s</td><td>%s",
             o->rank, (long long)r->org_id, (long long)id, code, score_text(r, o->score_milli, 2),
             score_text(r, o->spread_milli, 2));
        if (o->disagreement)
            html(h, " <strong class=\"warn\">%s</strong>", _(r, "Reviewers disagree"));
        html_lit(h, "</td><td>");
        const char *name = arena_printf(r->arena, "o-%lld", (long long)id);
        html_select(h, NULL, name, arena_printf(r->arena, _(r, "Decision on %s"), code), copts,
                    proposed(k, i, waitlist));
        html_lit(h, "</td><td>");
        html_input(h, r, NULL, "text", arena_printf(r->arena, "n-%lld", (long long)id),
                   arena_printf(r->arena, _(r, "Note on %s"), code), NULL, "off");
        html_lit(h, "</td></tr>\n");
    }
    html_lit(h, "</tbody>\n");
    html_table_end(h);
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Record these decisions and e-mail the applicants"));
    html_form_end(h);
}

static void others_section(Html *h, Req *r, const Rank *k)
{
    bool any = false;
    for (int i = 0; i < k->nrows; i++) {
        const AppRankRow *x = &k->rows[i];
        int reviews = k->crit.n ? k->filled[i] / k->crit.n : 0;
        if (x->status != APP_SUBMITTED || (k->crit.n && reviews >= k->f.reviews_needed))
            continue;
        if (!any)
            html(h, "<h2>%s</h2>\n<ul class=\"items\">\n", _(r, "Waiting for reviews"));
        any = true;
        html(h, "<li><a href=\"/orgs/%lld/applications/%lld\">A-%lld</a>: %s</li>\n",
             (long long)r->org_id, (long long)x->id, (long long)x->id,
             arena_printf(r->arena, _(r, "%d of %lld reviews in, %lld reviewers assigned"), reviews,
                          (long long)k->f.reviews_needed, (long long)x->assigned));
    }
    if (any)
        html_lit(h, "</ul>\n");
    html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Decided"),
         arena_printf(r->arena, _(r, "Accepted: %lld · Waiting list: %lld · Declined: %lld · Withdrawn: %lld"),
                      (long long)k->decided[0], (long long)k->decided[1], (long long)k->decided[2],
                      (long long)k->decided[3]));
    html(h, "<p><a href=\"/orgs/%lld/applications?programme=%lld\">%s</a></p>\n",
         (long long)r->org_id, (long long)k->p.id, _(r, "All applications of the programme"));
}

/* GET /orgs/{org}/programmes/{id}/selection */
enum MHD_Result page_app_selection(Req *r)
{
    if (!admission_sweep(r))
        return reply_error(r, ERR_DB);
    int64_t cohort = 0, waitlist = -1, submitted = 0;
    const char *cq = query_get(r, "cohort"), *wq = query_get(r, "waitlist");
    if (cq && *cq && !parse_int64(cq, &cohort))
        cohort = 0;
    if (wq && *wq && (!parse_int64(wq, &waitlist) || waitlist < 0 || waitlist > MAX_APPS))
        waitlist = -1;
    Rank k = {0};
    enum MHD_Result reply;
    if (!rank_load(r, req_id(r, "id"), cohort, &k, &reply) || !rank_score(r, &k, &reply))
        return reply;
    if (waitlist < 0)
        waitlist = k.cohort ? k.cohort->capacity / 2 : 0;
    if (q_programme_reviews_submitted(r->db, r->org_id, k.p.id, &submitted) < DB_NONE)
        return reply_error(r, ERR_DB);
    const char *title = arena_printf(r->arena, _(r, "Reviews and selection: %s"), programme_title(r, &k.p));
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n<p><a href=\"/orgs/%lld/programmes/%lld\">%s</a></p>\n", title,
         (long long)r->org_id, (long long)k.p.id, _(r, "Back to the programme"));
    if (query_get(r, "saved"))
        html_notice(h, _(r, "Saved."), false);
    rubric_section(h, r, &k, submitted > 0);
    if (!reviewers_section(h, r, &k))
        return reply_error(r, ERR_DB);
    ranking_section(h, r, &k, waitlist);
    others_section(h, r, &k);
    return page_end(r, h);
}

/* --- the rubric ------------------------------------------------------------------------ */

/* POST /orgs/{org}/programmes/{id}/criteria */
enum MHD_Result page_criterion_add(Req *r)
{
    AppCriterion c = {0};
    FieldSpec spec[] = {
        {.name = "label_en", .type = F_TEXT, .max = 200, .label = N_("Criterion in English"), .text = &c.label[0]},
        {.name = "label_nl", .type = F_TEXT, .max = 200, .label = N_("Criterion in Dutch"), .text = &c.label[1]},
        {.name = "label_fr", .type = F_TEXT, .max = 200, .label = N_("Criterion in French"), .text = &c.label[2]},
        {.name = "weight", .type = F_INT, .required = true, .min = 1, .max = 100, .label = N_("Weight"), .num = &c.weight},
        {0},
    };
    FormErrors e;
    form_read(r, spec, &e);
    if (!e.n && !(c.label[0] && *c.label[0]) && !(c.label[1] && *c.label[1]) && !(c.label[2] && *c.label[2]))
        form_error(&e, "label_en", _(r, "Name the criterion in at least one language."));
    int64_t id = req_id(r, "id");
    if (!e.n) {
        DbStatus st = q_criterion_add(r->db, r->org_id, id, &c);
        if (st < DB_NONE)
            return reply_error(r, ERR_DB);
        if (st == DB_NONE) {
            Programme p;
            if (q_programme_get(r->db, r->org_id, id, r->arena, &p) != DB_ONE)
                return reply_error(r, ERR_NOT_FOUND);
            form_error(&e, "label_en", _(r, "Reviews are submitted: the criteria are fixed."));
        }
    }
    if (e.n)
        return form_errors_back(r, _(r, "Add a criterion"), &e);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/programmes/%lld/selection?saved=1#rubric",
                                          (long long)r->org_id, (long long)id));
}

/* POST /orgs/{org}/criteria/{id}/delete */
enum MHD_Result page_criterion_delete(Req *r)
{
    int64_t programme;
    DbStatus st = q_criterion_delete(r->db, r->org_id, req_id(r, "id"), &programme);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE) {
        FormErrors e = {0};
        form_error(&e, "label_en", _(r, "Reviews are submitted: the criteria are fixed."));
        return form_errors_back(r, _(r, "Scoring criteria"), &e);
    }
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/programmes/%lld/selection?saved=1#rubric",
                                          (long long)r->org_id, (long long)programme));
}

/* --- assigning reviewers -------------------------------------------------------------- */

typedef struct Pairs {
    AppPair row, *rows;
    int n, cap;
    Arena *a;
} Pairs;

static bool pair_row(void *ctx)
{
    Pairs *p = ctx;
    if (p->n == p->cap) {
        int cap = p->cap ? 2 * p->cap : 64;
        AppPair *grown = arena_alloc(p->a, sizeof *grown * (size_t)cap);
        if (p->n)
            memcpy(grown, p->rows, sizeof *grown * (size_t)p->n);
        p->rows = grown;
        p->cap = cap;
    }
    if (p->n < MAX_APPS * 10)
        p->rows[p->n++] = p->row;
    return true;
}

typedef struct AssignTx {
    Req *r;
    const JuryResult *res;
    const int64_t *apps, *members;
    int64_t added;
} AssignTx;

static DbStatus assign_tx(Db *db, void *ctx)
{
    AssignTx *t = ctx;
    int64_t now = clock_now();
    for (int i = 0; i < t->res->npairs; i++) {
        const JuryPair *p = &t->res->pairs[i];
        DbStatus st = q_app_assign(db, t->r->org_id, t->apps[p->proposal], t->members[p->member], now);
        if (st < DB_NONE)
            return st;
    }
    return DB_ONE;
}

static int find_id(const int64_t *ids, int n, int64_t id)
{
    for (int i = 0; i < n; i++)
        if (ids[i] == id)
            return i;
    return -1;
}

/* POST /orgs/{org}/programmes/{id}/reviewers */
enum MHD_Result page_app_assign(Req *r)
{
    Rank k = {0};
    enum MHD_Result reply;
    if (!rank_load(r, req_id(r, "id"), 0, &k, &reply))
        return reply;
    Pool pool = {.r = r};
    if (q_member_list(r->db, r->org_id, r->arena, &pool.row, pool_row, &pool) < DB_NONE)
        return reply_error(r, ERR_DB);
    const char *vals[256];
    int nv = form_get_all(r, "reviewer", vals, 256);
    Pairs pairs = {.a = r->arena};
    if (q_app_pairs(r->db, r->org_id, k.p.id, &pairs.row, pair_row, &pairs) < DB_NONE)
        return reply_error(r, ERR_DB);
    /* the members: those ticked (reviewers of this organisation), then anyone who already
     * reviews an application here, whose pairs are kept */
    int64_t *members = arena_alloc(r->arena, sizeof *members * (size_t)(nv + pairs.n + 1));
    int nm = 0, npool = 0;
    FormErrors e = {0};
    for (int i = 0; i < nv; i++) {
        int64_t id;
        if (!parse_int64(vals[i], &id) || find_id(pool.ids, pool.n, id) < 0) {
            form_error(&e, "reviewer", _(r, "Choose reviewers among the members with the reviewer role."));
            break;
        }
        if (find_id(members, nm, id) < 0)
            members[nm++] = id;
    }
    npool = nm;
    if (!e.n && !npool)
        form_error(&e, "reviewer", _(r, "Tick at least one reviewer."));
    if (e.n)
        return form_errors_back(r, _(r, "Reviewers"), &e);
    int64_t *apps = arena_alloc(r->arena, sizeof *apps * (size_t)(k.nrows ? k.nrows : 1));
    int na = 0;
    for (int i = 0; i < k.nrows; i++)
        if (k.rows[i].status == APP_SUBMITTED)
            apps[na++] = k.rows[i].id;
    JuryPair *fixed = arena_alloc(r->arena, sizeof *fixed * (size_t)(pairs.n ? pairs.n : 1));
    int nf = 0;
    for (int i = 0; i < pairs.n; i++) {
        int a = find_id(apps, na, pairs.rows[i].application_id);
        if (a < 0)
            continue;
        int m = find_id(members, nm, pairs.rows[i].account_id);
        if (m < 0) {
            m = nm;
            members[nm++] = pairs.rows[i].account_id;
        }
        fixed[nf++] = (JuryPair){.member = m, .proposal = a};
    }
    if ((int64_t)na * nm > JURY_MAX_CELLS)
        return reply_error(r, ERR_DB);
    /* members who were not ticked keep their pairs and take no new ones */
    bool *conflict = arena_alloc(r->arena, (size_t)na * (size_t)nm + 1);
    memset(conflict, 0, (size_t)na * (size_t)nm + 1);
    for (int m = npool; m < nm; m++)
        for (int a = 0; a < na; a++)
            conflict[(size_t)m * (size_t)na + (size_t)a] = true;
    for (int i = 0; i < nf; i++)
        conflict[(size_t)fixed[i].member * (size_t)na + (size_t)fixed[i].proposal] = false;
    JuryProblem prob = {.nproposals = na, .nmembers = nm, .k = (int)k.f.reviews_needed,
                        .conflict = conflict, .fixed = fixed, .nfixed = nf,
                        .seed = (uint64_t)k.p.id};
    JuryResult res;
    JuryStatus js = jury_assign(&prob, &res);
    enum MHD_Result out;
    if (js == JURY_OK || js == JURY_SHORT) {
        AssignTx t = {.r = r, .res = &res, .apps = apps, .members = members};
        if (db_tx(r->db, assign_tx, &t) < DB_NONE)
            out = reply_error(r, ERR_DB);
        else
            out = reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/programmes/%lld/selection?assigned=%d&short=%d#reviewers",
                                                 (long long)r->org_id, (long long)k.p.id,
                                                 res.npairs - nf, res.nshort));
    } else {
        out = reply_error(r, ERR_DB);
    }
    jury_result_free(&res);
    return out;
}

/* --- recording the decisions --------------------------------------------------------- */

typedef struct DecideTx {
    Req *r;
    const AdmissionDecision *d;
    int n;
    int64_t cohort_id, bad_id;
    bool full;
} DecideTx;

static DbStatus decide_tx(Db *db, void *ctx)
{
    DecideTx *t = ctx;
    return admission_decide_tx(db, t->r, t->d, t->n, t->cohort_id, &t->full, &t->bad_id);
}

/* POST /orgs/{org}/programmes/{id}/decisions */
enum MHD_Result page_app_decisions(Req *r)
{
    int64_t cohort = 0;
    const char *cv = form_get(r, "cohort");
    FormErrors e = {0};
    if (!cv || !parse_int64(cv, &cohort) || cohort <= 0)
        form_error(&e, "cohort", _(r, "Choose the cohort the accepted applicants join."));
    Rank k = {0};
    enum MHD_Result reply;
    if (!e.n && (!rank_load(r, req_id(r, "id"), cohort, &k, &reply) || !rank_score(r, &k, &reply)))
        return reply;
    if (!e.n && (!k.cohort || k.cohort->id != cohort))
        form_error(&e, "cohort", _(r, "Choose the cohort the accepted applicants join."));
    AdmissionDecision *d = arena_alloc(r->arena, sizeof *d * (size_t)(k.nprops ? k.nprops : 1));
    int n = 0, accepted = 0;
    for (int i = 0; !e.n && i < k.sum.nranked; i++) {
        int64_t id = k.props[k.order[i]].id;
        const char *name = arena_printf(r->arena, "o-%lld", (long long)id);
        const char *v = form_get(r, name);
        if (!v)
            continue; /* not on the page that was sent: decided another time */
        const char *note = form_get(r, arena_printf(r->arena, "n-%lld", (long long)id));
        char *nt = note ? str_trim(arena_strdup(r->arena, note)) : NULL;
        const char *code = arena_printf(r->arena, "A-%lld", (long long)id);
        AdmissionDecision *x = &d[n];
        *x = (AdmissionDecision){.id = id, .note = nt && *nt ? nt : NULL};
        if (!strcmp(v, "accept")) {
            x->status = APP_ACCEPTED;
            x->reason = "ranked";
            accepted++;
        } else if (!strcmp(v, "waitlist")) {
            x->status = APP_WAITLISTED;
            x->reason = "ranked";
        } else if (!strcmp(v, "capacity") || !strcmp(v, "rules") || !strcmp(v, "other")) {
            x->status = APP_DECLINED;
            x->reason = !strcmp(v, "capacity") ? "capacity" : !strcmp(v, "rules") ? "rules" : "other";
        } else {
            form_error(&e, name, arena_printf(r->arena, _(r, "%s: choose a decision in the list."), code));
            continue;
        }
        if (nt && strlen(nt) > 500)
            form_error(&e, name, arena_printf(r->arena, _(r, "%s: the note is too long (500 characters at most)."), code));
        else if (!strcmp(x->reason, "other") && !x->note)
            form_error(&e, name, arena_printf(r->arena, _(r, "%s: write the reason in the note."), code));
        n++;
    }
    if (!e.n && accepted > k.seats)
        form_error(&e, "cohort", arena_printf(r->arena, _(r, "%d accepted, but %s has %lld places free."),
                                              accepted, k.cohort->name, (long long)k.seats));
    if (!e.n && !n)
        form_error(&e, "cohort", _(r, "No application to decide on."));
    if (e.n)
        return form_errors_back(r, _(r, "Ranking and decisions"), &e);
    DecideTx t = {.r = r, .d = d, .n = n, .cohort_id = cohort};
    DbStatus st = db_tx(r->db, decide_tx, &t);
    if (st == DB_CONFLICT) {
        form_error(&e, "cohort",
                   t.full ? arena_printf(r->arena, _(r, "%s filled up meanwhile: nothing was recorded."), k.cohort->name)
                          : arena_printf(r->arena, _(r, "A-%lld changed meanwhile (decided, withdrawn or already enrolled): nothing was recorded."),
                                         (long long)t.bad_id));
        return form_errors_back(r, _(r, "Ranking and decisions"), &e);
    }
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/programmes/%lld/selection?cohort=%lld&decided=%d#ranking",
                                          (long long)r->org_id, (long long)k.p.id, (long long)cohort, n));
}

/* --- one application, for staff ------------------------------------------------------ */

typedef struct Named {
    Req *r;
    Html *h;
    AppReviewLine row;
    int64_t current;
    const Crit *crit;
} Named;

static bool named_row(void *ctx)
{
    Named *o = ctx;
    Req *r = o->r;
    AppReviewLine *x = &o->row;
    if (x->account_id != o->current) {
        if (o->current)
            html_lit(o->h, "</ul>\n</article>\n");
        o->current = x->account_id;
        html(o->h, "<article>\n<h3>%s</h3>\n", x->name);
        if (*x->comment)
            html(o->h, "<p class=\"prose\">%s</p>\n", x->comment);
        html_lit(o->h, "<ul>\n");
    }
    const char *label = "";
    for (int i = 0; i < o->crit->n; i++)
        if (o->crit->rows[i].id == x->criterion_id)
            label = lang_pick(r->lang, o->crit->rows[i].label);
    html(o->h, "<li>%s: %lld</li>\n", label, (long long)x->score);
    return true;
}

/* GET /orgs/{org}/applications/{id} */
enum MHD_Result page_app_detail(Req *r)
{
    if (!admission_sweep(r))
        return reply_error(r, ERR_DB);
    Application x;
    DbStatus st = q_application_get(r->db, r->org_id, req_id(r, "id"), r->arena, &x);
    if (st != DB_ONE)
        return reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
    Crit crit = {0};
    if (q_criteria(r->db, r->org_id, x.programme_id, r->arena, &crit.row, crit_row, &crit) < DB_NONE)
        return reply_error(r, ERR_DB);
    const char *code = arena_printf(r->arena, _(r, "Application A-%lld"), (long long)x.id);
    Html *h = page_begin(r, code);
    html(h, "<h1>%s</h1>\n", code);
    if (query_get(r, "saved"))
        html_notice(h, _(r, "Saved."), false);
    html(h, "<p><a href=\"/orgs/%lld/programmes/%lld/selection\">%s</a></p>\n", (long long)r->org_id,
         (long long)x.programme_id, _(r, "Reviews and selection"));
    html(h, "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n", _(r, "Status"),
         _(r, vocab_label(&app_status, x.status)));
    if (*x.reason || *x.reason_note)
        html(h, "<dt>%s</dt><dd>%s %s</dd>\n", _(r, "Reason"), admission_reason(r, x.status, x.reason),
             x.reason_note);
    if (x.waitlist_rank && x.status == APP_WAITLISTED)
        html(h, "<dt>%s</dt><dd>%lld</dd>\n", _(r, "Place on the waiting list"), (long long)x.waitlist_rank);
    if (x.offer_expires_at)
        html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "Place offered until"), moment_text(r, x.offer_expires_at));
    html(h, "<dt>%s</dt><dd>%s</dd>\n</dl>\n", _(r, "Received on"), moment_text(r, x.created_at));
    /* who applied: admins only */
    if (r->roles & ROLE_ADMIN) {
        html(h, "<h2>%s</h2>\n<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n"
                "<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n",
             _(r, "Who applied"), _(r, "Name"), x.name, _(r, "E-mail address"), x.email,
             _(r, "Phone"), *x.phone ? x.phone : "–", _(r, "Date of birth"), x.birth_date,
             _(r, "Municipality"), x.municipality);
        if (*x.guardian_name)
            html(h, "<dt>%s</dt><dd>%s, %s</dd>\n", _(r, "Parent or guardian"), x.guardian_name,
                 x.guardian_email);
        html_lit(h, "</dl>\n");
    } else {
        html(h, "<p>%s</p>\n", _(r, "Only administrators see who applied."));
    }
    if (!html_app_blind(h, r, &x))
        return reply_error(r, ERR_DB);
    Named o = {.r = r, .h = html_new(r->arena), .crit = &crit};
    if (q_app_review_lines(r->db, r->org_id, x.id, r->arena, &o.row, named_row, &o) < DB_NONE)
        return reply_error(r, ERR_DB);
    if (o.current)
        html_lit(o.h, "</ul>\n</article>\n");
    html(h, "<h2>%s</h2>\n", _(r, "Submitted reviews"));
    if (o.current)
        html_append(h, o.h);
    else
        html(h, "<p>%s</p>\n", _(r, "None yet."));
    if (*x.consent) {
        html(h, "<h2 id=\"consent\">%s</h2>\n<p>%s</p>\n", _(r, "Consent of a parent or guardian"),
             consent_state(r, x.consent));
        if (!html_consent_events(h, r, &x))
            return reply_error(r, ERR_DB);
        bool pending = !strcmp(x.consent, "pending"), given = !strcmp(x.consent, "given");
        if ((pending || given) && x.status != APP_WITHDRAWN) {
            html(h, "<details><summary>%s</summary>\n", _(r, "Record a consent form signed on paper"));
            html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/applications/%lld/consent",
                                               (long long)r->org_id, (long long)x.id));
            html_input(h, r, NULL, "text", "by_name", _(r, "Name of the parent or guardian"), NULL, "off");
            if (pending)
                html(h, "<div class=\"actions\"><button type=\"submit\" name=\"action\" value=\"give\" class=\"secondary\">%s</button>\n"
                        "<button type=\"submit\" name=\"action\" value=\"refuse\" class=\"secondary\">%s</button></div>\n",
                     _(r, "They agreed"), _(r, "They did not agree"));
            else
                html(h, "<button type=\"submit\" name=\"action\" value=\"withdraw\" class=\"secondary\">%s</button>\n",
                     _(r, "They withdrew their consent"));
            html_form_end(h);
            html_lit(h, "</details>\n");
        }
    }
    return page_end(r, h);
}

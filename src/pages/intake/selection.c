/* selection.c — staff choose among a programme's applications, on one page: the rubric
 * (criteria with weights on one scale, and the share of it above which reviewers disagree),
 * the reviewers (each application gets N different ones, loads balanced), the ranking with
 * the proposal of domain/seats for a cohort's free places and a waiting list, and the
 * decisions, each with a reason. Applications show under codes only. What each form does is
 * the workflow's (flows/intake/selection, flows/intake/admission). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/clock.h"
#include "core/rows.h"
#include "flows/intake/admission.h"
#include "flows/intake/selection.h"
#include "html/fmt.h"
#include "http/confirm.h"
#include "pages/intake/intake.h"
#include "q/accounts/member.h"
#include "q/intake/admission.h"
#include "views/intake/edit.h"
#include "views/intake/ranking.h"
#include "views/intake/review.h"

typedef Ranking Rank;

/* The decision proposed for a ranked application. */
static const char *proposed(const SeatOutcome *o)
{
    Decision d = o->proposal == SEAT_PLACE      ? DECIDE_ACCEPT
                 : o->proposal == SEAT_WAITLIST ? DECIDE_WAITLIST
                                                : DECIDE_CAPACITY;
    return vocab_key(&decision_vocab, d);
}

/* Loads the ranking for a page; false with *reply written on failure. */
static bool rank_load(Req *r, int64_t programme_id, int64_t cohort_id, int64_t waitlist, Rank *k,
                      enum MHD_Result *reply)
{
    DbStatus st =
        ranking_load(r->db, r->arena, r->org_id, programme_id, cohort_id, waitlist, clock_now(), k);
    if (st != DB_ONE) {
        *reply = reply_missing(r, st);
        return false;
    }
    return true;
}

/* --- the page ---------------------------------------------------------------------- */

/* The members with the reviewer role, as value/label pairs for html_checkboxes; *n of them.
 * NULL on a database error. */
static const char **reviewer_options(Req *r, int *n)
{
    Member m;
    Rows members = ROWS_FROM(r->arena, &m);
    if (q_member_list(r->db, r->org_id, r->arena, &m, rows_collect, &members) < DB_NONE)
        return NULL;
    const char **opts = arena_alloc(r->arena, sizeof *opts * (size_t)(2 * members.n + 1));
    *n = 0;
    for (int i = 0; i < members.n; i++) {
        const Member *x = ROW(&members, Member, i);
        if (!(x->roles & ROLE_REVIEWER) || x->disabled)
            continue;
        opts[2 * *n] = arena_printf(r->arena, "%lld", (long long)x->account_id);
        opts[2 * (*n)++ + 1] = x->name;
    }
    opts[2 * *n] = NULL;
    return opts;
}

/* The form that rewrites what a low and a high score mean on c (its fields are named after
 * c, so that each criterion's form has its own). */
static void hint_form(Html *h, Req *r, const AppCriterion *c)
{
    html(h, "<details><summary>%s</summary>\n", _(r, "What the scores mean"));
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/criteria/%lld/hint", (long long)r->org_id,
                                 (long long)c->id));
    for (int l = 0; l < LANG_COUNT; l++)
        html_textarea(h, NULL, arena_printf(r->arena, "%s-%lld", hint_fields[l], (long long)c->id),
                      _(r, hint_labels[l]), c->hint[l], 2);
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n", _(r, "Save"));
    html_form_end(h);
    html_lit(h, "</details>\n");
}

static void rubric_section(Html *h, Req *r, const Rank *k, bool fixed)
{
    html(h, "<h2 id=\"rubric\">%s</h2>\n", _(r, "Scoring criteria"));
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena,
                      _(r, "Reviewers score each criterion from 1 to %lld; an application's score "
                           "is the mean of its reviews' weighted scores."),
                      (long long)k->f.scale_max));
    if (k->ncrit) {
        html_lit(h, "<ol class=\"items\">\n");
        for (int i = 0; i < k->ncrit; i++) {
            const AppCriterion *c = &k->crit[i];
            html(h, "<li>%s <small>(%s)</small>", lang_pick(r->lang, c->label),
                 arena_printf(r->arena, _(r, "weight %lld"), (long long)c->weight));
            if (*lang_pick(r->lang, c->hint))
                html(h, "<p class=\"hint prose\">%s</p>", lang_pick(r->lang, c->hint));
            hint_form(h, r, c);
            if (!fixed)
                html_remove_button(h, r, "criteria", c->id, lang_pick(r->lang, c->label));
            html_lit(h, "</li>\n");
        }
        html_lit(h, "</ol>\n");
    } else {
        html(h, "<p>%s</p>\n", _(r, "No criterion yet: reviewers can score once there is one."));
    }
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena,
                      _(r, "Reviewers disagree on an application when their scores are more than "
                           "%s of the scale apart."),
                      percent_text(r, k->disagree_pct)));
    html(h, "<details><summary>%s</summary>\n", _(r, "Change when reviewers disagree"));
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/programmes/%lld/disagreement",
                                 (long long)r->org_id, (long long)k->p.id));
    html_input(h, r, NULL, "number", "disagree_pct", _(r, "Share of the scale (%)"),
               arena_printf(r->arena, "%lld", (long long)k->disagree_pct), "off");
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n", _(r, "Save"));
    html_form_end(h);
    html_lit(h, "</details>\n");
    if (fixed) {
        html(h, "<p>%s</p>\n", _(r, "Reviews are submitted: the criteria are fixed."));
        return;
    }
    html(h, "<details><summary>%s</summary>\n", _(r, "Add a criterion"));
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/programmes/%lld/criteria",
                                 (long long)r->org_id, (long long)k->p.id));
    html_input(h, r, NULL, "text", "label_en", _(r, "Criterion in English"), NULL, "off");
    html_input(h, r, NULL, "text", "label_nl", _(r, "Criterion in Dutch"), NULL, "off");
    html_input(h, r, NULL, "text", "label_fr", _(r, "Criterion in French"), NULL, "off");
    html_input(h, r, NULL, "number", "weight", _(r, "Weight"), "1", "off");
    for (int l = 0; l < LANG_COUNT; l++)
        html_textarea(h, NULL, hint_fields[l], _(r, hint_labels[l]), NULL, 2);
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n", _(r, "Add the criterion"));
    html_form_end(h);
    html_lit(h, "</details>\n");
}

/* A count in the query after a redirect (how many were assigned, decided...); -1 when
 * there is none or it is not a count. */
static int64_t query_count(Req *r, const char *name)
{
    int64_t n = -1;
    FieldSpec spec[] = {FIELD(name, F_INT, NULL, .min = 0, .max = INT64_MAX, .num = &n), {0}};
    FormErrors e;
    return query_read(r, spec, &e) ? n : -1;
}

static bool reviewers_section(Html *h, Req *r, const Rank *k)
{
    int npool = 0;
    const char **pool = reviewer_options(r, &npool);
    if (!pool)
        return false;
    html(h, "<h2 id=\"reviewers\">%s</h2>\n", _(r, "Reviewers"));
    html(h, "<p>%s</p>\n",
         arena_printf(
             r->arena,
             _(r, "%lld applications received and not decided; %lld have their %lld reviews."),
             (long long)k->received, (long long)k->reviewed, (long long)k->f.reviews_needed));
    int64_t n = query_count(r, "assigned"), sh = query_count(r, "short");
    if (n >= 0)
        html_notice(h,
                    arena_printf(r->arena, _(r, "Reviewers assigned: %s new reviews to do."),
                                 arena_printf(r->arena, "%lld", (long long)n)),
                    false);
    if (sh > 0)
        html_notice(
            h,
            arena_printf(
                r->arena,
                _(r, "%s applications cannot get enough different reviewers: add reviewers."),
                arena_printf(r->arena, "%lld", (long long)sh)),
            true);
    if (!npool) {
        html(h, "<p>%s <a href=\"/orgs/%lld/members/invite\">%s</a></p>\n",
             _(r, "No member has the reviewer role yet."), (long long)r->org_id,
             _(r, "Invite reviewers"));
        return true;
    }
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/programmes/%lld/reviewers",
                                 (long long)r->org_id, (long long)k->p.id));
    html_checkboxes(
        h, NULL, "reviewer",
        arena_printf(
            r->arena,
            _(r, "Share the reviews among (each application gets %lld different reviewers)"),
            (long long)k->f.reviews_needed),
        pool, npool >= 63 ? -1 : ((int64_t)1 << npool) - 1);
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n", _(r, "Assign reviewers"));
    html_form_end(h);
    return true;
}

static bool ranking_section(Html *h, Req *r, const Rank *k, int64_t waitlist)
{
    SeatRubric rub = ranking_rubric(k, r->arena);
    html(h, "<h2 id=\"ranking\">%s</h2>\n", _(r, "Ranking and decisions"));
    int mine = 0; /* the reader's reviews to do: the scores stay hidden from them until then */
    if (!html_my_pending_reviews(h, r, k->p.id, &mine))
        return false;
    if (mine)
        return true;
    int64_t n = query_count(r, "decided");
    if (n >= 0)
        html_notice(h,
                    arena_printf(r->arena,
                                 _(r, "%s decisions recorded; the applicants are told by e-mail."),
                                 arena_printf(r->arena, "%lld", (long long)n)),
                    false);
    if (!k->cohort) {
        html(h, "<p>%s <a href=\"/orgs/%lld/programmes/%lld/cohorts/new\">%s</a></p>\n",
             _(r, "Accepted applicants enrol in a cohort: add one first."), (long long)r->org_id,
             (long long)k->p.id, _(r, "New cohort"));
        return true;
    }
    /* the cohort and the length of the waiting list change the proposal */
    html(h,
         "<form method=\"get\" action=\"/orgs/%lld/programmes/%lld/selection#ranking\" "
         "class=\"inline\">\n",
         (long long)r->org_id, (long long)k->p.id);
    const char **opts = arena_alloc(r->arena, sizeof *opts * (size_t)(2 * k->ncohorts + 1));
    for (int i = 0; i < k->ncohorts; i++) {
        const Cohort *c = &k->cohorts[i];
        opts[2 * i] = arena_printf(r->arena, "%lld", (long long)c->id);
        opts[2 * i + 1] =
            arena_printf(r->arena, _(r, "%s (%s of %s places taken)"), c->name,
                         number_text(r, c->enrolled, 0, 0), number_text(r, c->capacity, 0, 0));
    }
    opts[2 * k->ncohorts] = NULL;
    html_select(h, NULL, "cohort", _(r, "Cohort"), opts,
                arena_printf(r->arena, "%lld", (long long)k->cohort->id));
    html_input(h, r, NULL, "number", "waitlist", _(r, "Places on the waiting list"),
               arena_printf(r->arena, "%lld", (long long)waitlist), "off");
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n</form>\n", _(r, "Propose"));
    html(h, "<p>%s %s</p>\n",
         arena_printf(r->arena,
                      _n(r, "%lld place free in %s.", "%lld places free in %s.", k->seats),
                      (long long)k->seats, k->cohort->name),
         arena_printf(r->arena,
                      _(r, "Ranked by score; equal scores by the criterion with the highest "
                           "weight, then the earliest application. Reviewers disagree when their "
                           "scores are more than %s points apart."),
                      score_text(r, seat_disagree_milli(&rub), 2)));
    if (!k->napps) {
        html(h, "<p>%s</p>\n", _(r, "No application has all its reviews yet."));
        return true;
    }
    const char **copts = arena_alloc(r->arena, sizeof *copts * (size_t)(2 * decision_vocab.n + 1));
    for (int i = 0; i < decision_vocab.n; i++) {
        copts[2 * i] = decision_vocab.entries[i].key;
        copts[2 * i + 1] = _(r, decision_vocab.entries[i].label);
    }
    copts[2 * decision_vocab.n] = NULL;
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/programmes/%lld/decisions",
                                 (long long)r->org_id, (long long)k->p.id));
    html(h, "<input type=\"hidden\" name=\"cohort\" value=\"%lld\">\n", (long long)k->cohort->id);
    html_table_begin(h, _(r, "Ranking"));
    html(h,
         "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
         "<th scope=\"col\">%s</th><th scope=\"col\">%s</th><th "
         "scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
         _(r, "Rank"), _(r, "Application"), _(r, "Score"), _(r, "Spread"), _(r, "Decision"),
         _(r, "Note"));
    for (int i = 0; i < k->nranked; i++) {
        int p = k->order[i];
        const SeatOutcome *o = &k->out[p];
        int64_t id = k->apps[p].id;
        const char *code = arena_printf(r->arena, "A-%lld", (long long)id);
        html(h,
             "<tr><td>%d</td><td><a "
             "href=\"/orgs/%lld/applications/%lld\">%s</a></td><td>%s</td><td>%s",
             o->rank, (long long)r->org_id, (long long)id, code, score_text(r, o->score_milli, 2),
             score_text(r, o->spread_milli, 2));
        if (o->disagreement)
            html(h, " <strong class=\"warn\">%s</strong>", _(r, "Reviewers disagree"));
        html_lit(h, "</td><td>");
        const char *name = arena_printf(r->arena, "o-%lld", (long long)id);
        html_select(h, NULL, name, arena_printf(r->arena, _(r, "Decision on %s"), code), copts,
                    proposed(o));
        html_lit(h, "</td><td>");
        html_input(h, r, NULL, "text", arena_printf(r->arena, "n-%lld", (long long)id),
                   arena_printf(r->arena, _(r, "Note on %s"), code), NULL, "off");
        html_lit(h, "</td></tr>\n");
    }
    html_lit(h, "</tbody>\n");
    html_table_end(h);
    html(h, "<button type=\"submit\">%s</button>\n",
         _(r, "Record these decisions and e-mail the applicants"));
    html_form_end(h);
    return true;
}

/* Applications still waiting for reviews shown here, the first ones; the others are
 * counted, and all are in the programme's paged list of applications. */
#define WAITING_SHOWN 50

static void others_section(Html *h, Req *r, const Rank *k)
{
    int shown = 0;
    int64_t more = 0;
    for (int i = 0; i < k->nrows; i++) {
        const AppRankRow *x = &k->rows[i];
        int reviews = k->reviews[i];
        if (x->status != APP_SUBMITTED || (k->ncrit && reviews >= k->f.reviews_needed))
            continue;
        if (shown == WAITING_SHOWN) {
            more++;
            continue;
        }
        if (!shown++)
            html(h, "<h2>%s</h2>\n<ul class=\"items\">\n", _(r, "Waiting for reviews"));
        html(h, "<li><a href=\"/orgs/%lld/applications/%lld\">A-%lld</a>: %s</li>\n",
             (long long)r->org_id, (long long)x->id, (long long)x->id,
             arena_printf(r->arena, _(r, "%s of %s reviews in, %s reviewers assigned"),
                          number_text(r, reviews, 0, 0), number_text(r, k->f.reviews_needed, 0, 0),
                          number_text(r, x->assigned, 0, 0)));
    }
    if (shown)
        html_lit(h, "</ul>\n");
    if (more)
        html(h, "<p>%s</p>\n",
             arena_printf(r->arena,
                          _n(r, "%lld more application is waiting for reviews.",
                             "%lld more applications are waiting for reviews.", more),
                          (long long)more));
    html(
        h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Decided"),
        arena_printf(r->arena,
                     _(r, "Accepted: %lld · Waiting list: %lld · Declined: %lld · Withdrawn: %lld"),
                     (long long)k->decided[0], (long long)k->decided[1], (long long)k->decided[2],
                     (long long)k->decided[3]));
    html(h, "<p><a href=\"/orgs/%lld/applications?programme=%lld\">%s</a></p>\n",
         (long long)r->org_id, (long long)k->p.id, _(r, "All applications of the programme"));
}

/* GET /orgs/{org}/programmes/{id}/selection */
enum MHD_Result page_app_selection(Req *r)
{
    int64_t cohort = 0, waitlist = -1, submitted = 0;
    /* the cohort and waiting list chosen (the ranking's form, sent by GET); a value that
     * is not one is left out, as if not chosen */
    FieldSpec spec[] = {
        FIELD("cohort", F_ID, N_("Cohort"), .num = &cohort),
        FIELD("waitlist", F_INT, N_("Waiting list"), .min = 0, .max = 100000, .num = &waitlist),
        {0},
    };
    FormErrors e;
    query_read(r, spec, &e); /* a field in error keeps its value above */
    Rank k;
    enum MHD_Result reply;
    if (!rank_load(r, req_id(r, "id"), cohort, waitlist < 0 ? 0 : waitlist, &k, &reply))
        return reply;
    if (waitlist < 0) { /* by default half the chosen cohort's capacity */
        waitlist = k.cohort ? k.cohort->capacity / 2 : 0;
        if (!ranking_propose(&k, r->arena, waitlist))
            return reply_error(r, ERR_DB);
    }
    if (q_programme_reviews_submitted(r->db, r->org_id, k.p.id, &submitted) < DB_NONE)
        return reply_error(r, ERR_DB);
    const char *title =
        arena_printf(r->arena, _(r, "Reviews and selection: %s"), lang_pick(r->lang, k.p.title));
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n<p><a href=\"/orgs/%lld/programmes/%lld\">%s</a></p>\n", title,
         (long long)r->org_id, (long long)k.p.id, _(r, "Back to the programme"));
    if (query_get(r, "saved"))
        html_notice(h, _(r, "Saved."), false);
    rubric_section(h, r, &k, submitted > 0);
    if (!reviewers_section(h, r, &k))
        return reply_error(r, ERR_DB);
    if (!ranking_section(h, r, &k, waitlist))
        return reply_error(r, ERR_DB);
    others_section(h, r, &k);
    return page_end(r, h);
}

/* --- the rubric ------------------------------------------------------------------------ */

static enum MHD_Result to_rubric(Req *r, int64_t programme)
{
    return reply_redirect(r, arena_printf(r->arena,
                                          "/orgs/%lld/programmes/%lld/selection?saved=1#rubric",
                                          (long long)r->org_id, (long long)programme));
}

/* Field errors back to the form, another error as its page. */
static enum MHD_Result failed(Req *r, const char *title, const Outcome *o)
{
    if (o->err != ERR_COUNT)
        return reply_error(r, o->err);
    return form_errors_back(r, title, &o->fields);
}

/* The page that asks once more before decisions are recorded and mailed, or the errors that
 * the decisions would meet. */
static enum MHD_Result decide_confirm(Req *r, const Flow *f, const DecideInput *in,
                                      const char *programme)
{
    DecideSummary s;
    Outcome o = admission_decide_check(f, in, &s);
    if (!o.ok)
        return failed(r, _(r, "Ranking and decisions"), &o);
    Buf what;
    buf_init(&what, r->arena, 256);
    if (s.accepted)
        buf_printf(&what, "%s ",
                   arena_printf(r->arena,
                                _n(r, "%d applicant is accepted and enrolled in %s.",
                                   "%d applicants are accepted and enrolled in %s.", s.accepted),
                                s.accepted, s.cohort_name));
    if (s.waitlisted)
        buf_printf(&what, "%s ",
                   arena_printf(r->arena,
                                _n(r, "%d goes on the waiting list.", "%d go on the waiting list.",
                                   s.waitlisted),
                                s.waitlisted));
    if (s.declined)
        buf_printf(&what, "%s ",
                   arena_printf(r->arena, _n(r, "%d is declined.", "%d are declined.", s.declined),
                                s.declined));
    buf_adds(&what, in->n == 1 ? _(r, "The applicant gets an e-mail in their language now.")
                               : arena_printf(r->arena,
                                              _(r, "Each of the %d applicants gets an e-mail in "
                                                   "their language now."),
                                              in->n));
    buf_printf(&what, " %s", _(r, "A decision cannot be undone."));
    return confirm_page(
        r,
        arena_printf(r->arena,
                     _n(r, "Record %d decision on %s and e-mail the applicant?",
                        "Record %d decisions on %s and e-mail the applicants?", in->n),
                     in->n, programme),
        what.data, _(r, "Record and send the e-mails"),
        arena_printf(r->arena, "/orgs/%lld/programmes/%lld/selection?cohort=%lld#ranking",
                     (long long)r->org_id, (long long)in->programme_id, (long long)in->cohort_id));
}

/* POST /orgs/{org}/programmes/{id}/criteria */
enum MHD_Result page_criterion_add(Req *r)
{
    AppCriterion c = {0};
    FieldSpec spec[] = {
        FIELD("label_en", F_TEXT, N_("Criterion in English"), .max = 200, .text = &c.label[0]),
        FIELD("label_nl", F_TEXT, N_("Criterion in Dutch"), .max = 200, .text = &c.label[1]),
        FIELD("label_fr", F_TEXT, N_("Criterion in French"), .max = 200, .text = &c.label[2]),
        FIELD("weight", F_INT, N_("Weight"), .required = true, .min = 1, .max = 100,
              .num = &c.weight),
        {0},
        {0},
        {0},
        {0},
    };
    lang_text_fields(&spec[4], hint_fields, hint_labels, CRITERION_HINT_MAX, c.hint);
    FormErrors e;
    if (!form_read(r, spec, &e))
        return form_errors_back(r, _(r, "Add a criterion"), &e);
    Flow f = req_flow(r);
    Outcome o = rubric_criterion_add(&f, req_id(r, "id"), &c);
    return o.ok ? to_rubric(r, o.id) : failed(r, _(r, "Add a criterion"), &o);
}

/* POST /orgs/{org}/criteria/{id}/hint: what a low and a high score mean */
enum MHD_Result page_criterion_hint(Req *r)
{
    int64_t id = req_id(r, "id");
    char *hint[LANG_COUNT] = {NULL, NULL, NULL};
    FieldSpec spec[LANG_COUNT + 1] = {{0}};
    for (int l = 0; l < LANG_COUNT; l++)
        spec[l] =
            (FieldSpec){.name = arena_printf(r->arena, "%s-%lld", hint_fields[l], (long long)id),
                        .type = F_TEXT,
                        .max = CRITERION_HINT_MAX,
                        .label = hint_labels[l],
                        .text = &hint[l]};
    FormErrors e;
    if (!form_read(r, spec, &e))
        return form_errors_back(r, _(r, "What the scores mean"), &e);
    Flow f = req_flow(r);
    Outcome o = rubric_criterion_hint(&f, id, hint);
    return o.ok ? to_rubric(r, o.id) : failed(r, _(r, "What the scores mean"), &o);
}

/* POST /orgs/{org}/criteria/{id}/delete */
enum MHD_Result page_criterion_delete(Req *r)
{
    Flow f = req_flow(r);
    Outcome o = rubric_criterion_delete(&f, req_id(r, "id"));
    return o.ok ? to_rubric(r, o.id) : failed(r, _(r, "Scoring criteria"), &o);
}

/* POST /orgs/{org}/programmes/{id}/disagreement */
enum MHD_Result page_app_disagreement(Req *r)
{
    int64_t pct = 0;
    FieldSpec spec[] = {
        FIELD("disagree_pct", F_INT, N_("Share of the scale (%)"), .required = true, .min = 1,
              .max = 100, .num = &pct),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return form_errors_back(r, _(r, "Scoring criteria"), &e);
    Flow f = req_flow(r);
    Outcome o = rubric_disagree_set(&f, req_id(r, "id"), pct);
    return o.ok ? to_rubric(r, o.id) : failed(r, _(r, "Scoring criteria"), &o);
}

/* --- assigning reviewers -------------------------------------------------------------- */

/* POST /orgs/{org}/programmes/{id}/reviewers */
enum MHD_Result page_app_assign(Req *r)
{
    int64_t *ticked = NULL;
    int nv = 0;
    FieldSpec spec[] = {
        FIELD("reviewer", F_MULTI, N_("Reviewers"), .ids = &ticked, .nids = &nv),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e)) {
        FormErrors which = {0};
        form_error(&which, "reviewer",
                   _(r, "Choose reviewers among the members with the reviewer role."));
        return form_errors_back(r, _(r, "Reviewers"), &which);
    }
    Flow f = req_flow(r);
    AssignResult res = {0};
    Outcome o = reviewers_assign(&f, req_id(r, "id"), ticked, nv, &res);
    if (!o.ok)
        return failed(r, _(r, "Reviewers"), &o);
    return reply_redirect(
        r, arena_printf(r->arena,
                        "/orgs/%lld/programmes/%lld/selection?assigned=%d&short=%d#reviewers",
                        (long long)r->org_id, (long long)o.id, res.added, res.nshort));
}

/* --- recording the decisions --------------------------------------------------------- */

/* POST /orgs/{org}/programmes/{id}/decisions */
enum MHD_Result page_app_decisions(Req *r)
{
    int64_t cohort = 0;
    FieldSpec spec[] = {
        FIELD("cohort", F_ID, N_("Cohort"), .required = true, .num = &cohort),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e)) {
        e = (FormErrors){0};
        form_error(&e, "cohort", _(r, "Choose the cohort the accepted applicants join."));
        return form_errors_back(r, _(r, "Ranking and decisions"), &e);
    }
    Rank k;
    enum MHD_Result reply;
    if (!rank_load(r, req_id(r, "id"), cohort, 0, &k, &reply))
        return reply;
    /* a decision (o-<id>) and a note (n-<id>) per ranked application of the page sent */
    const char *keys[DECIDE_OTHER + 2];
    for (int i = 0; i < decision_vocab.n; i++)
        keys[i] = decision_vocab.entries[i].key;
    keys[decision_vocab.n] = NULL;
    size_t nspec = 2 * (size_t)k.nranked + 1;
    FieldSpec *rows = arena_alloc(r->arena, sizeof *rows * nspec);
    char **vals = arena_alloc(r->arena, sizeof *vals * (size_t)(k.nranked + 1));
    char **notes = arena_alloc(r->arena, sizeof *notes * (size_t)(k.nranked + 1));
    for (int i = 0; i < k.nranked; i++) {
        int64_t id = k.apps[k.order[i]].id;
        vals[i] = notes[i] = NULL;
        rows[2 * i] = (FieldSpec){.name = arena_printf(r->arena, "o-%lld", (long long)id),
                                  .type = F_CHOICE,
                                  .choices = keys,
                                  .label = N_("Decision"),
                                  .text = &vals[i]};
        rows[2 * i + 1] = (FieldSpec){.name = arena_printf(r->arena, "n-%lld", (long long)id),
                                      .type = F_TEXT,
                                      .max = ADMISSION_NOTE_MAX,
                                      .label = N_("Note"),
                                      .text = &notes[i]};
    }
    rows[nspec - 1] = (FieldSpec){0};
    FormErrors got;
    form_read(r, rows, &got);
    AdmissionDecision *d = arena_alloc(r->arena, sizeof *d * (size_t)(k.napps ? k.napps : 1));
    int n = 0;
    e = (FormErrors){0};
    for (int i = 0; i < k.nranked; i++) {
        const char *name = rows[2 * i].name;
        const char *code = arena_printf(r->arena, "A-%s", name + 2);
        int choice = DECIDE_CAPACITY;
        if (form_error_for(&got, name) ||
            (vals[i] && !vocab_parse(&decision_vocab, vals[i], &choice))) {
            form_error(&e, name,
                       arena_printf(r->arena, _(r, "%s: choose a decision in the list."), code));
            continue;
        }
        if (!vals[i])
            continue; /* not on the page that was sent: decided another time */
        const char *note_error = form_error_for(&got, rows[2 * i + 1].name);
        if (note_error) /* too long, or characters a note cannot hold */
            form_error(&e, name, arena_printf(r->arena, "%s: %s", code, note_error));
        d[n++] = (AdmissionDecision){.id = k.apps[k.order[i]].id,
                                     .decision = (Decision)choice,
                                     .note = notes[i] && *notes[i] ? notes[i] : NULL};
    }
    if (e.n)
        return form_errors_back(r, _(r, "Ranking and decisions"), &e);
    Flow f = req_flow(r);
    DecideInput in = {.programme_id = k.p.id, .cohort_id = cohort, .d = d, .n = n};
    if (!confirm_ok(r))
        return decide_confirm(r, &f, &in, lang_pick(r->lang, k.p.title));
    Outcome o = admission_decide(&f, &in);
    if (!o.ok)
        return failed(r, _(r, "Ranking and decisions"), &o);
    return reply_redirect(
        r, arena_printf(r->arena,
                        "/orgs/%lld/programmes/%lld/selection?cohort=%lld&decided=%d#ranking",
                        (long long)r->org_id, (long long)k.p.id, (long long)cohort, n));
}

/* appreview.c — name-blind review of applications. A reviewer sees the applications
 * assigned to them under a code (A-<id>), with an age band instead of the birth date and
 * nothing else of the person: not the name, e-mail, phone, municipality or guardian. They
 * score the organisation's rubric and comment, save a draft or submit (flows/intake/review),
 * and only then see the others' reviews of the same application, without their names. */
#include <stdio.h>
#include <string.h>

#include "flows/intake/review.h"
#include "html/fmt.h"
#include "html/pager.h"
#include "pages/intake/intake.h"
#include "q/intake/admission.h"
#include "q/intake/intake.h"
#include "views/intake/review.h"

/* --- the reviewer's list ------------------------------------------------------------- */

static ReviewState task_state(const AppTask *x)
{
    return x->submitted_at                  ? REVIEW_SUBMITTED
           : x->app_status != APP_SUBMITTED ? REVIEW_CLOSED
           : x->drafted                     ? REVIEW_DRAFT
                                            : REVIEW_TODO;
}

/* Still to review first (0), then done (1), then by code: the order of TASK_DONE in
 * q/intake/admission.c (both change together). */
static void task_key(const void *row, int sort, PagerKey *k)
{
    (void)sort;
    const AppTask *x = row;
    ReviewState s = task_state(x);
    *k = (PagerKey){.num = s == REVIEW_SUBMITTED || s == REVIEW_CLOSED, .id = x->application_id};
}

static const PagerCol task_cols[] = {
    {.key = "todo", .label = N_("To review first"), .numeric = true},
};

/* GET /orgs/{org}/reviews */
enum MHD_Result page_app_tasks(Req *r)
{
    Pager pg;
    AppTask t;
    pager_open(r, &pg, "reviews", task_cols, 1, task_key, ROWS_FROM(r->arena, &t));
    int64_t todo = 0;
    if (!pager_done(
            &pg,
            q_app_task_page(r->db, r->org_id, r->account->id, &pg.page, r->arena, &t, rows_collect,
                            &pg.rows),
            q_app_task_count(r->db, r->org_id, r->account->id, pg.page.like, &pg.total, &todo)))
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Applications to review"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Applications to review"),
         _(r, "Each application shows under a code, without the applicant's name or contact "
              "details: judge the answers only."));
    pager_search(h, r, &pg, _(r, "Search by programme or code"));
    html(h, "<p>%s</p>\n", arena_printf(r->arena, _(r, "Still to review: %lld"), (long long)todo));
    pager_summary(h, r, &pg, _(r, "Nothing to review now."));
    if (pg.rows.n)
        html_lit(h, "<ul class=\"items\">\n");
    for (int i = 0; i < pg.rows.n; i++) {
        const AppTask *x = ROW(&pg.rows, AppTask, i);
        ReviewState rs = task_state(x);
        const char *state = rs == REVIEW_SUBMITTED ? arena_printf(r->arena, _(r, "submitted on %s"),
                                                                  moment_text(r, x->submitted_at))
                                                   : _(r, vocab_label(&review_state_vocab, rs));
        html(h, "<li><a href=\"/orgs/%lld/reviews/%lld\">A-%lld</a> · %s · %s</li>\n",
             (long long)r->org_id, (long long)x->application_id, (long long)x->application_id,
             lang_pick(r->lang, x->title), state);
    }
    if (pg.rows.n)
        html_lit(h, "</ul>\n");
    pager_nav(h, r, &pg);
    return page_end(r, h);
}

/* --- one application, blind ------------------------------------------------------------ */

/* The score sent for criterion id in typed; the reviewer's saved one (score) without it. */
static int64_t typed_score(const ReviewInput *typed, int64_t id, int64_t score)
{
    if (!typed)
        return score;
    for (int j = 0; j < typed->n; j++)
        if (typed->scores[j].criterion_id == id)
            return typed->scores[j].score;
    return 0;
}

/* The way on from a submitted review: the next application to review, or that none is
 * left. False on a database error. */
static bool next_task(Html *h, Req *r)
{
    int64_t next = 0;
    DbStatus st = q_app_next_task(r->db, r->org_id, r->account->id, &next);
    if (st < DB_NONE)
        return false;
    if (st == DB_ONE)
        html(h, "<p><a href=\"/orgs/%lld/reviews/%lld\" role=\"button\">%s</a></p>\n",
             (long long)r->org_id, (long long)next, _(r, "Next application"));
    else
        html(h, "<p>%s <a href=\"/orgs/%lld/reviews\">%s</a></p>\n",
             _(r, "No application is left for you to review."), (long long)r->org_id,
             _(r, "Applications to review"));
    return true;
}

/* The application, blind, with this reviewer's review: the form until submitted (with what
 * was sent, typed, and its errors e when given), then every submitted review. */
static enum MHD_Result review_page(Req *r, const Application *x, const ReviewInput *typed,
                                   const FormErrors *e, const char *notice, int status)
{
    char *comment = NULL;
    int64_t submitted_at = 0;
    AppForm f;
    AppScore sc;
    Rows m = ROWS_FROM(r->arena, &sc);
    if (q_app_review_get(r->db, r->org_id, x->id, r->account->id, r->arena, &comment,
                         &submitted_at) != DB_ONE ||
        q_app_form(r->db, r->org_id, x->programme_id, &f) != DB_ONE ||
        q_app_my_scores(r->db, r->org_id, x->id, r->account->id, r->arena, &sc, rows_collect, &m) <
            DB_NONE)
        return reply_error(r, ERR_DB);
    const char *code = arena_printf(r->arena, _(r, "Application A-%lld"), (long long)x->id);
    Html *h = page_begin(r, code);
    html(h, "<h1>%s</h1>\n", code);
    html_notice(h, notice, false);
    if (!html_app_blind(h, r, x))
        return reply_error(r, ERR_DB);
    html(h, "<h2 id=\"review\">%s</h2>\n", _(r, "Your review"));
    if (!m.n) {
        html(h, "<p>%s</p>\n", _(r, "The organisation has not set the scoring criteria yet."));
        return page_end_status(r, h, status);
    }
    if (!submitted_at && x->status == APP_SUBMITTED) {
        html(h, "<p>%s</p>\n",
             arena_printf(r->arena,
                          _(r, "Score each criterion from 1 (weak) to %lld (strong). You will see "
                               "the other reviews once you submit yours."),
                          (long long)f.scale_max));
        html_error_summary(h, r, e);
        html_form_begin(h, r,
                        arena_printf(r->arena, "/orgs/%lld/reviews/%lld", (long long)r->org_id,
                                     (long long)x->id));
        for (int i = 0; i < m.n; i++) {
            const AppScore *c = ROW(&m, AppScore, i);
            const char *name = arena_printf(r->arena, "c-%lld", (long long)c->criterion_id);
            int64_t chosen = typed_score(typed, c->criterion_id, c->score);
            const char *err = form_error_for(e, name);
            html(h, "<fieldset id=\"f-%s\" class=\"scale\">\n<legend>%s</legend>\n", name,
                 c->weight > 1 ? arena_printf(r->arena, _(r, "%s (weight %lld)"),
                                              lang_pick(r->lang, c->label), (long long)c->weight)
                               : lang_pick(r->lang, c->label));
            if (*lang_pick(r->lang, c->hint))
                html(h, "<p class=\"hint prose\">%s</p>\n", lang_pick(r->lang, c->hint));
            if (err)
                html(h, "<small class=\"field-error\">%s</small>\n", err);
            for (int64_t v = 1; v <= f.scale_max; v++)
                html(h, "<label><input type=\"radio\" name=\"%s\" value=\"%lld\"%s> %lld</label>\n",
                     name, (long long)v, v == chosen ? " checked" : "", (long long)v);
            html_lit(h, "</fieldset>\n");
        }
        html_textarea(h, e, "comment", _(r, "Comment"), typed ? typed->comment : comment, 5);
        html(h,
             "<button type=\"submit\" name=\"action\" value=\"submit\">%s</button>\n"
             "<button type=\"submit\" name=\"action\" value=\"save\" "
             "class=\"secondary\">%s</button>\n",
             _(r, "Submit the review"), _(r, "Save as a draft"));
        html_form_end(h);
        return page_end_status(r, h, status);
    }
    if (!submitted_at) {
        html(h, "<p>%s</p>\n",
             _(r, "A decision was made on this application: reviews are closed."));
        return page_end_status(r, h, status);
    }
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena, _(r, "Submitted on %s."), moment_text(r, submitted_at)));
    if (!next_task(h, r))
        return reply_error(r, ERR_DB);
    html(h, "<h2>%s</h2>\n", _(r, "All submitted reviews"));
    int n = 0;
    if (!html_review_lines(h, r, x, false, &n))
        return reply_error(r, ERR_DB);
    if (n < f.reviews_needed)
        html(h, "<p>%s</p>\n",
             arena_printf(
                 r->arena,
                 _n(r, "%s of %s review is in.", "%s of %s reviews are in.", f.reviews_needed),
                 number_text(r, n, 0, 0), number_text(r, f.reviews_needed, 0, 0)));
    return page_end_status(r, h, status);
}

/* What a handler does with an application assigned to the reader. */
typedef enum MHD_Result (*ReviewPage)(Req *r, Application *x);

/* Loads the application of the path, then answers with fn when it is assigned to the reader
 * for review; otherwise 404 (not the organisation's), 503, or a page that says it is not
 * theirs (403). */
static enum MHD_Result with_review(Req *r, ReviewPage fn)
{
    Application x;
    DbStatus st = q_application_get(r->db, r->org_id, req_id(r, "id"), r->arena, &x);
    char *comment;
    int64_t submitted;
    if (st == DB_ONE)
        st = q_app_review_get(r->db, r->org_id, x.id, r->account->id, r->arena, &comment,
                              &submitted);
    else if (st == DB_NONE) /* not an application of this organisation */
        return reply_error(r, ERR_NOT_FOUND);
    if (st == DB_ONE)
        return fn(r, &x);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Not assigned to you"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n<p><a href=\"/orgs/%lld/reviews\">%s</a></p>\n",
         _(r, "Not assigned to you"),
         _(r, "You can review only the applications assigned to you; nothing was saved."),
         (long long)r->org_id, _(r, "Applications to review"));
    return page_end_status(r, h, 403);
}

static enum MHD_Result review_show(Req *r, Application *x)
{
    const char *notice = query_get(r, "submitted") ? _(r, "Your review is submitted.")
                         : query_get(r, "saved")   ? _(r, "Draft saved.")
                                                   : NULL;
    return review_page(r, x, NULL, NULL, notice, 200);
}

/* GET /orgs/{org}/reviews/{id} */
enum MHD_Result page_app_review(Req *r)
{
    return with_review(r, review_show);
}

static enum MHD_Result review_post(Req *r, Application *x)
{
    AppScore sc;
    Rows m = ROWS_FROM(r->arena, &sc);
    if (q_app_my_scores(r->db, r->org_id, x->id, r->account->id, r->arena, &sc, rows_collect, &m) <
        DB_NONE)
        return reply_error(r, ERR_DB);
    /* a score per criterion of the rubric (c-<id>), as a whole number: whether it is on the
     * scale, or needed to submit, is the workflow's check */
    char *action = NULL, *comment = NULL;
    char **sent = arena_alloc(r->arena, sizeof *sent * (size_t)(m.n ? m.n : 1));
    int64_t *values = arena_alloc(r->arena, sizeof *values * (size_t)(m.n ? m.n : 1));
    FieldSpec *spec = arena_alloc(r->arena, sizeof *spec * (size_t)(m.n + 3));
    /* the button pressed: a key of review_act_vocab; anything else saves a draft */
    spec[0] = (FieldSpec){.name = "action",
                          .type = F_TEXT,
                          .max = 20,
                          .label = N_("Submit the review"),
                          .text = &action};
    spec[1] = (FieldSpec){
        .name = "comment", .type = F_TEXT, .max = 10000, .label = N_("Comment"), .text = &comment};
    for (int i = 0; i < m.n; i++) {
        const AppScore *c = ROW(&m, AppScore, i);
        values[i] = 0;
        spec[2 + i] =
            (FieldSpec){.name = arena_printf(r->arena, "c-%lld", (long long)c->criterion_id),
                        .type = F_INT,
                        .label = lang_pick(r->lang, c->label),
                        .text = &sent[i],
                        .num = &values[i]};
    }
    spec[2 + m.n] = (FieldSpec){0};
    FormErrors e;
    bool read = form_read(r, spec, &e);
    int act = REVIEW_SAVE;
    vocab_parse(&review_act_vocab, action, &act);
    SentScore *scores = arena_alloc(r->arena, sizeof *scores * (size_t)(m.n ? m.n : 1));
    for (int i = 0; i < m.n; i++)
        scores[i] = (SentScore){.criterion_id = ROW(&m, AppScore, i)->criterion_id,
                                .score = !sent[i]        ? 0
                                         : values[i] > 0 ? values[i]
                                                         : -1};
    ReviewInput in = {.application_id = x->id,
                      .act = (ReviewAct)act,
                      .comment = comment,
                      .scores = scores,
                      .n = m.n};
    if (!read)
        return review_page(r, x, &in, &e, NULL, 400);
    Flow f = req_flow(r);
    Outcome o = review_save(&f, &in);
    if (!o.ok && o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return review_page(r, x, &in, &o.fields, NULL, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/reviews/%lld?%s#review",
                                          (long long)r->org_id, (long long)x->id,
                                          act == REVIEW_SUBMIT ? "submitted=1" : "saved=1"));
}

/* POST /orgs/{org}/reviews/{id} */
enum MHD_Result page_app_review_save(Req *r)
{
    return with_review(r, review_post);
}

/* appreview.c — name-blind review of applications. A reviewer sees the applications
 * assigned to them under a code (A-<id>), with an age band instead of the birth date and
 * nothing else of the person: not the name, e-mail, phone, municipality or guardian. They
 * score the organisation's rubric and comment, save a draft or submit, and only then see the
 * others' reviews of the same application, without their names. */
#include <stdio.h>
#include <string.h>

#include "core/clock.h"
#include "domain/calendar.h"
#include "html/fmt.h"
#include "pages/intake/intake.h"
#include "q/intake/admission.h"
#include "q/intake/intake.h"

/* The age band of a birth date today: the only trace of it a reviewer sees. */
const char *age_band(Req *r, const char *birth_date)
{
    static const int edges[] = {12, 16, 18, 26, 36, 51};
    Date birth, today;
    int m;
    if (!birth_date || !date_parse(birth_date, &birth))
        return "–";
    bxl_from_utc(clock_now(), &today, &m);
    int age = age_on(birth, today), lo = 0;
    for (int i = 0; i < 6; i++) {
        if (age < edges[i])
            return lo ? arena_printf(r->arena, _(r, "%d to %d years"), lo, edges[i] - 1)
                      : arena_printf(r->arena, _(r, "under %d"), edges[i]);
        lo = edges[i];
    }
    return arena_printf(r->arena, _(r, "%d or older"), lo);
}

/* --- the reviewer's list ------------------------------------------------------------- */

typedef struct Tasks {
    Req *r;
    Html *todo, *done;
    AppTask row;
    int ntodo, ndone;
} Tasks;

static bool task_row(void *ctx)
{
    Tasks *t = ctx;
    Req *r = t->r;
    AppTask *x = &t->row;
    bool open = !x->submitted_at && x->app_status == APP_SUBMITTED;
    Html *h = open ? t->todo : t->done;
    html(h, "<li><a href=\"/orgs/%lld/reviews/%lld\">A-%lld</a> · %s · %s</li>\n",
         (long long)r->org_id, (long long)x->application_id, (long long)x->application_id,
         lang_pick(r->lang, x->title),
         x->submitted_at ? arena_printf(r->arena, _(r, "submitted on %s"), moment_text(r, x->submitted_at))
         : !open         ? _(r, "decided before your review")
         : x->drafted    ? _(r, "draft saved")
                         : _(r, "to review"));
    if (open)
        t->ntodo++;
    else
        t->ndone++;
    return true;
}

/* GET /orgs/{org}/reviews */
enum MHD_Result page_app_tasks(Req *r)
{
    Tasks t = {.r = r, .todo = html_new(r->arena), .done = html_new(r->arena)};
    if (q_app_tasks(r->db, r->org_id, r->account->id, r->arena, &t.row, task_row, &t) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Applications to review"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Applications to review"),
         _(r, "Each application shows under a code, without the applicant's name or contact details: judge the answers only."));
    html(h, "<h2>%s</h2>\n", _(r, "To do"));
    if (t.ntodo) {
        html_lit(h, "<ul class=\"items\">\n");
        html_append(h, t.todo);
        html_lit(h, "</ul>\n");
    } else {
        html(h, "<p>%s</p>\n", _(r, "Nothing to review now."));
    }
    if (t.ndone) {
        html(h, "<h2>%s</h2>\n<ul class=\"items\">\n", _(r, "Done"));
        html_append(h, t.done);
        html_lit(h, "</ul>\n");
    }
    return page_end(r, h);
}

/* --- one application, blind ------------------------------------------------------------ */

typedef struct Answers {
    Req *r;
    Html *h;
    AppAnswer row;
} Answers;

static bool answer_row(void *ctx)
{
    Answers *a = ctx;
    Req *r = a->r;
    AppAnswer *x = &a->row;
    const char *v = x->value;
    if (!strcmp(x->kind, "yesno"))
        v = !strcmp(v, "yes") ? _(r, "Yes") : !strcmp(v, "no") ? _(r, "No") : v;
    html(a->h, "<dt>%s%s%s</dt><dd class=\"prose\">%s</dd>\n", lang_pick(r->lang, x->label),
         x->motivation ? " · " : "", x->motivation ? _(r, "Motivation") : "",
         *v ? v : _(r, "(no answer)"));
    return true;
}

/* The application as reviewers see it: code, programme, age band, answers. */
bool html_app_blind(Html *h, Req *r, const Application *x)
{
    html(h, "<p>%s</p>\n", lang_pick(r->lang, x->title));
    html(h, "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n</dl>\n",
         _(r, "Age"), age_band(r, x->birth_date), _(r, "Registered job-seeker"),
         x->jobseeker ? _(r, "Yes") : _(r, "No"));
    html(h, "<h2>%s</h2>\n<dl class=\"answers\">\n", _(r, "Answers"));
    Answers a = {.r = r, .h = h};
    if (q_app_answers(r->db, r->org_id, x->id, r->arena, &a.row, answer_row, &a) < DB_NONE)
        return false;
    html_lit(h, "</dl>\n");
    return true;
}

typedef struct Mine {
    AppScore row, rows[32];
    int n;
} Mine;

static bool mine_row(void *ctx)
{
    Mine *m = ctx;
    if (m->n < 32)
        m->rows[m->n++] = m->row;
    return true;
}

typedef struct Others {
    Req *r;
    Html *h;
    AppReviewLine row;
    int64_t current;
    const Mine *crit;
    int n, k;
} Others;

static bool other_row(void *ctx)
{
    Others *o = ctx;
    Req *r = o->r;
    AppReviewLine *x = &o->row;
    if (x->account_id != o->current) {
        if (o->current)
            html_lit(o->h, "</ul>\n</article>\n");
        o->current = x->account_id;
        o->n++;
        o->k = 0;
        html(o->h, "<article>\n<h3>%s</h3>\n",
             x->account_id == r->account->id ? _(r, "Your review")
                                            : arena_printf(r->arena, _(r, "Reviewer %d"), o->n));
        if (*x->comment)
            html(o->h, "<p class=\"prose\">%s</p>\n", x->comment);
        html_lit(o->h, "<ul>\n");
    }
    const char *label = "";
    for (int i = 0; i < o->crit->n; i++)
        if (o->crit->rows[i].criterion_id == x->criterion_id)
            label = lang_pick(r->lang, o->crit->rows[i].label);
    html(o->h, "<li>%s: %lld</li>\n", label, (long long)x->score);
    return true;
}

static enum MHD_Result review_page(Req *r, const Application *x, const FormErrors *e,
                                   const char *notice, int status)
{
    char *comment = NULL;
    int64_t submitted_at = 0;
    AppForm f;
    Mine m = {0};
    if (q_app_review_get(r->db, r->org_id, x->id, r->account->id, r->arena, &comment,
                         &submitted_at) != DB_ONE ||
        q_app_form(r->db, r->org_id, x->programme_id, &f) != DB_ONE ||
        q_app_my_scores(r->db, r->org_id, x->id, r->account->id, r->arena, &m.row, mine_row, &m) <
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
             arena_printf(r->arena, _(r, "Score each criterion from 1 (weak) to %lld (strong). You will see the other reviews once you submit yours."),
                          (long long)f.scale_max));
        html_error_summary(h, r, e);
        html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/reviews/%lld", (long long)r->org_id,
                                           (long long)x->id));
        for (int i = 0; i < m.n; i++) {
            AppScore *c = &m.rows[i];
            const char *name = arena_printf(r->arena, "c-%lld", (long long)c->criterion_id);
            const char *sent = form_get(r, name);
            int64_t chosen = 0;
            if (sent)
                parse_int64(sent, &chosen);
            else
                chosen = c->score;
            const char *err = form_error_for(e, name);
            html(h, "<fieldset id=\"f-%s\" class=\"scale\">\n<legend>%s</legend>\n", name,
                 c->weight > 1 ? arena_printf(r->arena, _(r, "%s (weight %lld)"), lang_pick(r->lang, c->label), (long long)c->weight)
                               : lang_pick(r->lang, c->label));
            if (err)
                html(h, "<small class=\"field-error\">%s</small>\n", err);
            for (int64_t v = 1; v <= f.scale_max; v++)
                html(h, "<label><input type=\"radio\" name=\"%s\" value=\"%lld\"%s> %lld</label>\n",
                     name, (long long)v, v == chosen ? " checked" : "", (long long)v);
            html_lit(h, "</fieldset>\n");
        }
        const char *sent_comment = form_get(r, "comment");
        html_textarea(h, e, "comment", _(r, "Comment"), sent_comment ? sent_comment : comment, 5);
        html(h, "<button type=\"submit\" name=\"action\" value=\"submit\">%s</button>\n"
                "<button type=\"submit\" name=\"action\" value=\"save\" class=\"secondary\">%s</button>\n",
             _(r, "Submit the review"), _(r, "Save as a draft"));
        html_form_end(h);
        return page_end_status(r, h, status);
    }
    if (!submitted_at) {
        html(h, "<p>%s</p>\n", _(r, "A decision was made on this application: reviews are closed."));
        return page_end_status(r, h, status);
    }
    html(h, "<p>%s</p>\n", arena_printf(r->arena, _(r, "Submitted on %s."), moment_text(r, submitted_at)));
    Others o = {.r = r, .h = html_new(r->arena), .crit = &m};
    if (q_app_review_lines(r->db, r->org_id, x->id, r->arena, &o.row, other_row, &o) < DB_NONE)
        return reply_error(r, ERR_DB);
    if (o.current)
        html_lit(o.h, "</ul>\n</article>\n");
    html(h, "<h2>%s</h2>\n", _(r, "All submitted reviews"));
    html_append(h, o.h);
    if (o.n < f.reviews_needed)
        html(h, "<p>%s</p>\n",
             arena_printf(r->arena, _(r, "%lld of %lld reviews are in."), (long long)o.n,
                          (long long)f.reviews_needed));
    return page_end_status(r, h, status);
}

/* The application, when this reviewer is assigned to it; else a page that says so. */
static bool review_load(Req *r, Application *x, enum MHD_Result *reply)
{
    DbStatus st = q_application_get(r->db, r->org_id, req_id(r, "id"), r->arena, x);
    char *comment;
    int64_t submitted;
    if (st == DB_ONE)
        st = q_app_review_get(r->db, r->org_id, x->id, r->account->id, r->arena, &comment,
                              &submitted);
    if (st < DB_NONE) {
        *reply = reply_error(r, ERR_DB);
        return false;
    }
    if (st == DB_NONE) {
        Html *h = page_begin(r, _(r, "Not assigned to you"));
        html(h, "<h1>%s</h1>\n<p>%s</p>\n<p><a href=\"/orgs/%lld/reviews\">%s</a></p>\n",
             _(r, "Not assigned to you"),
             _(r, "You can review only the applications assigned to you; nothing was saved."),
             (long long)r->org_id, _(r, "Applications to review"));
        *reply = page_end_status(r, h, 403);
        return false;
    }
    return true;
}

/* GET /orgs/{org}/reviews/{id} */
enum MHD_Result page_app_review(Req *r)
{
    Application x;
    enum MHD_Result reply;
    if (!review_load(r, &x, &reply))
        return reply;
    const char *notice = query_get(r, "submitted") ? _(r, "Your review is submitted.")
                         : query_get(r, "saved")   ? _(r, "Draft saved.")
                                                   : NULL;
    return review_page(r, &x, NULL, notice, 200);
}

typedef struct ReviewTx {
    Req *r;
    const Application *x;
    const Mine *m;
    int64_t scores[32];
    const char *comment;
    bool submit, refused;
} ReviewTx;

static DbStatus review_tx(Db *db, void *ctx)
{
    ReviewTx *t = ctx;
    Req *r = t->r;
    DbStatus st = q_app_review_save(db, r->org_id, t->x->id, r->account->id, t->comment,
                                    t->submit, clock_now());
    for (int i = 0; st == DB_ONE && i < t->m->n; i++)
        if (t->scores[i])
            st = q_app_score_set(db, r->org_id, t->x->id, r->account->id,
                                 t->m->rows[i].criterion_id, t->scores[i]);
    if (st == DB_NONE) {
        t->refused = true;
        return DB_CONFLICT;
    }
    return st;
}

/* POST /orgs/{org}/reviews/{id} */
enum MHD_Result page_app_review_save(Req *r)
{
    Application x;
    enum MHD_Result reply;
    if (!review_load(r, &x, &reply))
        return reply;
    AppForm f;
    Mine m = {0};
    if (q_app_form(r->db, r->org_id, x.programme_id, &f) != DB_ONE ||
        q_app_my_scores(r->db, r->org_id, x.id, r->account->id, r->arena, &m.row, mine_row, &m) <
            DB_NONE)
        return reply_error(r, ERR_DB);
    const char *action = form_get(r, "action");
    ReviewTx t = {.r = r, .x = &x, .m = &m, .submit = action && !strcmp(action, "submit")};
    FormErrors e = {0};
    if (!m.n)
        form_error(&e, "comment", _(r, "The organisation has not set the scoring criteria yet."));
    for (int i = 0; i < m.n; i++) {
        const char *name = arena_printf(r->arena, "c-%lld", (long long)m.rows[i].criterion_id);
        const char *label = lang_pick(r->lang, m.rows[i].label);
        const char *v = form_get(r, name);
        int64_t n;
        if (!v || !*v) {
            if (t.submit)
                form_error(&e, name, arena_printf(r->arena, _(r, "%s: give a score to submit."), label));
        } else if (!parse_int64(v, &n) || n < 1 || n > f.scale_max) {
            form_error(&e, name, arena_printf(r->arena, _(r, "%s: a score is a whole number from %lld to %lld."),
                                              label, 1LL, (long long)f.scale_max));
        } else {
            t.scores[i] = n;
        }
    }
    const char *comment = form_get(r, "comment");
    if (comment && strlen(comment) > 10000)
        form_error(&e, "comment", _(r, "The comment is too long (10,000 characters at most)."));
    t.comment = comment && *comment ? comment : NULL;
    if (!e.n) {
        DbStatus st = db_tx(r->db, review_tx, &t);
        if (t.refused)
            form_error(&e, "comment", _(r, "This review is submitted already, or a decision was made on the application."));
        else if (st < DB_NONE)
            return reply_error(r, ERR_DB);
    }
    if (e.n)
        return review_page(r, &x, &e, NULL, t.refused ? 409 : 400);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/reviews/%lld?%s#review",
                                          (long long)r->org_id, (long long)x.id,
                                          t.submit ? "submitted=1" : "saved=1"));
}

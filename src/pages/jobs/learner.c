/* learner.c — internships and jobs in the learner's space (/learning/jobs): the proposals
 * that wait for their agreement (the partner sees them only once they agree), where each of
 * their candidacies stands, the open offers of the organisations they learn at, an offer's
 * page with the form they apply with. The statements take the account signed in. */
#include "core/clock.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "flows/jobs/candidate.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "html/table.h"
#include "http/confirm.h"
#include "pages/jobs/jobs.h"
#include "q/jobs/candidate.h"
#include "q/jobs/offer.h"
#include "views/jobs/offer.h"

/* GET /learning/jobs */
enum MHD_Result page_my_jobs(Req *r)
{
    char today[11];
    bxl_date_text(clock_now(), today);
    JobCandidate c;
    JobOffer o;
    Rows mine = ROWS_FROM(r->arena, &c), open = ROWS_FROM(r->arena, &o);
    if (q_my_candidacies(r->db, r->account->id, r->arena, &c, rows_collect, &mine) < DB_NONE ||
        q_job_offers_open(r->db, r->account->id, today, r->arena, &o, rows_collect, &open) <
            DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Internships and jobs"));
    html(h, "<h1>%s</h1>\n", _(r, "Internships and jobs"));
    if (query_get(r, "saved"))
        html_notice(h, _(r, "Saved."), false);
    html(h, "<section>\n<h2>%s</h2>\n", _(r, "Where you stand"));
    if (!mine.n)
        html(h, "<p>%s</p>\n", _(r, "You are not a candidate for any offer yet."));
    else {
        HTML_TABLE(h, _(r, "Where you stand"), _(r, "Offer"), _(r, "Partner"), _(r, "Stage"),
                   _(r, "Seen by the partner"));
        for (int i = 0; i < mine.n; i++) {
            const JobCandidate *x = ROW(&mine, JobCandidate, i);
            html(h, "<tr><td>%s</td><td>%s</td><td>%s</td><td>", x->offer_title, x->partner_name,
                 _(r, vocab_label(&job_stages, x->stage)));
            if (x->agreed)
                html(h, "%s", _(r, "Yes"));
            else
                html_button_form(
                    h, r,
                    arena_printf(r->arena, "/learning/candidacies/%lld/agree", (long long)x->id),
                    _(r, "I agree to be proposed"), x->offer_title);
            html_lit(h, "</td></tr>\n");
        }
        html_table_close(h);
    }
    html(h, "</section>\n<section>\n<h2>%s</h2>\n", _(r, "Open offers"));
    if (!open.n)
        html(h, "<p>%s</p>\n", _(r, "No offer is open at the moment."));
    else {
        html_lit(h, "<ul>\n");
        for (int i = 0; i < open.n; i++) {
            const JobOffer *x = ROW(&open, JobOffer, i);
            html(h, "<li><a href=\"/learning/jobs/%lld\">%s</a> · %s · %s · %s</li>\n",
                 (long long)x->id, x->title, x->partner_name,
                 _(r, vocab_label(&job_contracts, x->contract)),
                 arena_printf(r->arena, _(r, "apply by %s"), date_words_text(r, x->closes_on)));
        }
        html_lit(h, "</ul>\n");
    }
    html(h, "</section>\n<p><a href=\"/learning\">%s</a></p>\n", _(r, "My learning"));
    return page_end(r, h);
}

typedef struct Find {
    JobOffer row, found;
    int64_t id;
    bool ok;
} Find;

static bool find(void *ctx)
{
    Find *f = ctx;
    if (f->row.id == f->id) {
        f->found = f->row;
        f->ok = true;
    }
    return true;
}

/* An open offer's page with the form to apply; e: its errors. */
static enum MHD_Result offer_page(Req *r, const FormErrors *e, int status)
{
    char today[11];
    bxl_date_text(clock_now(), today);
    Find f = {.id = req_id(r, "id")};
    if (q_job_offers_open(r->db, r->account->id, today, r->arena, &f.row, find, &f) < DB_NONE)
        return reply_error(r, ERR_DB);
    if (!f.ok)
        return reply_error(r, ERR_NOT_FOUND);
    Html *h = page_begin(r, f.found.title);
    if (!html_job_offer(h, r, &f.found))
        return reply_error(r, ERR_DB);
    html(h, "<section>\n<h2>%s</h2>\n<p>%s</p>\n", _(r, "Apply"),
         _(r, "By applying you agree that the partner sees your name, your motivation and where "
              "you stand."));
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "/learning/jobs/%lld/apply", (long long)f.id));
    html_textarea(h, e, "motivation", _(r, "Why this offer? (optional)"), form_get(r, "motivation"),
                  4);
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Apply"));
    html_form_end(h);
    html(h, "</section>\n<p><a href=\"/learning/jobs\">%s</a></p>\n", _(r, "Internships and jobs"));
    return page_end_status(r, h, status);
}

/* GET /learning/jobs/{id} */
enum MHD_Result page_my_job(Req *r)
{
    return offer_page(r, NULL, 200);
}

/* POST /learning/jobs/{id}/apply */
enum MHD_Result page_my_job_apply(Req *r)
{
    char *motivation = NULL;
    FieldSpec spec[] = {
        FIELD("motivation", F_TEXT, N_("Why this offer?"), .max = 2000, .text = &motivation),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return offer_page(r, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_job_apply(&f, req_id(r, "id"), motivation);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return offer_page(r, &o.fields, o.status);
    return reply_redirect(r, "/learning/jobs?saved=1");
}

/* POST /learning/candidacies/{id}/agree: confirmed first (the partner then sees the learner,
 * which cannot be undone) */
enum MHD_Result page_my_candidacy_agree(Req *r)
{
    JobCandidate c;
    Rows mine = ROWS_FROM(r->arena, &c);
    if (q_my_candidacies(r->db, r->account->id, r->arena, &c, rows_collect, &mine) < DB_NONE)
        return reply_error(r, ERR_DB);
    const JobCandidate *x = NULL;
    for (int i = 0; i < mine.n && !x; i++)
        if (ROW(&mine, JobCandidate, i)->id == req_id(r, "id"))
            x = ROW(&mine, JobCandidate, i);
    if (!x || x->agreed)
        return reply_error(r, ERR_NOT_FOUND);
    if (!confirm_ok(r))
        return confirm_page(r, _(r, "Agree to be proposed?"),
                            arena_printf(r->arena,
                                         _(r, "%s will see your name and where you stand for "
                                              "\"%s\". This cannot be undone."),
                                         x->partner_name, x->offer_title),
                            _(r, "I agree to be proposed"), "/learning/jobs");
    Flow f = req_flow(r);
    Outcome o = flow_job_agree(&f, x->id);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    return reply_redirect(r, "/learning/jobs?saved=1");
}

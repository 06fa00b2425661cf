/* placements.c — where learners went after training, for the training organisation's staff:
 * the placements a page at a time with the form one is recorded with (a job, an internship,
 * further training, their own start-up), the follow-ups mailed 3, 6 and 12 months after a
 * cohort ends (who has not answered), and the learners behind a programme's "placed"
 * figure. */
#include <string.h>

#include "core/rows.h"
#include "flows/jobs/placement.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "html/options.h"
#include "html/pager.h"
#include "html/table.h"
#include "pages/jobs/jobs.h"
#include "q/jobs/candidate.h"
#include "q/jobs/followup.h"
#include "q/jobs/placement.h"
#include "q/training/programme.h"
#include "views/jobs/home.h"

static const PagerCol placement_cols[PLACEMENT_SORTS] = {
    [PLACEMENT_BY_NAME] = {.key = "name", .label = N_("Learner")},
    [PLACEMENT_BY_START] = {.key = "start",
                            .label = N_("From"),
                            .numeric = false,
                            .desc_first = true},
};

static void placement_key(const void *row, int sort, PagerKey *k)
{
    const JobPlacement *p = row;
    *k = sort == PLACEMENT_BY_START ? (PagerKey){.text = p->starts_on, .id = p->id}
                                    : (PagerKey){.text = p->name, .id = p->id};
}

/* The form a placement is recorded with; x what was typed, e the errors. */
static bool placement_form(Html *h, Req *r, const JobPlacementInput *x, const FormErrors *e)
{
    bool more;
    const char *const *learners = job_learner_options(r, NULL, &more);
    if (!learners)
        return false;
    html(h, "<section>\n<h2 id=\"record\">%s</h2>\n", _(r, "Record a placement"));
    html_learner_find(h, r, "record", more);
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/placements", (long long)r->org_id));
    html_select(h, e, "person_id", _(r, "Learner"), learners, form_get(r, "person_id"));
    html_select(h, e, "kind", _(r, "What it is"),
                vocab_options(r, &job_placement_kinds, "", _(r, "Choose")), x ? x->kind : NULL);
    html_input(h, r, e, "text", "employer", _(r, "Employer, school or business"),
               x ? x->employer : NULL, "off");
    html_input(h, r, e, "date", "starts_on", _(r, "From"), x ? x->starts_on : NULL, "off");
    html_input(h, r, e, "date", "ends_on", _(r, "Until (empty: open-ended)"), x ? x->ends_on : NULL,
               "off");
    html_select(h, e, "contract", _(r, "Contract"),
                vocab_options(r, &job_contracts, "", _(r, "None or not known")),
                x ? x->contract : NULL);
    html_input(h, r, e, "number", "hours", _(r, "Hours a week (optional)"), form_get(r, "hours"),
               "off");
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Record the placement"));
    html_form_end(h);
    html_lit(h, "</section>\n");
    return true;
}

static enum MHD_Result placements_page(Req *r, const JobPlacementInput *x, const FormErrors *e,
                                       int status)
{
    Pager pg;
    JobPlacement p;
    pager_open(r, &pg, "placements", placement_cols, PLACEMENT_SORTS, placement_key,
               ROWS_FROM(r->arena, &p));
    if (!pager_done(
            &pg,
            q_job_placement_page(r->db, r->org_id, &pg.page, r->arena, &p, rows_collect, &pg.rows),
            q_job_placement_count(r->db, r->org_id, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Placements"));
    html(h, "<h1>%s</h1>\n", _(r, "Placements"));
    if (query_get(r, "saved"))
        html_notice(h, _(r, "The placement has been recorded."), false);
    pager_search(h, r, &pg, _(r, "Search by learner or employer"));
    pager_summary(h, r, &pg, _(r, "No placements yet."));
    if (pg.n) {
        static const PagerHead heads[] = {
            PAGER_SORTED(PLACEMENT_BY_NAME),
            PAGER_PLAIN(N_("What it is")),
            PAGER_PLAIN(N_("Employer, school or business")),
            PAGER_SORTED(PLACEMENT_BY_START),
            PAGER_PLAIN(N_("Until")),
            PAGER_PLAIN(N_("Contract")),
            PAGER_PLAIN(N_("Hours a week")),
        };
        pager_table_open(h, r, &pg, _(r, "Placements"), heads, 7);
        for (int i = 0; i < pg.n; i++) {
            const JobPlacement *x2 = ROW(&pg.rows, JobPlacement, i);
            int c;
            html(h,
                 "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>"
                 "<td>%s</td></tr>\n",
                 x2->name, _(r, vocab_label(&job_placement_kinds, x2->kind)), x2->employer,
                 x2->starts_on, x2->ends_on ? x2->ends_on : "–",
                 vocab_parse(&job_contracts, x2->contract, &c)
                     ? _(r, vocab_label(&job_contracts, c))
                     : "–",
                 x2->hours ? number_text(r, x2->hours, 0, 0) : "–");
        }
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    if (!placement_form(h, r, x, e))
        return reply_error(r, ERR_DB);
    html(h, "<p><a href=\"/orgs/%lld/offers\">%s</a> <a href=\"/orgs/%lld/followups\">%s</a></p>\n",
         (long long)r->org_id, _(r, "Internships and jobs"), (long long)r->org_id,
         _(r, "Follow-ups"));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/placements */
enum MHD_Result page_job_placements(Req *r)
{
    return placements_page(r, NULL, NULL, 200);
}

/* POST /orgs/{org}/placements */
enum MHD_Result page_job_placement_create(Req *r)
{
    JobPlacementInput x = {0};
    FieldSpec spec[] = {
        FIELD("person_id", F_ID, N_("Learner"), .required = true, .num = &x.person_id),
        FIELD("kind", F_TEXT, N_("What it is"), .required = true, .max = 40, .text = &x.kind),
        FIELD("employer", F_TEXT, N_("Employer, school or business"), .required = true, .max = 200,
              .text = &x.employer),
        FIELD("starts_on", F_DATE, N_("From"), .required = true, .text = &x.starts_on),
        FIELD("ends_on", F_DATE, N_("Until"), .text = &x.ends_on),
        FIELD("contract", F_TEXT, N_("Contract"), .max = 40, .text = &x.contract),
        FIELD("hours", F_INT, N_("Hours a week"), .min = 1, .max = 60, .num = &x.hours),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return placements_page(r, &x, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_job_placement_add(&f, &x);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return placements_page(r, &x, &o.fields, o.status);
    return reply_redirect(
        r, arena_printf(r->arena, "/orgs/%lld/placements?saved=1", (long long)r->org_id));
}

static const PagerCol followup_cols[FOLLOWUP_SORTS] = {
    [FOLLOWUP_BY_SENT] = {.key = "sent", .label = N_("Sent"), .numeric = true, .desc_first = true},
    [FOLLOWUP_BY_NAME] = {.key = "name", .label = N_("Learner")},
};

static void followup_key(const void *row, int sort, PagerKey *k)
{
    const JobFollowup *x = row;
    *k = sort == FOLLOWUP_BY_NAME ? (PagerKey){.text = x->name, .id = x->id}
                                  : (PagerKey){.num = x->sent_at, .id = x->id};
}

/* GET /orgs/{org}/followups[?show=unanswered] */
enum MHD_Result page_job_followups(Req *r)
{
    const char *show = query_get(r, "show");
    bool unanswered = show && !strcmp(show, "unanswered");
    Pager pg;
    JobFollowup x;
    pager_open(r, &pg, unanswered ? "followups-unanswered" : "followups", followup_cols,
               FOLLOWUP_SORTS, followup_key, ROWS_FROM(r->arena, &x));
    if (unanswered)
        pager_keep(r, &pg, "show", "unanswered");
    if (!pager_done(&pg,
                    q_job_followup_page(r->db, r->org_id, unanswered, &pg.page, r->arena, &x,
                                        rows_collect, &pg.rows),
                    q_job_followup_count(r->db, r->org_id, unanswered, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Follow-ups"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Follow-ups"),
         _(r, "Former learners are asked by mail how they are doing 3, 6 and 12 months after "
              "their cohort ends."));
    html(h, "<p>%s <a href=\"/orgs/%lld/followups%s\">%s</a></p>\n",
         unanswered ? _(r, "Showing those not answered yet.") : _(r, "Showing every follow-up."),
         (long long)r->org_id, unanswered ? "" : "?show=unanswered",
         unanswered ? _(r, "Show every follow-up") : _(r, "Show only those not answered"));
    pager_search(h, r, &pg, _(r, "Search by name"));
    pager_summary(h, r, &pg, _(r, "No follow-ups sent yet."));
    if (pg.n) {
        static const PagerHead heads[] = {
            PAGER_SORTED(FOLLOWUP_BY_NAME), PAGER_PLAIN(N_("Cohort")), PAGER_PLAIN(N_("After")),
            PAGER_SORTED(FOLLOWUP_BY_SENT), PAGER_PLAIN(N_("Answer")),
        };
        pager_table_open(h, r, &pg, _(r, "Follow-ups"), heads, 5);
        for (int i = 0; i < pg.n; i++) {
            const JobFollowup *y = ROW(&pg.rows, JobFollowup, i);
            int s;
            html(h, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>", y->name, y->cohort_name,
                 arena_printf(r->arena, _(r, "%lld months"), (long long)y->months),
                 moment_text(r, y->sent_at));
            if (!y->answered_at)
                html(h, "<strong>%s</strong>", _(r, "Not answered"));
            else
                html(h, "%s · %s · %s",
                     y->still_there ? _(r, "Still there") : _(r, "No longer there"),
                     y->situation && vocab_parse(&job_situations, y->situation, &s)
                         ? _(r, vocab_label(&job_situations, s))
                         : "–",
                     y->may_count ? _(r, "may be counted") : _(r, "not to be counted"));
            html_lit(h, "</td></tr>\n");
        }
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    return page_end(r, h);
}

/* GET /orgs/{org}/programmes/{id}/placed: the learners behind the "placed" figure */
enum MHD_Result page_programme_placed(Req *r)
{
    Programme p;
    DbStatus st = q_programme_get(r->db, r->org_id, req_id(r, "id"), r->arena, &p);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Rows placed;
    if (!job_programme_placed(r, p.id, &placed))
        return reply_error(r, ERR_DB);
    const char *title = lang_pick(r->lang, p.title);
    Html *h = page_begin(r, _(r, "Placed"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", arena_printf(r->arena, _(r, "Placed: %s"), title),
         _(r, "A learner counts as placed with a placement that starts from the first day of "
              "their cohort to six months after its last day, and had not ended before that "
              "last day."));
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena, _n(r, "%s learner placed.", "%s learners placed.", placed.n),
                      number_text(r, placed.n, 0, 0)));
    if (placed.n) {
        HTML_TABLE(h, _(r, "Placed"), _(r, "Learner"), _(r, "Cohort"), _(r, "What it is"),
                   _(r, "Employer, school or business"), _(r, "From"));
        for (int i = 0; i < placed.n; i++) {
            const JobPlacedRow *x = ROW(&placed, JobPlacedRow, i);
            html(h, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n", x->name,
                 x->cohort_name, _(r, vocab_label(&job_placement_kinds, x->p.kind)), x->p.employer,
                 x->p.starts_on);
        }
        html_table_close(h);
    }
    html(h, "<p><a href=\"/orgs/%lld/programmes/%lld\">%s</a></p>\n", (long long)r->org_id,
         (long long)p.id, title);
    return page_end(r, h);
}

/* followup.c — the follow-up form a former learner's personal link opens (/followup/{token},
 * no account needed: the token is the key): still there? what now? may we count it? An
 * answer may be given again; the latest one counts. */
#include <string.h>

#include "flows/jobs/followup.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "http/form.h"
#include "pages/jobs/jobs.h"

static const char *const yes_no[] = {"yes", "no", NULL};

/* The form; e: its errors. */
static enum MHD_Result followup_page(Req *r, const FormErrors *e, int status)
{
    Flow f = req_flow(r);
    JobFollowup fu;
    DbStatus st = job_followup_of_token(&f, req_param(r, "token"), &fu);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Html *h = page_begin(r, _(r, "How are you doing?"));
    html(h, "<h1>%s</h1>\n", _(r, "How are you doing?"));
    if (query_get(r, "saved"))
        html_notice(h, _(r, "Thank you: your answer has been recorded."), false);
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena,
                      _(r, "%s, %lld months ago you finished %s at %s. Three short questions:"),
                      fu.name, (long long)fu.months, fu.cohort_name, fu.org_name));
    if (fu.answered_at && !e)
        html(h, "<p>%s</p>\n",
             _(r, "You have answered already; you may answer again, the latest answer counts."));
    const char *const yn[] = {"", _(r, "Choose"), "yes", _(r, "Yes"), "no", _(r, "No"), NULL};
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "/followup/%s", req_param(r, "token")));
    html_select(h, e, "still_there",
                _(r, "Are you still in the job, internship, training or business you had?"), yn,
                form_get(r, "still_there"));
    html_select(h, e, "situation", _(r, "What do you do now?"),
                vocab_options(r, &job_situations, "", _(r, "Choose")), form_get(r, "situation"));
    html_select(h, e, "may_count", _(r, "May we count your answer in our figures?"), yn,
                form_get(r, "may_count"));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Send my answer"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* GET /followup/{token} */
enum MHD_Result page_followup(Req *r)
{
    return followup_page(r, NULL, 200);
}

/* POST /followup/{token} */
enum MHD_Result page_followup_answer(Req *r)
{
    char *still = NULL, *may = NULL;
    JobFollowupAnswer x = {0};
    FieldSpec spec[] = {
        FIELD("still_there", F_CHOICE, N_("Are you still there?"), .required = true,
              .choices = yes_no, .text = &still),
        FIELD("situation", F_TEXT, N_("What do you do now?"), .required = true, .max = 40,
              .text = &x.situation),
        FIELD("may_count", F_CHOICE, N_("May we count your answer?"), .required = true,
              .choices = yes_no, .text = &may),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return followup_page(r, &e, 400);
    x.still_there = !strcmp(still, "yes");
    x.may_count = !strcmp(may, "yes");
    Flow f = req_flow(r);
    Outcome o = flow_job_followup_answer(&f, req_param(r, "token"), &x);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return followup_page(r, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/followup/%s?saved=1", req_param(r, "token")));
}

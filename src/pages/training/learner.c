/* learner.c — a learner's own space: my programmes, my schedule, my attendance, and
 * the private link of my calendar feed. Staff open it to a learner by inviting the
 * person record they enrolled; accepting links the record to the learner's account. */
#include <string.h>

#include "core/clock.h"
#include "core/rows.h"
#include "domain/attendance.h"
#include "domain/auth.h"
#include "flows/training/learner.h"
#include "html/fmt.h"
#include "pages/training/training.h"
#include "q/training/enrolment.h"
#include "q/training/learner.h"
#include "views/cases/case.h"
#include "views/competences/progress.h"
#include "views/credentials/credential.h"
#include "views/jobs/home.h"
#include "views/resources/list.h"
#include "views/training/feed.h"

/* POST /orgs/{org}/people/{id}/invite */
enum MHD_Result page_learner_invite(Req *r)
{
    static const char *const langs[] = {"en", "nl", "fr", NULL};
    char *lang = NULL;
    FieldSpec spec[] = {
        FIELD("lang", F_CHOICE, N_("Language of the invitation"), .required = true,
              .choices = langs, .text = &lang),
        {0},
    };
    FormErrors e;
    Lang l = LANG_EN;
    if (form_read(r, spec, &e))
        lang_parse(lang, &l);
    Flow f = req_flow(r);
    Outcome o = e.n ? outcome_ok() : flow_learner_invite(&f, req_id(r, "id"), l);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (e.n || !o.ok)
        return form_errors_back(r, _(r, "Invite to the learner space"), e.n ? &e : &o.fields);
    const char *back = form_get(r, "back");
    if (!local_path(back))
        back = arena_printf(r->arena, "/orgs/%lld", (long long)r->org_id);
    return reply_redirect(
        r, arena_printf(r->arena, "%s%cinvited=1", back, strchr(back, '?') ? '&' : '?'));
}

/* One of the learner's enrolments as a card, with their attendance. */
static void enrolment_card(Html *h, Req *r, const LearnerEnrolment *e)
{
    const char *status = _(r, vocab_label(&enrolment_statuses, e->status));
    html(h, "<article>\n<h3>%s</h3>\n<p>%s · %s<br>%s – %s · %s</p>\n",
         lang_pick(r->lang, e->title), e->org_name, e->cohort, e->starts_on, e->ends_on, status);
    Tally t = {e->present, e->late, e->absent, e->excused};
    int rate = attendance_rate(&t);
    if (rate >= 0) {
        html(h, "<p>%s", arena_printf(r->arena, _(r, "Attendance: %s."), percent_text(r, rate)));
        if (e->status == ENROLMENT_ENROLLED && attendance_at_risk(&t, AT_RISK_PERCENT))
            html(h, " <strong class=\"warn\">%s</strong>",
                 arena_printf(r->arena,
                              _(r, "Below %s: talk to your trainer if something keeps you away."),
                              percent_text(r, AT_RISK_PERCENT)));
        html_lit(h, "</p>\n");
    }
    html_lit(h, "</article>\n");
}

/* A session to come: when, what, where. */
static void session_item(Html *h, Req *r, const SessionItem *s)
{
    html(h, "<li><strong>%s</strong><span>%s · %s</span>",
         session_when(r, s->starts_at, s->ends_at), lang_pick(r->lang, s->title), s->cohort);
    if (s->location[0])
        html(h, "<span>%s%s%s</span>", s->location, s->municipality[0] ? ", " : "",
             s->municipality);
    html_lit(h, "</li>\n");
}

/* A past session with the learner's mark. */
static void mark_item(Html *h, Req *r, const SessionItem *s)
{
    html(h, "<li><strong>%s</strong><span>%s</span><span class=\"mark %s\">%s</span></li>\n",
         session_when(r, s->starts_at, s->ends_at), lang_pick(r->lang, s->title),
         s->mark == MARK_NONE ? "none" : vocab_key(&attendance_marks, s->mark),
         s->mark == MARK_NONE ? _(r, "Not recorded")
                              : _(r, vocab_label(&attendance_marks, s->mark)));
}

/* The sessions of list (SessionItem), each written by item, under intro; none when there is
 * none. */
static void session_list(Html *h, Req *r, const Rows *list,
                         void (*item)(Html *h, Req *r, const SessionItem *s), const char *intro,
                         const char *none)
{
    if (!list->n) {
        html(h, "<p>%s</p>\n", none);
        return;
    }
    html(h, "<p>%s</p>\n<ul class=\"sessions\">\n", intro);
    for (int i = 0; i < list->n; i++)
        item(h, r, ROW(list, SessionItem, i));
    html_lit(h, "</ul>\n");
}

/* The private calendar address of one person the account follows, with its reset button. */
static void feed_item(Html *h, Req *r, const FeedOwner *f)
{
    const char *url = feed_url(r, false, f->org_id, f->id, f->gen);
    html(h, "<li><p>%s</p><p><a href=\"%s\" class=\"feed\">%s</a></p>\n", f->name, url, url);
    html_button_form(h, r, arena_printf(r->arena, "/learning/feeds/%lld/reset", (long long)f->id),
                     _(r, "Make a new link"), f->name);
    html_lit(h, "</li>\n");
}

/* GET /learning */
enum MHD_Result page_learning(Req *r)
{
    int64_t now = clock_now(), id = r->account->id;
    LearnerEnrolment e;
    SessionItem s;
    FeedOwner f;
    Rows cards = ROWS_FROM(r->arena, &e), upcoming = ROWS_FROM(r->arena, &s),
         past = ROWS_FROM(r->arena, &s), feeds = ROWS_FROM(r->arena, &f);
    if (q_learner_enrolments(r->db, id, r->arena, &e, rows_collect, &cards) < DB_NONE ||
        q_learner_sessions(r->db, id, now, 10, r->arena, &s, rows_collect, &upcoming) < DB_NONE ||
        q_learner_marks(r->db, id, now, 10, r->arena, &s, rows_collect, &past) < DB_NONE ||
        q_learner_people(r->db, id, r->arena, &f, rows_collect, &feeds) < DB_NONE)
        return reply_error(r, ERR_DB);

    Html *h = page_begin(r, _(r, "My learning"));
    html(h, "<h1>%s</h1>\n", _(r, "My learning"));
    if (query_get(r, "saved"))
        html_notice(h, _(r, "Saved."), false);
    html(h, "<p><a href=\"/learning/record\">%s</a></p>\n",
         _(r, "My record: competences, certifications and credentials, to share"));
    html(h, "<p><a href=\"/learning/talent\">%s</a></p>\n",
         _(r, "My profile for partners: be seen for internships and jobs, or not"));
    if (!cards.n) {
        html(h, "<p>%s</p>\n<p><a href=\"/programmes\">%s</a></p>\n",
             _(r, "You are not enrolled in any programme yet."), _(r, "See the programmes"));
        return page_end(r, h);
    }
    html(h, "<section>\n<h2 id=\"my-programmes\">%s</h2>\n", _(r, "My programmes"));
    for (int i = 0; i < cards.n; i++)
        enrolment_card(h, r, ROW(&cards, LearnerEnrolment, i));
    html(h, "</section>\n<section>\n<h2 id=\"my-schedule\">%s</h2>\n", _(r, "My schedule"));
    session_list(h, r, &upcoming, session_item, _(r, "The next sessions:"),
                 _(r, "No sessions planned."));
    if (feeds.n) {
        html(h, "<h3>%s</h3>\n<p>%s</p>\n<ul class=\"feeds\">\n", _(r, "In your calendar"),
             _(r, "Add this private address to your calendar app (as a subscription, \"from "
                  "URL\") to see your sessions there. Keep it to yourself; if someone else got "
                  "it, make a new link."));
        for (int i = 0; i < feeds.n; i++)
            feed_item(h, r, ROW(&feeds, FeedOwner, i));
        html_lit(h, "</ul>\n");
    }
    html(h,
         "</section>\n<section>\n"
         "<h2 id=\"my-attendance\">%s</h2>\n",
         _(r, "My attendance"));
    session_list(h, r, &past, mark_item, _(r, "The latest sessions:"), _(r, "No sessions yet."));
    html_lit(h, "</section>\n");
    if (view_record_cases(h, r, r->account->id, false) < DB_NONE ||
        !html_learner_competences(h, r) || !html_my_resources(h, r))
        return reply_error(r, ERR_DB);
    if (view_learner_credentials(h, r) < DB_NONE || view_learner_jobs(h, r) < DB_NONE)
        return reply_error(r, ERR_DB);
    return page_end(r, h);
}

/* checkin.c — learners check themselves in by scanning the QR code a trainer shows.
 * The code is a link whose HMAC covers the organisation and the session; it works only
 * from half an hour before the start until the end, for a signed-in learner enrolled in
 * the session's cohort. After a quarter of an hour the mark is "late". */
#include <stdio.h>
#include <string.h>

#include "core/clock.h"
#include "domain/auth.h"
#include "domain/calendar.h"
#include "flows/training/attendance.h"
#include "html/fmt.h"
#include "html/qr.h"
#include "pages/training/training.h"
#include "q/training/attendance.h"
#include "q/training/learner.h"
#include "views/training/programme.h"

static const char *code_tag(Req *r, int64_t org_id, int64_t session_id, char *tag)
{
    auth_link_tag(
        r->app->secret,
        arena_printf(r->arena, "checkin|%lld|%lld", (long long)org_id, (long long)session_id), tag);
    return tag;
}

static const char *hhmm(Req *r, int64_t t)
{
    Date d;
    int m;
    bxl_from_utc(t, &d, &m);
    return arena_printf(r->arena, "%02d:%02d", m / 60, m % 60);
}

/* GET /orgs/{org}/sessions/{id}/check-in: the code to show on a screen. */
enum MHD_Result page_checkin_code(Req *r)
{
    int64_t id = req_id(r, "id");
    SessionItem s;
    DbStatus st = q_session_item(r->db, id, r->arena, &s);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE || s.org_id != r->org_id)
        return reply_error(r, ERR_NOT_FOUND);
    char tag[AUTH_LINK_TAG_LEN + 1];
    const char *url = arena_printf(r->arena, "%s/check-in/%lld-%s", base_url(r), (long long)id,
                                   code_tag(r, r->org_id, id, tag));
    Programme p = {.title = {s.title[0], s.title[1], s.title[2]}};
    Html *h = page_begin(r, _(r, "Check-in code"));
    html(h, "<h1>%s</h1>\n<p>%s · %s<br>%s</p>\n", _(r, "Check in with your phone"),
         programme_title(r, &p), s.cohort, session_when(r, s.starts_at, s.ends_at));
    int64_t now = clock_now();
    if (now < s.starts_at - CHECKIN_OPENS_BEFORE || now > s.ends_at)
        html_notice(h,
                    arena_printf(r->arena,
                                 _(r, "This code works only from %s until %s on the day of the "
                                      "session."),
                                 hhmm(r, s.starts_at - CHECKIN_OPENS_BEFORE), hhmm(r, s.ends_at)),
                    true);
    html(h, "<p>%s</p>\n",
         _(r, "Scan this code with your phone's camera, sign in if asked, "
              "and press \"I am here\"."));
    html_lit(h, "<figure class=\"checkin\">\n");
    if (!html_qr_svg(h, url, _(r, "QR code to check in")))
        return reply_error(r, ERR_INTERNAL);
    html(h, "<figcaption><a href=\"%s\">%s</a></figcaption>\n</figure>\n", url, url);
    html(h, "<p><a href=\"/orgs/%lld/sessions/%lld/attendance\">%s</a></p>\n", (long long)r->org_id,
         (long long)id, _(r, "Back to the roster"));
    return page_end(r, h);
}

typedef struct Checkin {
    int64_t id;
    SessionItem s;
    RosterRow state;
    bool enrolled;
} Checkin;

/* Finds the session of the {code} parameter and the account's enrolment in it. */
static DbStatus checkin_load(Req *r, Checkin *c)
{
    const char *code = req_param(r, "code");
    long long id = 0;
    char tag[AUTH_LINK_TAG_LEN + 1] = "";
    int end = 0;
    if (!code || strlen(code) > 64 || sscanf(code, "%lld-%32[0-9a-f]%n", &id, tag, &end) != 2 ||
        (size_t)end != strlen(code) || id <= 0)
        return DB_NONE;
    DbStatus st = q_session_item(r->db, id, r->arena, &c->s);
    if (st == DB_ONE &&
        !auth_link_tag_ok(r->app->secret,
                          arena_printf(r->arena, "checkin|%lld|%lld", (long long)c->s.org_id, id),
                          tag))
        st = DB_NONE;
    if (st == DB_ONE) {
        c->id = id;
        st = q_checkin_state(r->db, c->s.org_id, id, r->account->id, r->arena, &c->state);
        c->enrolled = st == DB_ONE;
        if (st == DB_NONE)
            st = DB_ONE;
    }
    return st;
}

/* What a handler does with the session of the code and the account's enrolment in it. */
typedef enum MHD_Result (*CheckinPage)(Req *r, Checkin *c);

/* Answers with fn for the session of the code; 404 (or 503) when there is none. */
static enum MHD_Result with_checkin(Req *r, CheckinPage fn)
{
    Checkin c;
    DbStatus st = checkin_load(r, &c);
    return st == DB_ONE ? fn(r, &c) : reply_missing(r, st);
}

static enum MHD_Result checkin_page(Req *r, const Checkin *c, const char *error, int status)
{
    Programme p = {.title = {c->s.title[0], c->s.title[1], c->s.title[2]}};
    Html *h = page_begin(r, _(r, "Check in"));
    html(h, "<h1>%s</h1>\n<p>%s · %s<br>%s<br>%s</p>\n", _(r, "Check in"), programme_title(r, &p),
         c->s.cohort, session_when(r, c->s.starts_at, c->s.ends_at), c->s.location);
    const RosterRow *m = &c->state;
    if (c->enrolled && m->via == VIA_SELF) {
        html_notice(h,
                    arena_printf(r->arena,
                                 m->status == MARK_LATE ? _(r, "You checked in at %s, late.")
                                                        : _(r, "You checked in at %s."),
                                 hhmm(r, m->recorded_at)),
                    false);
        html(h, "<p><a href=\"/learning\">%s</a></p>\n", _(r, "My learning"));
        return page_end_status(r, h, status);
    }
    if (error) {
        html_notice(h, error, true);
        html(h, "<p><a href=\"/learning\">%s</a></p>\n", _(r, "My learning"));
        return page_end_status(r, h, status);
    }
    html_form_begin(h, r, arena_printf(r->arena, "/check-in/%s", req_param(r, "code")));
    html(h, "<button type=\"submit\" class=\"big\">%s</button>\n", _(r, "I am here"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

static enum MHD_Result checkin_show(Req *r, Checkin *c)
{
    Flow f = req_flow(r);
    int status;
    const char *why = flow_checkin_refusal(&f, &c->s, c->enrolled, &status);
    return checkin_page(r, c, why, status);
}

/* GET /check-in/{code} */
enum MHD_Result page_checkin(Req *r)
{
    return with_checkin(r, checkin_show);
}

static enum MHD_Result checkin_post(Req *r, Checkin *c)
{
    Flow f = req_flow(r);
    Outcome o = flow_checkin(&f, &c->s, &c->state, c->enrolled);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return checkin_page(r, c, form_error_for(&o.fields, "checkin"), o.status);
    return reply_redirect(r, arena_printf(r->arena, "/check-in/%s", req_param(r, "code")));
}

/* POST /check-in/{code} */
enum MHD_Result page_checkin_post(Req *r)
{
    return with_checkin(r, checkin_post);
}

/* checkin.c — learners check themselves in by scanning the QR code a trainer shows.
 * The code is a link whose HMAC covers the organisation and the session; it works only
 * from half an hour before the start until the end, for a signed-in learner enrolled in
 * the session's cohort. After a quarter of an hour the mark is "late". */
#include <stdio.h>
#include <string.h>

#include "core/clock.h"
#include "domain/auth.h"
#include "domain/calendar.h"
#include "html/fmt.h"
#include "html/qr.h"
#include "pages/training/training.h"
#include "q/training/attendance.h"
#include "q/training/learner.h"

#define CHECKIN_OPENS_BEFORE (30 * 60)
#define CHECKIN_LATE_AFTER (15 * 60)

static const char *code_tag(Req *r, int64_t org_id, int64_t session_id, char *tag)
{
    auth_link_tag(r->app->secret,
                  arena_printf(r->arena, "checkin|%lld|%lld", (long long)org_id,
                               (long long)session_id),
                  tag);
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
    html(h, "<p>%s</p>\n", _(r, "Scan this code with your phone's camera, sign in if asked, "
                              "and press \"I am here\"."));
    html_lit(h, "<figure class=\"checkin\">\n");
    if (!html_qr_svg(h, url, _(r, "QR code to check in")))
        return reply_error(r, ERR_INTERNAL);
    html(h, "<figcaption><a href=\"%s\">%s</a></figcaption>\n</figure>\n", url, url);
    html(h, "<p><a href=\"/orgs/%lld/sessions/%lld/attendance\">%s</a></p>\n",
         (long long)r->org_id, (long long)id, _(r, "Back to the roster"));
    return page_end(r, h);
}

typedef struct Checkin {
    int64_t id;
    SessionItem s;
    RosterRow state;
    bool enrolled;
} Checkin;

/* Finds the session of the {code} parameter and the account's enrolment in it. */
static bool checkin_load(Req *r, Checkin *c, enum MHD_Result *reply)
{
    const char *code = req_param(r, "code");
    long long id = 0;
    char tag[AUTH_LINK_TAG_LEN + 1] = "";
    int end = 0;
    if (!code || strlen(code) > 64 || sscanf(code, "%lld-%32[0-9a-f]%n", &id, tag, &end) != 2 ||
        (size_t)end != strlen(code) || id <= 0) {
        *reply = reply_error(r, ERR_NOT_FOUND);
        return false;
    }
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
    if (st == DB_ONE)
        return true;
    *reply = reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
    return false;
}

/* Why the learner cannot check in now, or NULL when they can. *status is the HTTP
 * status that goes with the reason. */
static const char *checkin_refusal(Req *r, const Checkin *c, int64_t now, int *status)
{
    *status = 200;
    if (!c->enrolled) {
        *status = 403;
        return _(r, "You are not enrolled in this group. Ask your trainer to enrol you, or to "
                    "invite you with the e-mail address of this account.");
    }
    if (now < c->s.starts_at - CHECKIN_OPENS_BEFORE)
        return arena_printf(r->arena, _(r, "Check-in opens at %s, half an hour before the session."),
                            hhmm(r, c->s.starts_at - CHECKIN_OPENS_BEFORE));
    if (now > c->s.ends_at)
        return _(r, "This session has ended: check-in is closed.");
    return NULL;
}

static enum MHD_Result checkin_page(Req *r, const Checkin *c, const char *error, int status)
{
    Programme p = {.title = {c->s.title[0], c->s.title[1], c->s.title[2]}};
    Html *h = page_begin(r, _(r, "Check in"));
    html(h, "<h1>%s</h1>\n<p>%s · %s<br>%s<br>%s</p>\n", _(r, "Check in"), programme_title(r, &p),
         c->s.cohort, session_when(r, c->s.starts_at, c->s.ends_at), c->s.location);
    const RosterRow *m = &c->state;
    if (c->enrolled && !strcmp(m->via, "self")) {
        html_notice(h,
                    arena_printf(r->arena,
                                 !strcmp(m->status, "late") ? _(r, "You checked in at %s, late.")
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

/* GET /check-in/{code} */
enum MHD_Result page_checkin(Req *r)
{
    Checkin c;
    enum MHD_Result reply;
    if (!checkin_load(r, &c, &reply))
        return reply;
    int status;
    const char *why = checkin_refusal(r, &c, clock_now(), &status);
    return checkin_page(r, &c, why, status);
}

/* POST /check-in/{code} */
enum MHD_Result page_checkin_post(Req *r)
{
    Checkin c;
    enum MHD_Result reply;
    if (!checkin_load(r, &c, &reply))
        return reply;
    int64_t now = clock_now();
    int status;
    const char *why = checkin_refusal(r, &c, now, &status);
    if (why)
        return checkin_page(r, &c, why, status == 200 ? 409 : status);
    if (strcmp(c.state.via, "self")) {
        const char *mark = now > c.s.starts_at + CHECKIN_LATE_AFTER ? "late" : "present";
        DbStatus st = q_checkin(r->db, c.s.org_id, c.id, r->account->id, mark, now);
        if (st < DB_NONE)
            return reply_error(r, ERR_DB);
    }
    return reply_redirect(r, arena_printf(r->arena, "/check-in/%s", req_param(r, "code")));
}

/* public.c — registering for an event without an account, from a phone: a public event's
 * own page (/events/{id}) and an invitation's (/events/invitations/{token}), each with the
 * event's facts, the organisation's privacy notice and the form. What registering does
 * (a place or the waiting list, a guardian under the consent age, the mails) is the
 * workflow's (flows/events/registration.h). */
#include <string.h>

#include "core/clock.h"
#include "flows/events/registration.h"
#include "html/fmt.h"
#include "html/pager.h"
#include "pages/events/events.h"
#include "q/events/event.h"
#include "q/events/registration.h"
#include "views/events/event.h"
#include "views/intake/privacy.h"
#include "views/intake/review.h"

/* The page of event e with its form posted to action; in/err: what was typed and its errors;
 * invitation: the invitation's address (NULL for the public page). */
static enum MHD_Result event_public_page(Req *r, const Event *e, const char *action,
                                         const RegInput *in, const FormErrors *err,
                                         const char *invited, int status)
{
    Html *h = page_begin(r, e->title);
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", e->title, e->org_name);
    html_event_facts(h, r, e);
    if (*e->description)
        html(h, "<p>%s</p>\n", e->description);
    Flow f = req_flow(r);
    html(h, "<section aria-labelledby=\"f-event\">\n<h2 id=\"f-event\">%s</h2>\n",
         _(r, "Register"));
    if (e->starts_at <= f.now) {
        html(h, "<p>%s</p>\n", _(r, "Registration has closed: the event has started."));
    } else {
        if (e->taken >= e->capacity)
            html(h, "<p>%s</p>\n",
                 _(r, "The event is full: you can join the waiting list. If a place opens up, it "
                      "goes to the first on the list, by e-mail."));
        html_reg_form(h, r, e, action, in, err, invited);
    }
    html_lit(h, "</section>\n");
    if (!html_privacy_notice(h, r, e->org_id, e->org_name))
        return reply_error(r, ERR_DB);
    return page_end_status(r, h, status);
}

/* Registers what the form holds for e; invitation: the one used (NULL: the public page). */
static enum MHD_Result register_post(Req *r, const Event *e, const char *action,
                                     const EventInvitation *inv)
{
    RegInput in;
    FormErrors err;
    bool read = reg_form_read(r, &in, &err);
    if (inv) { /* the invitation's address: not typed */
        in.email = inv->email;
        FormErrors kept = {0};
        for (int i = 0; i < err.n; i++)
            if (strcmp(err.field[i], "email"))
                form_error(&kept, err.field[i], err.msg[i]);
        err = kept;
        read = !err.n;
    }
    if (!read)
        return event_public_page(r, e, action, &in, &err, inv ? inv->email : NULL, 400);
    Flow f = req_flow(r);
    const char *token = NULL;
    RegStatus status;
    Outcome o = event_register(&f, e, &in, inv ? inv->id : 0, &token, &status);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return event_public_page(r, e, action, &in, &o.fields, inv ? inv->email : NULL, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/events/registrations/%s?new=1", token));
}

/* A public event's page: with post, registers what the form holds. */
static enum MHD_Result public_event(Req *r, bool post)
{
    Event e;
    DbStatus st = q_event_public(r->db, req_id(r, "id"), r->arena, &e);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return post ? register_post(r, &e, r->path, NULL)
                : event_public_page(r, &e, r->path, NULL, NULL, NULL, 200);
}

/* GET /events/{id} */
enum MHD_Result page_public_event(Req *r)
{
    return public_event(r, false);
}

/* POST /events/{id} */
enum MHD_Result page_public_event_register(Req *r)
{
    return public_event(r, true);
}

/* The page of an invitation already used: the personal page has the rest. */
static enum MHD_Result invitation_used(Req *r, const Event *e)
{
    Html *h = page_begin(r, e->title);
    html(h, "<h1>%s</h1>\n", e->title);
    html_event_facts(h, r, e);
    html(h, "<p>%s</p>\n",
         _(r, "You registered with this invitation already: your personal page is at the link "
              "of the e-mail we sent you then."));
    return page_end(r, h);
}

/* The invitation of the route's {token} and its event: with post, registers what the form
 * holds, else shows the form (or, once used, says so). */
static enum MHD_Result invitation(Req *r, bool post)
{
    const char *hash = app_link_hash(r);
    if (!hash)
        return reply_missing(r, DB_NONE);
    r->private_link = true;
    EventInvitation inv;
    Event e;
    DbStatus st = q_invitation_by_token(r->db, hash, r->arena, &inv);
    if (st == DB_ONE)
        st = q_event_get(r->db, inv.org_id, inv.event_id, r->arena, &e);
    if (st != DB_ONE)
        return reply_missing(r, st);
    if (inv.registration_id)
        return invitation_used(r, &e);
    if (post)
        return register_post(r, &e, r->path, &inv);
    RegInput in = {.name = inv.name, .lang = inv.lang};
    return event_public_page(r, &e, r->path, &in, NULL, inv.email, 200);
}

/* GET /events/invitations/{token} */
enum MHD_Result page_event_invitation(Req *r)
{
    return invitation(r, false);
}

/* POST /events/invitations/{token} */
enum MHD_Result page_event_invitation_register(Req *r)
{
    return invitation(r, true);
}

static const PagerCol upcoming_cols[] = {{.key = "start", .label = N_("When"), .numeric = true}};

static void upcoming_key(const void *row, int sort, PagerKey *k)
{
    (void)sort;
    const Event *e = row;
    *k = (PagerKey){.num = e->starts_at, .id = e->id};
}

/* GET /events: the public events to come, of every organisation, soonest first, a page at
 * a time, searched by title; each with its places left. */
enum MHD_Result page_public_events(Req *r)
{
    Pager pg;
    Event e;
    int64_t now = clock_now();
    pager_open(r, &pg, "events-public", upcoming_cols, 1, upcoming_key, ROWS_FROM(r->arena, &e));
    if (!pager_done(&pg,
                    q_event_public_page(r->db, now, &pg.page, r->arena, &e, rows_collect, &pg.rows),
                    q_event_public_count(r->db, now, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Events"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Events"),
         _(r, "Hackathons, info sessions, workshops, camps and demo days open to everyone: "
              "register without an account."));
    if (pager_empty(&pg)) {
        html(h, "<p>%s</p>\n", _(r, "No public event is planned at the moment."));
        return page_end(r, h);
    }
    pager_search(h, r, &pg, _(r, "Search by title"));
    pager_summary(h, r, &pg, "");
    for (int i = 0; i < pg.n; i++) {
        const Event *x = ROW(&pg.rows, Event, i);
        int64_t left = x->capacity - x->taken;
        html(h,
             "<article class=\"event\">\n<h2><a href=\"/events/%lld\">%s</a></h2>\n<p>%s · %s</p>\n"
             "<p>%s<br>%s, %s</p>\n<p>%s</p>\n</article>\n",
             (long long)x->id, x->title, _(r, vocab_label(&event_kinds, x->kind)), x->org_name,
             session_when(r, x->starts_at, x->ends_at), x->location_name, x->municipality,
             left > 0 ? arena_printf(r->arena, _n(r, "%s place left.", "%s places left.", left),
                                     number_text(r, left, 0, 0))
                      : _(r, "Full: you can join the waiting list."));
    }
    pager_nav(h, r, &pg);
    return page_end(r, h);
}

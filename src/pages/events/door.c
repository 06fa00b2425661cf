/* door.c — the check-in at an event's door, on a phone: the registrations by name (a page at
 * a time, searched by name or e-mail address) each with its check-in button, and one
 * registration as its QR code opens it (any phone's camera app reads the code on the
 * registrant's personal page), with one button to check them in or the reason why not.
 * The rule is domain/checkin's, the act the workflow's (flows/events/registration.h). */
#include "core/rows.h"
#include "flows/events/registration.h"
#include "html/fmt.h"
#include "html/pager.h"
#include "html/table.h"
#include "pages/events/events.h"
#include "q/events/event.h"
#include "q/events/registration.h"
#include "views/events/event.h"

static const PagerCol reg_cols[REG_SORTS] = {
    [REG_BY_NAME] = {.key = "name", .label = N_("Name")},
};

static void reg_key(const void *row, int sort, PagerKey *k)
{
    (void)sort;
    const EventRegistration *x = row;
    *k = (PagerKey){.text = x->name, .id = x->id};
}

static const char *reg_path(Req *r, int64_t id)
{
    return arena_printf(r->arena, "/orgs/%lld/event-registrations/%lld", (long long)r->org_id,
                        (long long)id);
}

static enum MHD_Result registrations_page(Req *r, Event *ep)
{
    const Event e = *ep;
    Pager pg;
    EventRegistration x;
    pager_open(r, &pg, arena_printf(r->arena, "event-registrations-%lld", (long long)e.id),
               reg_cols, REG_SORTS, reg_key, ROWS_FROM(r->arena, &x));
    if (!pager_done(
            &pg, q_reg_page(r->db, r->org_id, e.id, &pg.page, r->arena, &x, rows_collect, &pg.rows),
            q_reg_count(r->db, r->org_id, e.id, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);
    const char *title = arena_printf(r->arena, _(r, "Registrations: %s"), e.title);
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n<p>%s · %s</p>\n", title, session_when(r, e.starts_at, e.ends_at),
         arena_printf(r->arena, _(r, "%s of %s taken, %s on the waiting list"),
                      number_text(r, e.taken, 0, 0), number_text(r, e.capacity, 0, 0),
                      number_text(r, e.waiting, 0, 0)));
    html(h, "<p>%s</p>\n",
         _(r, "At the door, scan the QR code of a registration with the phone's camera, or "
              "find the person by name."));
    pager_search(h, r, &pg, _(r, "Search by name or e-mail address"));
    pager_summary(h, r, &pg, _(r, "Nobody has registered yet."));
    if (pg.n) {
        static const PagerHead heads[] = {PAGER_SORTED(REG_BY_NAME), PAGER_PLAIN(N_("State")),
                                          PAGER_PLAIN(N_("Check-in"))};
        pager_table_open(h, r, &pg, _(r, "Registrations"), heads, 3);
        for (int i = 0; i < pg.n; i++) {
            const EventRegistration *y = ROW(&pg.rows, EventRegistration, i);
            html(h, "<tr><td><a href=\"%s\">%s</a></td><td>%s</td><td>", reg_path(r, y->id),
                 y->name, reg_state_text(r, y));
            if (y->status == REG_REGISTERED && !y->checked_in_at)
                html_button_form(h, r, arena_printf(r->arena, "%s/check-in", reg_path(r, y->id)),
                                 _(r, "Check them in"), y->name);
            html_lit(h, "</td></tr>\n");
        }
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    html(h, "<p><a href=\"/orgs/%lld/events/%lld\">%s</a></p>\n", (long long)r->org_id,
         (long long)e.id, _(r, "Back to the event"));
    return page_end(r, h);
}

/* GET /orgs/{org}/events/{id}/registrations */
enum MHD_Result page_event_registrations(Req *r)
{
    return with_event(r, registrations_page);
}

/* Runs fn for the registration of the route's {id} in r's organisation and its event; 404
 * when there is none. */
static enum MHD_Result with_reg(Req *r,
                                enum MHD_Result (*fn)(Req *r, EventRegistration *x, Event *e))
{
    EventRegistration x;
    Event e;
    DbStatus st = q_reg_get(r->db, r->org_id, req_id(r, "id"), r->arena, &x);
    if (st == DB_ONE)
        st = q_event_get(r->db, r->org_id, x.event_id, r->arena, &e);
    return st == DB_ONE ? fn(r, &x, &e) : reply_missing(r, st);
}

/* The registration's page at the door; refusal: why it cannot be checked in (NULL: the
 * verdict of today, said before any tap). */
static enum MHD_Result reg_page(Req *r, const EventRegistration *x, const Event *e,
                                const char *refusal, int status)
{
    Html *h = page_begin(r, x->name);
    html(h, "<h1>%s</h1>\n<p>%s · %s</p>\n", x->name, e->title,
         session_when(r, e->starts_at, e->ends_at));
    if (query_get(r, "checked"))
        html_notice(h, arena_printf(r->arena, _(r, "%s is checked in."), x->name), false);
    Flow f = req_flow(r);
    if (!refusal && !query_get(r, "checked"))
        refusal = event_checkin_refusal(&f, e, x);
    if (refusal)
        html_notice(h, refusal, true);
    html(h, "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n</dl>\n",
         _(r, "State"), reg_state_text(r, x), _(r, "E-mail address"), x->email);
    if (!event_checkin_refusal(&f, e, x)) {
        html_form_begin(h, r, arena_printf(r->arena, "%s/check-in", reg_path(r, x->id)));
        html(h, "<button type=\"submit\" class=\"big\">%s</button>\n", _(r, "Check them in"));
        html_form_end(h);
    }
    html(h, "<p><a href=\"/orgs/%lld/events/%lld/registrations\">%s</a></p>\n",
         (long long)r->org_id, (long long)e->id, _(r, "Find someone by name"));
    return page_end_status(r, h, status);
}

static enum MHD_Result reg_show(Req *r, EventRegistration *x, Event *e)
{
    return reg_page(r, x, e, NULL, 200);
}

/* GET /orgs/{org}/event-registrations/{id} */
enum MHD_Result page_event_registration(Req *r)
{
    return with_reg(r, reg_show);
}

static enum MHD_Result checkin_post(Req *r, EventRegistration *x, Event *e)
{
    Flow f = req_flow(r);
    Outcome o = event_checkin(&f, e, x);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return reg_page(r, x, e, form_error_for(&o.fields, "checkin"), o.status);
    return reply_redirect(r, arena_printf(r->arena, "%s?checked=1", reg_path(r, x->id)));
}

/* POST /orgs/{org}/event-registrations/{id}/check-in */
enum MHD_Result page_event_checkin(Req *r)
{
    return with_reg(r, checkin_post);
}

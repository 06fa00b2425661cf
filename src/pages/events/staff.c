/* staff.c — an organisation's events for its staff: the list (a page at a time, searched by
 * title, sorted by start or title), the form that records or changes one, and one event
 * with its public link or the form that invites a guest. What saving and inviting do is the
 * workflow's (flows/events/event.h). */
#include "core/rows.h"
#include "flows/events/event.h"
#include "html/fmt.h"
#include "html/options.h"
#include "html/pager.h"
#include "html/table.h"
#include "pages/events/events.h"
#include "q/events/event.h"
#include "q/training/location.h"
#include "views/events/event.h"

static const PagerCol event_cols[EVENT_SORTS] = {
    [EVENT_BY_START] = {.key = "start", .label = N_("When"), .numeric = true, .desc_first = true},
    [EVENT_BY_TITLE] = {.key = "title", .label = N_("Title")},
};

static void event_key(const void *row, int sort, PagerKey *k)
{
    const Event *e = row;
    *k = sort == EVENT_BY_TITLE ? (PagerKey){.text = e->title, .id = e->id}
                                : (PagerKey){.num = e->starts_at, .id = e->id};
}

/* GET /orgs/{org}/events */
enum MHD_Result page_events(Req *r)
{
    Pager pg;
    Event e;
    pager_open(r, &pg, "events", event_cols, EVENT_SORTS, event_key, ROWS_FROM(r->arena, &e));
    if (!pager_done(&pg,
                    q_event_page(r->db, r->org_id, &pg.page, r->arena, &e, rows_collect, &pg.rows),
                    q_event_count(r->db, r->org_id, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Events"));
    html(h, "<h1>%s</h1>\n", _(r, "Events"));
    html(h, "<p><a href=\"/orgs/%lld/events/new\" role=\"button\">%s</a></p>\n",
         (long long)r->org_id, _(r, "New event"));
    pager_search(h, r, &pg, _(r, "Search by title"));
    pager_summary(h, r, &pg, _(r, "No events yet."));
    if (pg.n) {
        static const PagerHead heads[] = {
            PAGER_SORTED(EVENT_BY_TITLE), PAGER_PLAIN(N_("Kind")),   PAGER_SORTED(EVENT_BY_START),
            PAGER_PLAIN(N_("Venue")),     PAGER_PLAIN(N_("Places")),
        };
        pager_table_open(h, r, &pg, _(r, "Events"), heads, 5);
        for (int i = 0; i < pg.n; i++) {
            const Event *x = ROW(&pg.rows, Event, i);
            html(h,
                 "<tr><td><a href=\"/orgs/%lld/events/%lld\">%s</a></td><td>%s</td><td>%s</td>"
                 "<td>%s, %s</td><td>%s</td></tr>\n",
                 (long long)r->org_id, (long long)x->id, x->title,
                 _(r, vocab_label(&event_kinds, x->kind)),
                 session_when(r, x->starts_at, x->ends_at), x->location_name, x->municipality,
                 arena_printf(r->arena, _(r, "%s of %s, %s waiting"),
                              number_text(r, x->taken, 0, 0), number_text(r, x->capacity, 0, 0),
                              number_text(r, x->waiting, 0, 0)));
        }
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    return page_end(r, h);
}

/* The form of a new event (e NULL) or of event e, posted to action, with errors err. */
static enum MHD_Result event_form(Req *r, const Event *e, const FormErrors *err, int status)
{
    Location loc;
    Rows locs = ROWS_FROM(r->arena, &loc);
    if (q_location_list(r->db, r->org_id, r->arena, &loc, rows_collect, &locs) < DB_NONE)
        return reply_error(r, ERR_DB);
    const char *title = e ? e->title : _(r, "New event");
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    if (!locs.n) {
        html(h, "<p>%s <a href=\"/orgs/%lld/locations\">%s</a></p>\n",
             _(r, "An event takes place at one of your locations, and you have none yet."),
             (long long)r->org_id, _(r, "Add a location"));
        return page_end_status(r, h, status);
    }
    html_error_summary(h, r, err);
    html_form_begin(h, r,
                    e ? arena_printf(r->arena, "/orgs/%lld/events/%lld/edit", (long long)r->org_id,
                                     (long long)e->id)
                      : arena_printf(r->arena, "/orgs/%lld/events", (long long)r->org_id));
    html_select(h, err, "kind", _(r, "Kind"), vocab_options(r, &event_kinds, NULL, NULL),
                sent_or(r, "kind", e ? vocab_key(&event_kinds, e->kind) : NULL));
    html_input(h, r, err, "text", "title", _(r, "Title"), sent_or(r, "title", e ? e->title : NULL),
               "off");
    html_textarea(h, err, "description", _(r, "Description"),
                  sent_or(r, "description", e ? e->description : NULL), 5);
    Options o = OPTIONS(r->arena);
    for (int i = 0; i < locs.n; i++) {
        const Location *l = ROW(&locs, Location, i);
        options_id(&o, l->id, arena_printf(r->arena, "%s, %s", l->name, l->municipality));
    }
    html_select(h, err, "location_id", _(r, "Venue"), options_end(&o),
                sent_or(r, "location_id", e ? num_text(r, e->location_id) : NULL));
    html_input(h, r, err, "datetime-local", "starts_at", _(r, "Starts"),
               sent_or(r, "starts_at", e ? moment_field(r, e->starts_at) : NULL), "off");
    html_input(h, r, err, "datetime-local", "ends_at", _(r, "Ends"),
               sent_or(r, "ends_at", e ? moment_field(r, e->ends_at) : NULL), "off");
    html_input(h, r, err, "number", "capacity", _(r, "Places"),
               sent_or(r, "capacity", e ? num_text(r, e->capacity) : NULL), "off");
    html(h, "<fieldset>\n<legend>%s</legend>\n<p>%s</p>\n", _(r, "Audience"),
         _(r, "For a youth event, the ages on the first day; leave them empty for everyone."));
    html_input(h, r, err, "number", "min_age", _(r, "From age"),
               sent_or(r, "min_age", e && !e->min_age_null ? num_text(r, e->min_age) : NULL),
               "off");
    html_input(h, r, err, "number", "max_age", _(r, "Up to age"),
               sent_or(r, "max_age", e && !e->max_age_null ? num_text(r, e->max_age) : NULL),
               "off");
    html_input(h, r, err, "number", "consent_age", _(r, "Age under which a guardian consents"),
               sent_or(r, "consent_age", num_text(r, e ? e->consent_age : 13)), "off");
    html_lit(h, "</fieldset>\n");
    html_select(h, err, "access", _(r, "Registration"), vocab_options(r, &event_access, NULL, NULL),
                sent_or(r, "access", e ? vocab_key(&event_access, e->access) : NULL));
    html(h, "<button type=\"submit\">%s</button>\n",
         e ? _(r, "Save the changes") : _(r, "Create the event"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/events/new */
enum MHD_Result page_event_new(Req *r)
{
    return event_form(r, NULL, NULL, 200);
}

/* Reads and saves the form for event e (NULL: a new one). */
static enum MHD_Result event_post(Req *r, Event *e)
{
    EventInput in = {0};
    char *kind = NULL, *access = NULL;
    FieldSpec spec[] = {
        FIELD("kind", F_CHOICE, N_("Kind"), .required = true,
              .choices = vocab_keys(r, &event_kinds), .text = &kind),
        FIELD("title", F_TEXT, N_("Title"), .required = true, .max = 200, .text = &in.title),
        FIELD("description", F_TEXT, N_("Description"), .max = 4000, .text = &in.description),
        FIELD("location_id", F_ID, N_("Venue"), .required = true, .num = &in.location_id),
        FIELD("starts_at", F_MOMENT, N_("Starts"), .required = true, .num = &in.starts_at),
        FIELD("ends_at", F_MOMENT, N_("Ends"), .required = true, .num = &in.ends_at),
        FIELD("capacity", F_INT, N_("Places"), .required = true, .min = 1, .max = 100000,
              .num = &in.capacity),
        FIELD("min_age", F_TEXT, N_("From age"), .max = 3, .text = &in.min_age),
        FIELD("max_age", F_TEXT, N_("Up to age"), .max = 3, .text = &in.max_age),
        FIELD("consent_age", F_INT, N_("Age under which a guardian consents"), .required = true,
              .min = 0, .max = 18, .num = &in.consent_age),
        FIELD("access", F_CHOICE, N_("Registration"), .required = true,
              .choices = vocab_keys(r, &event_access), .text = &access),
        {0},
    };
    FormErrors err;
    if (!form_read(r, spec, &err))
        return event_form(r, e, &err, 400);
    vocab_parse(&event_kinds, kind, &in.kind);
    vocab_parse(&event_access, access, &in.access);
    if (!in.description)
        in.description = "";
    Flow f = req_flow(r);
    Outcome o = event_save(&f, e ? e->id : 0, &in);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return event_form(r, e, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/events/%lld?saved=1",
                                          (long long)r->org_id, (long long)o.id));
}

/* POST /orgs/{org}/events */
enum MHD_Result page_event_create(Req *r)
{
    return event_post(r, NULL);
}

static enum MHD_Result edit_show(Req *r, Event *e)
{
    return event_form(r, e, NULL, 200);
}

/* GET /orgs/{org}/events/{id}/edit */
enum MHD_Result page_event_edit(Req *r)
{
    return with_event(r, edit_show);
}

/* POST /orgs/{org}/events/{id}/edit */
enum MHD_Result page_event_update(Req *r)
{
    return with_event(r, event_post);
}

/* One event; err: the invitation form's errors. */
static enum MHD_Result event_page(Req *r, const Event *e, const FormErrors *err, int status)
{
    Html *h = page_begin(r, e->title);
    html(h, "<h1>%s</h1>\n", e->title);
    html_notice(h,
                query_notice(r, "saved", N_("The event has been saved."), "invited",
                             N_("The invitation has been sent."), NULL),
                false);
    html_event_facts(h, r, e);
    if (*e->description)
        html(h, "<p>%s</p>\n", e->description);
    html(h,
         "<p><a href=\"/orgs/%lld/events/%lld/registrations\" role=\"button\">%s</a> "
         "<a href=\"/orgs/%lld/events/%lld/edit\">%s</a></p>\n",
         (long long)r->org_id, (long long)e->id, _(r, "Registrations and check-in"),
         (long long)r->org_id, (long long)e->id, _(r, "Change the event"));
    if (e->kind == EVENT_HACKATHON)
        html(h, "<p><a href=\"/orgs/%lld/events/%lld/hackathon\">%s</a></p>\n",
             (long long)r->org_id, (long long)e->id, _(r, "Challenges, teams and the jury"));
    if (e->access == EVENT_PUBLIC) {
        html_error_summary(h, r, err);
        const char *link = arena_printf(r->arena, "%s/events/%lld", base_url(r), (long long)e->id);
        html(h, "<h2>%s</h2>\n<p>%s</p>\n<p><a href=\"/events/%lld\">%s</a></p>\n",
             _(r, "Public page"), _(r, "Anyone registers from this page: share its address."),
             (long long)e->id, link);
    } else {
        html(h, "<section>\n<h2>%s</h2>\n<p>%s</p>\n", _(r, "Invite a guest"),
             _(r, "Each guest gets a personal link to register, by e-mail."));
        html_error_summary(h, r, err);
        html_form_begin(h, r,
                        arena_printf(r->arena, "/orgs/%lld/events/%lld/invitations",
                                     (long long)r->org_id, (long long)e->id));
        html_input(h, r, err, "text", "name", _(r, "Name"), form_get(r, "name"), "off");
        html_input(h, r, err, "email", "email", _(r, "E-mail address"), form_get(r, "email"),
                   "off");
        html_select(h, err, "lang", _(r, "Language of the e-mail"), lang_options,
                    form_get(r, "lang") ? form_get(r, "lang") : lang_code(r->lang));
        html(h, "<button type=\"submit\">%s</button>\n", _(r, "Send the invitation"));
        html_form_end(h);
        html_lit(h, "</section>\n");
    }
    html(h, "<p><a href=\"/orgs/%lld/events\">%s</a></p>\n", (long long)r->org_id,
         _(r, "Back to the events"));
    return page_end_status(r, h, status);
}

static enum MHD_Result event_show(Req *r, Event *e)
{
    return event_page(r, e, NULL, 200);
}

/* GET /orgs/{org}/events/{id} */
enum MHD_Result page_event(Req *r)
{
    return with_event(r, event_show);
}

static enum MHD_Result invite_post(Req *r, Event *ep)
{
    const Event e = *ep;
    static const char *const langs[] = {"en", "nl", "fr", NULL};
    char *name = NULL, *email = NULL, *lang = NULL;
    FieldSpec spec[] = {
        FIELD("name", F_TEXT, N_("Name"), .required = true, .max = 120, .text = &name),
        FIELD("email", F_EMAIL, N_("E-mail address"), .required = true, .max = 254, .text = &email),
        FIELD("lang", F_CHOICE, N_("Language of the e-mail"), .required = true, .choices = langs,
              .text = &lang),
        {0},
    };
    FormErrors err;
    if (!form_read(r, spec, &err))
        return event_page(r, &e, &err, 400);
    Flow f = req_flow(r);
    Outcome o = event_invite(&f, &e, name, email, lang);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return event_page(r, &e, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/events/%lld?invited=1",
                                          (long long)r->org_id, (long long)e.id));
}

/* POST /orgs/{org}/events/{id}/invitations */
enum MHD_Result page_event_invite(Req *r)
{
    return with_event(r, invite_post);
}

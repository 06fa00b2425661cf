/* cohort.c — the cohort page and the parts its forms share (see cohort.h). */
#include "views/training/cohort.h"

#include <string.h>

#include "core/buf.h"
#include "core/rows.h"
#include "q/accounts/member.h"
#include "q/training/cohort.h"
#include "q/training/learner.h"
#include "q/training/location.h"
#include "views/training/feed.h"
#include "views/training/programme.h"

bool cohort_load(Req *r, Cohort *c, Programme *p, enum MHD_Result *reply)
{
    DbStatus st = q_cohort_get(r->db, r->org_id, req_id(r, "id"), r->arena, c);
    if (st != DB_ONE) {
        *reply = reply_missing(r, st);
        return false;
    }
    return programme_load(r, c->programme_id, p, reply);
}

enum MHD_Result with_cohort(Req *r, CohortPage fn)
{
    Cohort c;
    Programme p;
    enum MHD_Result reply;
    return cohort_load(r, &c, &p, &reply) ? fn(r, &c, &p) : reply;
}

int row_index(const Rows *list, size_t off, const char *id)
{
    int64_t v;
    if (!id || !parse_int64(id, &v))
        return -1;
    for (int i = 0; i < list->n; i++) {
        int64_t row_id;
        memcpy(&row_id, (const char *)list->data + (size_t)i * list->size + off, sizeof row_id);
        if (row_id == v)
            return i;
    }
    return -1;
}

/* Value/label pairs for html_select and html_checkboxes, NULL-terminated. */
typedef struct Options {
    Req *r;
    Rows v; /* const char *: value, label, value, label, ... */
    Location loc;
    Member m;
} Options;

static void opt_add(Options *o, const char *value, const char *label)
{
    *(const char **)rows_push(&o->v) = value;
    *(const char **)rows_push(&o->v) = label;
}

/* The pairs with their NULL at the end. */
static const char *const *opt_end(Options *o)
{
    rows_push(&o->v); /* zeroed: the NULL */
    return o->v.data;
}

static bool location_opt(void *ctx)
{
    Options *o = ctx;
    opt_add(o, arena_printf(o->r->arena, "%lld", (long long)o->loc.id),
            arena_printf(o->r->arena, "%s (%s)", o->loc.name, o->loc.municipality));
    return true;
}

const char *const *location_options(Req *r)
{
    Options o = {.r = r, .v = ROWS(r->arena, const char *)};
    opt_add(&o, "", _(r, "No fixed location"));
    if (q_location_list(r->db, r->org_id, r->arena, &o.loc, location_opt, &o) < DB_NONE)
        return NULL;
    return opt_end(&o);
}

static bool trainer_opt(void *ctx)
{
    Options *o = ctx;
    if ((o->m.roles & (ROLE_ADMIN | ROLE_STAFF)) && !o->m.disabled)
        opt_add(o, arena_printf(o->r->arena, "%lld", (long long)o->m.account_id), o->m.name);
    return true;
}

const char *const *trainer_options(Req *r, int *n)
{
    Options o = {.r = r, .v = ROWS(r->arena, const char *)};
    if (q_member_list(r->db, r->org_id, r->arena, &o.m, trainer_opt, &o) < DB_NONE)
        return NULL;
    *n = o.v.n / 2;
    return opt_end(&o);
}

void html_list_pager(Html *h, Req *r, const char *label, const char *first, const char *prev,
                     const char *next)
{
    if (!first && !prev && !next)
        return;
    html(h, "<nav class=\"pager\" aria-label=\"%s\"><p>", label);
    if (first)
        html(h, "<a href=\"%s\">%s</a>", first, _(r, "First page"));
    if (first && (prev || next))
        html_lit(h, " · ");
    if (prev)
        html(h, "<a href=\"%s\" rel=\"prev\">%s</a>", prev, _(r, "Previous page"));
    if (prev && next)
        html_lit(h, " · ");
    if (next)
        html(h, "<a href=\"%s\" rel=\"next\">%s</a>", next, _(r, "Next page"));
    html_lit(h, "</p></nav>\n");
}

typedef struct Trainers {
    Buf names;
    int64_t id;
    char *name;
} Trainers;

static bool trainer_name(void *ctx)
{
    Trainers *t = ctx;
    if (t->names.len)
        buf_adds(&t->names, ", ");
    buf_adds(&t->names, t->name);
    return true;
}

/* The private address of the cohort's calendar, and a button to make a new one. */
static void html_cohort_feed(Html *h, Req *r, const Cohort *c)
{
    FeedOwner feed;
    if (q_feed_owner(r->db, true, c->id, r->arena, &feed) != DB_ONE || feed.org_id != r->org_id)
        return;
    const char *url = feed_url(r, true, r->org_id, c->id, feed.gen);
    html(h, "<h3>%s</h3>\n<p>%s</p>\n<p><a href=\"%s\" class=\"feed\">%s</a></p>\n",
         _(r, "Calendar feed of the cohort"),
         _(r, "A private address for calendar apps, with every session of the cohort: "
              "share it with trainers and partners. Making a new link stops the old one."),
         url, url);
    html_button_form(h, r,
                     arena_printf(r->arena, "/orgs/%lld/cohorts/%lld/feed/reset",
                                  (long long)r->org_id, (long long)c->id),
                     _(r, "Make a new link"), NULL);
}

enum MHD_Result cohort_page(Req *r, const Cohort *c, const Programme *p, const CohortErrors *e,
                            const char *notice, int status)
{
    static const CohortErrors none = {0};
    if (!e)
        e = &none;
    Trainers t;
    buf_init(&t.names, r->arena, 64);
    if (q_cohort_trainers(r->db, r->org_id, c->id, r->arena, &t.id, &t.name, trainer_name, &t) <
        DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, c->name);
    html(h, "<h1>%s</h1>\n<p><a href=\"/orgs/%lld/programmes/%lld\">%s</a></p>\n", c->name,
         (long long)r->org_id, (long long)p->id, programme_title(r, p));
    html_notice(h, notice, false);
    html(h,
         "<dl class=\"facts\">\n<dt>%s</dt><dd>%s – %s</dd>\n<dt>%s</dt><dd>%lld</dd>\n"
         "<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n</dl>\n",
         _(r, "Dates"), c->starts_on, c->ends_on, _(r, "Places"), (long long)c->capacity,
         _(r, "Location"), c->location_name[0] ? c->location_name : _(r, "No fixed location"),
         _(r, "Trainers"), t.names.len ? t.names.data : _(r, "None yet"));
    if (training_can_edit(r))
        html(h, "<p><a href=\"/orgs/%lld/cohorts/%lld/edit\">%s</a></p>\n", (long long)r->org_id,
             (long long)c->id, _(r, "Edit the cohort"));
    if (!html_cohort_participants(h, r, c, e->enrol) || !html_cohort_sessions(h, r, c))
        return reply_error(r, ERR_DB);
    if (training_can_edit(r)) {
        html_cohort_feed(h, r, c);
        if (!html_cohort_session_forms(h, r, c, e))
            return reply_error(r, ERR_DB);
    }
    return page_end_status(r, h, status);
}

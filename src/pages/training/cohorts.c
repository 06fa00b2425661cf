/* cohorts.c — the cohorts of a programme and their sessions: create and edit a cohort
 * (dates, capacity, place, trainers), add a session, generate a weekly schedule that
 * skips Belgian public holidays and closure days, and warn when a trainer or a place is
 * booked twice at the same time. Times are shown in Europe/Brussels time. */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/clock.h"
#include "domain/calendar.h"
#include "html/fmt.h"
#include "pages/training/training.h"
#include "q/accounts/member.h"
#include "q/training/cohort.h"
#include "q/training/enrolment.h"
#include "q/training/learner.h"
#include "q/training/location.h"
#include "q/training/programme.h"

#define MAX_SCHEDULE 1000
#define MAX_CLOSED 200

static bool can_edit(const Req *r)
{
    return r->roles & (ROLE_ADMIN | ROLE_STAFF);
}

/* --- cohort list on the programme page ------------------------------------------ */

typedef struct CohortList {
    Req *r;
    Html *h;
    Cohort row;
} CohortList;

static bool cohort_row(void *ctx)
{
    CohortList *l = ctx;
    Req *r = l->r;
    Cohort *c = &l->row;
    html(l->h, "<tr><td><a href=\"/orgs/%lld/cohorts/%lld\">%s</a></td><td>%s – %s</td>"
               "<td>%lld</td><td>%s</td></tr>\n",
         (long long)r->org_id, (long long)c->id, c->name, c->starts_on, c->ends_on,
         (long long)c->capacity, c->location_name);
    return true;
}

void html_programme_cohorts(Html *h, Req *r, int64_t programme_id)
{
    Html *rows = html_new(r->arena);
    CohortList l = {.r = r, .h = rows};
    DbStatus st = q_cohort_list(r->db, r->org_id, programme_id, r->arena, &l.row, cohort_row, &l);
    html(h, "<h2>%s</h2>\n", _(r, "Cohorts"));
    if (can_edit(r))
        html(h, "<p><a href=\"/orgs/%lld/programmes/%lld/cohorts/new\" role=\"button\">%s</a></p>\n",
             (long long)r->org_id, (long long)programme_id, _(r, "New cohort"));
    if (st != DB_ONE) {
        html(h, "<p>%s</p>\n", _(r, "No cohorts yet."));
        return;
    }
    html_table_begin(h, _(r, "Cohorts"));
    html(h, "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
            "<th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
         _(r, "Name"), _(r, "Dates"), _(r, "Places"), _(r, "Location"));
    html_append(h, rows);
    html_lit(h, "</tbody>\n");
    html_table_end(h);
}

/* --- the cohort form --------------------------------------------------------------- */

typedef struct Options {
    Req *r;
    const char **v;
    int n, cap;
    Location loc;
    Member m;
} Options;

static void opt_add(Options *o, const char *value, const char *label)
{
    if (o->n + 3 > o->cap) {
        int cap = o->cap ? o->cap * 2 : 32;
        o->v = arena_realloc(o->r->arena, o->v, sizeof *o->v * (size_t)o->n, sizeof *o->v * (size_t)cap);
        o->cap = cap;
    }
    o->v[o->n++] = value;
    o->v[o->n++] = label;
    o->v[o->n] = NULL;
}

static bool location_opt(void *ctx)
{
    Options *o = ctx;
    opt_add(o, arena_printf(o->r->arena, "%lld", (long long)o->loc.id),
            arena_printf(o->r->arena, "%s (%s)", o->loc.name, o->loc.municipality));
    return true;
}

static bool trainer_opt(void *ctx)
{
    Options *o = ctx;
    if ((o->m.roles & (ROLE_ADMIN | ROLE_STAFF)) && !o->m.disabled)
        opt_add(o, arena_printf(o->r->arena, "%lld", (long long)o->m.account_id), o->m.name);
    return true;
}

typedef struct Picked {
    int64_t ids[64];
    int n;
    int64_t id;
    char *name;
} Picked;

static bool picked_row(void *ctx)
{
    Picked *p = ctx;
    if (p->n < 64)
        p->ids[p->n++] = p->id;
    return true;
}

static enum MHD_Result cohort_form(Req *r, const Programme *p, const Cohort *c,
                                   const Picked *trainers, const FormErrors *e, int status)
{
    Options locs = {.r = r}, staff = {.r = r};
    opt_add(&locs, "", _(r, "No fixed location"));
    if (q_location_list(r->db, r->org_id, r->arena, &locs.loc, location_opt, &locs) < DB_NONE ||
        q_member_list(r->db, r->org_id, r->arena, &staff.m, trainer_opt, &staff) < DB_NONE)
        return reply_error(r, ERR_DB);
    bool is_new = c->id == 0;
    const char *title = is_new ? _(r, "New cohort") : _(r, "Edit the cohort");
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", title, programme_title(r, p));
    html_error_summary(h, r, e);
    html_form_begin(h, r, is_new ? arena_printf(r->arena, "/orgs/%lld/programmes/%lld/cohorts",
                                                (long long)r->org_id, (long long)p->id)
                                 : arena_printf(r->arena, "/orgs/%lld/cohorts/%lld",
                                                (long long)r->org_id, (long long)c->id));
    html_input(h, r, e, "text", "name", _(r, "Name"), c->name, "off");
    html_input(h, r, e, "date", "starts_on", _(r, "First day"), c->starts_on, "off");
    html_input(h, r, e, "date", "ends_on", _(r, "Last day"), c->ends_on, "off");
    html_input(h, r, e, "number", "capacity", _(r, "Places"),
               arena_printf(r->arena, "%lld", (long long)c->capacity), "off");
    html_select(h, e, "location_id", _(r, "Location"), locs.v,
                arena_printf(r->arena, "%lld", (long long)c->location_id));
    if (staff.n)
        html_checkboxes(h, e, "trainers", _(r, "Trainers"), staff.v,
                        trainers ? html_options_mask(staff.v, trainers->ids, trainers->n) : 0);
    html(h, "<button type=\"submit\">%s</button>\n", is_new ? _(r, "Create the cohort") : _(r, "Save"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

static bool load_programme(Req *r, int64_t id, Programme *p, enum MHD_Result *reply)
{
    DbStatus st = q_programme_get(r->db, r->org_id, id, r->arena, p);
    if (st == DB_ONE)
        return true;
    *reply = reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
    return false;
}

bool cohort_load(Req *r, Cohort *c, Programme *p, enum MHD_Result *reply)
{
    DbStatus st = q_cohort_get(r->db, r->org_id, req_id(r, "id"), r->arena, c);
    if (st != DB_ONE) {
        *reply = reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
        return false;
    }
    return load_programme(r, c->programme_id, p, reply);
}

/* GET /orgs/{org}/programmes/{id}/cohorts/new */
enum MHD_Result page_cohort_new(Req *r)
{
    Programme p;
    enum MHD_Result reply;
    if (!load_programme(r, req_id(r, "id"), &p, &reply))
        return reply;
    Cohort c = {.programme_id = p.id};
    return cohort_form(r, &p, &c, NULL, NULL, 200);
}

/* Reads and checks the cohort form; trainers are the ids ticked. */
static bool cohort_read(Req *r, Cohort *c, Picked *trainers, FormErrors *e)
{
    char *location = NULL;
    FieldSpec spec[] = {
        {.name = "name", .type = F_TEXT, .required = true, .max = 120, .label = N_("Name"),
         .text = &c->name},
        {.name = "starts_on", .type = F_TEXT, .required = true, .max = 10,
         .label = N_("First day"), .text = &c->starts_on},
        {.name = "ends_on", .type = F_TEXT, .required = true, .max = 10, .label = N_("Last day"),
         .text = &c->ends_on},
        {.name = "capacity", .type = F_INT, .required = true, .min = 0, .max = 100000,
         .label = N_("Places"), .num = &c->capacity},
        {.name = "location_id", .type = F_TEXT, .max = 20, .label = N_("Location"),
         .text = &location},
        {0},
    };
    form_read(r, spec, e);
    Date a, b;
    bool a_ok = c->starts_on && date_parse(c->starts_on, &a);
    bool b_ok = c->ends_on && date_parse(c->ends_on, &b);
    if (c->starts_on && !a_ok && !form_error_for(e, "starts_on"))
        form_error(e, "starts_on", _(r, "Enter a date that exists, as YYYY-MM-DD."));
    if (c->ends_on && !b_ok && !form_error_for(e, "ends_on"))
        form_error(e, "ends_on", _(r, "Enter a date that exists, as YYYY-MM-DD."));
    if (a_ok && b_ok && date_days(b) < date_days(a))
        form_error(e, "ends_on", _(r, "The last day cannot be before the first day."));
    c->location_id = 0;
    if (location) {
        Location l;
        int64_t id;
        if (!parse_int64(location, &id) ||
            q_location_get(r->db, r->org_id, id, r->arena, &l) != DB_ONE)
            form_error(e, "location_id",
                       arena_printf(r->arena, _(r, "Choose one of the options for %s."),
                                    _(r, "Location")));
        else
            c->location_id = id;
    }
    const char *ids[64];
    int n = form_get_all(r, "trainers", ids, 64);
    trainers->n = 0;
    for (int i = 0; i < n; i++) {
        int64_t id;
        if (parse_int64(ids[i], &id) && id > 0)
            trainers->ids[trainers->n++] = id;
    }
    c->org_id = r->org_id;
    return e->n == 0;
}

typedef struct CohortSave {
    Req *r;
    Cohort *c;
    Picked *trainers;
    bool bad_trainer, too_small;
} CohortSave;

static DbStatus cohort_save_tx(Db *db, void *ctx)
{
    CohortSave *s = ctx;
    Cohort *c = s->c;
    DbStatus st = c->id ? q_cohort_update(db, c) : q_cohort_add(db, c, clock_now(), &c->id);
    if (st == DB_NONE) { /* fewer places than people enrolled */
        s->too_small = true;
        return DB_CONFLICT;
    }
    if (st < DB_NONE)
        return st;
    if ((st = q_cohort_trainers_clear(db, c->org_id, c->id)) < DB_NONE)
        return st;
    for (int i = 0; i < s->trainers->n; i++) {
        st = q_cohort_trainer_add(db, c->org_id, c->id, s->trainers->ids[i]);
        if (st == DB_NONE) { /* not a member of this organisation */
            s->bad_trainer = true;
            return DB_CONFLICT;
        }
        if (st < DB_NONE && st != DB_CONFLICT) /* a duplicate tick is harmless */
            return st;
    }
    return DB_ONE;
}

static enum MHD_Result cohort_save(Req *r, Programme *p, Cohort *c)
{
    Picked trainers = {0};
    FormErrors e;
    bool ok = cohort_read(r, c, &trainers, &e);
    if (ok && c->id) {
        /* the dates may not leave sessions outside */
        Date a, b;
        int64_t from, to, n = 0;
        date_parse(c->starts_on, &a);
        date_parse(c->ends_on, &b);
        b = date_from_days(date_days(b) + 1);
        if (bxl_to_utc(a, 0, &from) && bxl_to_utc(b, 0, &to) &&
            q_tsession_count_outside(r->db, r->org_id, c->id, from, to, &n) == DB_ONE && n > 0) {
            form_error(&e, "starts_on",
                       arena_printf(r->arena,
                                    _n(r, "%lld session falls outside these dates: move or remove it first.", "%lld sessions fall outside these dates: move or remove them first.", n),
                                    (long long)n));
            ok = false;
        }
    }
    if (!ok)
        return cohort_form(r, p, c, &trainers, &e, 400);
    CohortSave s = {r, c, &trainers, false, false};
    DbStatus st = db_tx(r->db, cohort_save_tx, &s);
    if (s.too_small) {
        int64_t taken = 0;
        q_cohort_seats(r->db, r->org_id, c->id, &taken);
        form_error(&e, "capacity",
                   arena_printf(r->arena, _n(r, "%lld person is enrolled: the places cannot be fewer.", "%lld people are enrolled: the places cannot be fewer.", taken),
                                (long long)taken));
        return cohort_form(r, p, c, &trainers, &e, 400);
    }
    if (s.bad_trainer) {
        form_error(&e, "trainers", _(r, "Choose trainers among the members of the organisation."));
        return cohort_form(r, p, c, &trainers, &e, 400);
    }
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?saved=1",
                                          (long long)r->org_id, (long long)c->id));
}

/* POST /orgs/{org}/programmes/{id}/cohorts */
enum MHD_Result page_cohort_create(Req *r)
{
    Programme p;
    enum MHD_Result reply;
    if (!load_programme(r, req_id(r, "id"), &p, &reply))
        return reply;
    Cohort c = {.programme_id = p.id};
    return cohort_save(r, &p, &c);
}

/* GET /orgs/{org}/cohorts/{id}/edit */
enum MHD_Result page_cohort_edit(Req *r)
{
    Cohort c;
    Programme p;
    enum MHD_Result reply;
    if (!cohort_load(r, &c, &p, &reply))
        return reply;
    Picked t = {0};
    if (q_cohort_trainers(r->db, r->org_id, c.id, r->arena, &t.id, &t.name, picked_row, &t) < DB_NONE)
        return reply_error(r, ERR_DB);
    return cohort_form(r, &p, &c, &t, NULL, 200);
}

/* POST /orgs/{org}/cohorts/{id} */
enum MHD_Result page_cohort_update(Req *r)
{
    Cohort old, c;
    Programme p;
    enum MHD_Result reply;
    if (!cohort_load(r, &old, &p, &reply))
        return reply;
    c = (Cohort){.id = old.id, .programme_id = old.programme_id};
    return cohort_save(r, &p, &c);
}

/* --- the cohort page ----------------------------------------------------------------- */

typedef struct SessionList {
    Req *r;
    Html *h;
    TSession row;
    int n, clashes;
    Buf trainers;
    int64_t tid;
    char *tname;
} SessionList;

static bool session_row(void *ctx)
{
    SessionList *l = ctx;
    Req *r = l->r;
    TSession *s = &l->row;
    l->n++;
    html(l->h, "<tr><td>%s</td><td>%s</td><td>", session_when(r, s->starts_at, s->ends_at),
         s->location_name);
    if (can_edit(r))
        html(l->h, "<a href=\"/orgs/%lld/sessions/%lld/attendance\">%s</a> · "
                   "<a href=\"/orgs/%lld/sessions/%lld/edit\">%s</a></td><td>",
             (long long)r->org_id, (long long)s->id, _(r, "Attendance"), (long long)r->org_id,
             (long long)s->id, _(r, "Change"));
    else
        html_lit(l->h, "</td><td>");
    if (s->location_clashes)
        html(l->h, "<strong class=\"warn\">%s</strong> ", _(r, "Location booked twice"));
    if (s->trainer_clashes)
        html(l->h, "<strong class=\"warn\">%s</strong>", _(r, "Trainer booked twice"));
    if (s->location_clashes || s->trainer_clashes)
        l->clashes++;
    html_lit(l->h, "</td></tr>\n");
    return true;
}

static bool trainer_name(void *ctx)
{
    SessionList *l = ctx;
    if (l->trainers.len)
        buf_adds(&l->trainers, ", ");
    buf_adds(&l->trainers, l->tname);
    return true;
}

enum MHD_Result cohort_page(Req *r, const Cohort *c, const Programme *p,
                            const FormErrors *add_e, const FormErrors *gen_e,
                            const FormErrors *enrol_e, const char *notice, int status)
{
    SessionList l = {.r = r, .h = html_new(r->arena)};
    buf_init(&l.trainers, r->arena, 64);
    if (q_tsession_list(r->db, r->org_id, c->id, r->arena, &l.row, session_row, &l) < DB_NONE ||
        q_cohort_trainers(r->db, r->org_id, c->id, r->arena, &l.tid, &l.tname, trainer_name, &l) <
            DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, c->name);
    html(h, "<h1>%s</h1>\n<p><a href=\"/orgs/%lld/programmes/%lld\">%s</a></p>\n", c->name,
         (long long)r->org_id, (long long)p->id, programme_title(r, p));
    html_notice(h, notice, false);
    html(h, "<dl class=\"facts\">\n<dt>%s</dt><dd>%s – %s</dd>\n<dt>%s</dt><dd>%lld</dd>\n"
            "<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n</dl>\n",
         _(r, "Dates"), c->starts_on, c->ends_on, _(r, "Places"), (long long)c->capacity,
         _(r, "Location"), c->location_name[0] ? c->location_name : _(r, "No fixed location"),
         _(r, "Trainers"), l.trainers.len ? l.trainers.data : _(r, "None yet"));
    if (can_edit(r))
        html(h, "<p><a href=\"/orgs/%lld/cohorts/%lld/edit\">%s</a></p>\n", (long long)r->org_id,
             (long long)c->id, _(r, "Edit the cohort"));
    if (!html_cohort_participants(h, r, c, p, enrol_e))
        return reply_error(r, ERR_DB);
    html(h, "<h2>%s</h2>\n", _(r, "Sessions"));
    if (l.clashes)
        html_notice(h, arena_printf(r->arena, _n(r, "%d session clashes with other sessions: a trainer or a location is booked twice.", "%d sessions clash with other sessions: a trainer or a location is booked twice.", l.clashes), l.clashes), true);
    if (l.n == 0) {
        html(h, "<p>%s</p>\n", _(r, "No sessions yet."));
    } else {
        html(h, "<p>%s</p>\n", arena_printf(r->arena, _n(r, "%d session, in Brussels time.", "%d sessions, in Brussels time.", l.n), l.n));
        html_table_begin(h, _(r, "Sessions"));
        html(h, "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
                "<th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
             _(r, "When"), _(r, "Location"), _(r, "Attendance"), _(r, "Warnings"));
        html_append(h, l.h);
        html_lit(h, "</tbody>\n");
        html_table_end(h);
    }
    FeedOwner feed;
    if (can_edit(r) && q_feed_owner(r->db, true, c->id, r->arena, &feed) == DB_ONE &&
        feed.org_id == r->org_id) {
        const char *url = feed_url(r, true, r->org_id, c->id, feed.gen);
        html(h, "<h3>%s</h3>\n<p>%s</p>\n<p><a href=\"%s\" class=\"feed\">%s</a></p>\n",
             _(r, "Calendar feed of the cohort"),
             _(r, "A private address for calendar apps, with every session of the cohort: "
                  "share it with trainers and partners. Making a new link stops the old one."),
             url, url);
        html_button_form(h, r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld/feed/reset",
                                            (long long)r->org_id, (long long)c->id),
                         _(r, "Make a new link"), NULL);
    }
    if (can_edit(r)) {
        html(h, "<h2>%s</h2>\n", _(r, "Add a session"));
        html_error_summary(h, r, add_e);
        html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld/sessions",
                                           (long long)r->org_id, (long long)c->id));
        html_input(h, r, add_e, "date", "date", _(r, "Date"), form_get(r, "date"), "off");
        html_input(h, r, add_e, "time", "start", _(r, "Start time"), form_get(r, "start"), "off");
        html_input(h, r, add_e, "time", "end", _(r, "End time"), form_get(r, "end"), "off");
        Options locs = {.r = r};
        opt_add(&locs, "", _(r, "No fixed location"));
        if (q_location_list(r->db, r->org_id, r->arena, &locs.loc, location_opt, &locs) < DB_NONE)
            return reply_error(r, ERR_DB);
        const char *loc = form_get(r, "location_id");
        html_select(h, add_e, "location_id", _(r, "Location"), locs.v,
                    loc ? loc : arena_printf(r->arena, "%lld", (long long)c->location_id));
        html(h, "<button type=\"submit\">%s</button>\n", _(r, "Add the session"));
        html_form_end(h);

        html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Generate a weekly schedule"),
             _(r, "Sessions on the chosen weekdays from the first to the last day of the cohort. "
                  "Belgian public holidays and the closure days you list are skipped."));
        html_error_summary(h, r, gen_e);
        html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld/schedule",
                                           (long long)r->org_id, (long long)c->id));
        const char *days[15];
        for (int i = 0; i < 7; i++) {
            days[2 * i] = arena_printf(r->arena, "%d", i);
            days[2 * i + 1] = _(r, weekday_names[i]);
        }
        days[14] = NULL;
        html_checkboxes(h, gen_e, "weekdays", _(r, "Weekdays"), days, 0x0f);
        html_input(h, r, gen_e, "time", "gen_start", _(r, "Start time"), "09:00", "off");
        html_input(h, r, gen_e, "time", "gen_end", _(r, "End time"), "16:00", "off");
        html_textarea(h, gen_e, "closed", _(r, "Closure days (one date per line, YYYY-MM-DD)"),
                      form_get(r, "closed"), 3);
        html(h, "<button type=\"submit\">%s</button>\n", _(r, "Generate the sessions"));
        html_form_end(h);
    }
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/cohorts/{id} */
enum MHD_Result page_cohort(Req *r)
{
    Cohort c;
    Programme p;
    enum MHD_Result reply;
    if (!cohort_load(r, &c, &p, &reply))
        return reply;
    const char *notice = NULL;
    const char *added = query_get(r, "added");
    int64_t n;
    if (query_get(r, "saved"))
        notice = _(r, "The changes have been saved.");
    else if (added && parse_int64(added, &n))
        notice = arena_printf(r->arena, _n(r, "%lld session added.", "%lld sessions added.", n), (long long)n);
    else if (query_get(r, "enrolled"))
        notice = _(r, "The learner is enrolled.");
    else if ((added = query_get(r, "bulk")) && parse_int64(added, &n))
        notice = arena_printf(r->arena, _n(r, "%lld learner enrolled.", "%lld learners enrolled.", n), (long long)n);
    else if (query_get(r, "invited"))
        notice = _(r, "The invitation has been sent.");
    else if (query_get(r, "attendance"))
        notice = _(r, "The attendance has been saved.");
    return cohort_page(r, &c, &p, NULL, NULL, NULL, notice, 200);
}

/* The first and last instant of the cohort, in UTC. */
static void cohort_bounds(const Cohort *c, int64_t *from, int64_t *to)
{
    Date a, b;
    date_parse(c->starts_on, &a);
    date_parse(c->ends_on, &b);
    if (!bxl_to_utc(a, 0, from))
        *from = date_days(a) * 86400;
    if (!bxl_to_utc(date_from_days(date_days(b) + 1), 0, to))
        *to = (date_days(b) + 1) * 86400;
}

/* Reads date, start, end and location_id of a session form and checks them against the
 * cohort's dates; *s_utc, *e_utc and *location get the values. */
static void session_read(Req *r, const Cohort *c, FormErrors *e, int64_t *s_utc, int64_t *e_utc,
                         int64_t *location)
{
    Date d;
    int start = 0, end = 0;
    const char *ds = form_get(r, "date");
    if (!ds || !*ds)
        form_error(e, "date", arena_printf(r->arena, _(r, "%s is required."), _(r, "Date")));
    else if (!date_parse(ds, &d))
        form_error(e, "date", _(r, "Enter a date that exists, as YYYY-MM-DD."));
    if (!time_parse(form_get(r, "start"), &start))
        form_error(e, "start", _(r, "Enter a time as HH:MM, e.g. 09:00."));
    if (!time_parse(form_get(r, "end"), &end))
        form_error(e, "end", _(r, "Enter a time as HH:MM, e.g. 09:00."));
    else if (!form_error_for(e, "start") && end <= start)
        form_error(e, "end", _(r, "The end must be after the start."));
    if (e->n == 0) {
        if (!bxl_to_utc(d, start, s_utc) || !bxl_to_utc(d, end, e_utc)) {
            form_error(e, "start", _(r, "That time does not exist on that day: the clocks go forward."));
        } else {
            int64_t from, to;
            cohort_bounds(c, &from, &to);
            if (*s_utc < from || *e_utc > to)
                form_error(e, "date", arena_printf(r->arena, _(r, "The session must fall within the cohort's dates (%s – %s)."), c->starts_on, c->ends_on));
        }
    }
    *location = c->location_id;
    const char *loc = form_get(r, "location_id");
    if (loc) {
        Location l;
        if (!*loc)
            *location = 0;
        else if (!parse_int64(loc, location) ||
                 q_location_get(r->db, r->org_id, *location, r->arena, &l) != DB_ONE)
            form_error(e, "location_id",
                       arena_printf(r->arena, _(r, "Choose one of the options for %s."),
                                    _(r, "Location")));
    }
}

/* POST /orgs/{org}/cohorts/{id}/sessions */
enum MHD_Result page_session_add(Req *r)
{
    Cohort c;
    Programme p;
    enum MHD_Result reply;
    if (!cohort_load(r, &c, &p, &reply))
        return reply;
    FormErrors e = {0};
    int64_t s_utc = 0, e_utc = 0, location = 0;
    session_read(r, &c, &e, &s_utc, &e_utc, &location);
    if (e.n)
        return cohort_page(r, &c, &p, &e, NULL, NULL, NULL, 400);
    if (q_tsession_add(r->db, r->org_id, c.id, s_utc, e_utc, location, clock_now()) < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?added=1",
                                          (long long)r->org_id, (long long)c.id));
}

/* --- changing one session: time, place, its own trainers; or deleting it ----------- */

typedef struct SessionEdit {
    int64_t id, cohort_id, starts_at, ends_at, location_id;
    Cohort c;
    Programme p;
    Picked trainers;
} SessionEdit;

static bool session_load(Req *r, SessionEdit *s, enum MHD_Result *reply)
{
    s->id = req_id(r, "id");
    DbStatus st = q_tsession_detail(r->db, r->org_id, s->id, &s->cohort_id, &s->starts_at,
                                    &s->ends_at, &s->location_id);
    if (st == DB_ONE)
        st = q_cohort_get(r->db, r->org_id, s->cohort_id, r->arena, &s->c);
    if (st == DB_ONE)
        st = q_programme_get(r->db, r->org_id, s->c.programme_id, r->arena, &s->p);
    if (st == DB_ONE)
        st = q_session_trainers(r->db, r->org_id, s->id, &s->trainers.id, picked_row,
                                &s->trainers) < DB_NONE ? DB_ERROR : DB_ONE;
    if (st == DB_ONE)
        return true;
    *reply = reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
    return false;
}

static enum MHD_Result session_form(Req *r, const SessionEdit *s, const FormErrors *e,
                                    const char *notice, int status)
{
    Options locs = {.r = r}, staff = {.r = r};
    opt_add(&locs, "", _(r, "No fixed location"));
    if (q_location_list(r->db, r->org_id, r->arena, &locs.loc, location_opt, &locs) < DB_NONE ||
        q_member_list(r->db, r->org_id, r->arena, &staff.m, trainer_opt, &staff) < DB_NONE)
        return reply_error(r, ERR_DB);
    Date d;
    int m1, m2;
    bxl_from_utc(s->starts_at, &d, &m1);
    char day[11];
    date_format(d, day);
    bxl_from_utc(s->ends_at, &d, &m2);
    const char *date = form_get(r, "date"), *start = form_get(r, "start"),
               *end = form_get(r, "end"), *loc = form_get(r, "location_id");
    Html *h = page_begin(r, _(r, "Change the session"));
    html(h, "<h1>%s</h1>\n<p>%s · <a href=\"/orgs/%lld/cohorts/%lld\">%s</a><br>%s</p>\n",
         _(r, "Change the session"), programme_title(r, &s->p), (long long)r->org_id,
         (long long)s->c.id, s->c.name, session_when(r, s->starts_at, s->ends_at));
    html_notice(h, notice, true);
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/sessions/%lld", (long long)r->org_id,
                                       (long long)s->id));
    html_input(h, r, e, "date", "date", _(r, "Date"), date ? date : day, "off");
    html_input(h, r, e, "time", "start", _(r, "Start time"),
               start ? start : arena_printf(r->arena, "%02d:%02d", m1 / 60, m1 % 60), "off");
    html_input(h, r, e, "time", "end", _(r, "End time"),
               end ? end : arena_printf(r->arena, "%02d:%02d", m2 / 60, m2 % 60), "off");
    html_select(h, e, "location_id", _(r, "Location"), locs.v,
                loc ? loc : arena_printf(r->arena, "%lld", (long long)s->location_id));
    if (staff.n) {
        html_checkboxes(h, e, "trainers", _(r, "Trainers of this session"), staff.v,
                        html_options_mask(staff.v, s->trainers.ids, s->trainers.n));
        html(h, "<p><small>%s</small></p>\n",
             _(r, "Tick none and the cohort's trainers teach this session."));
    }
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save"));
    html_form_end(h);
    html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Delete the session"),
         _(r, "Only a session without attendance marks can be deleted."));
    html_button_form(h, r, arena_printf(r->arena, "/orgs/%lld/sessions/%lld/delete",
                                        (long long)r->org_id, (long long)s->id),
                     _(r, "Delete the session"), NULL);
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/sessions/{id}/edit */
enum MHD_Result page_session_edit(Req *r)
{
    SessionEdit s = {0};
    enum MHD_Result reply;
    if (!session_load(r, &s, &reply))
        return reply;
    return session_form(r, &s, NULL, NULL, 200);
}

typedef struct SessionSave {
    Req *r;
    SessionEdit *s;
    int64_t starts_at, ends_at, location_id;
    Picked trainers;
    bool bad_trainer;
} SessionSave;

static DbStatus session_save_tx(Db *db, void *ctx)
{
    SessionSave *v = ctx;
    Req *r = v->r;
    DbStatus st = q_tsession_update(db, r->org_id, v->s->id, v->starts_at, v->ends_at,
                                    v->location_id);
    if (st < DB_ONE)
        return st < DB_NONE ? st : DB_CONFLICT;
    if ((st = q_session_trainers_clear(db, r->org_id, v->s->id)) < DB_NONE)
        return st;
    for (int i = 0; i < v->trainers.n; i++) {
        st = q_session_trainer_add(db, r->org_id, v->s->id, v->trainers.ids[i]);
        if (st == DB_NONE) {
            v->bad_trainer = true;
            return DB_CONFLICT;
        }
        if (st < DB_NONE && st != DB_CONFLICT) /* a duplicate tick is harmless */
            return st;
    }
    return DB_ONE;
}

/* POST /orgs/{org}/sessions/{id} */
enum MHD_Result page_session_update(Req *r)
{
    SessionEdit s = {0};
    enum MHD_Result reply;
    if (!session_load(r, &s, &reply))
        return reply;
    SessionSave v = {.r = r, .s = &s};
    FormErrors e = {0};
    session_read(r, &s.c, &e, &v.starts_at, &v.ends_at, &v.location_id);
    const char *ids[64];
    int n = form_get_all(r, "trainers", ids, 64);
    for (int i = 0; i < n; i++) {
        int64_t id;
        if (parse_int64(ids[i], &id) && id > 0)
            v.trainers.ids[v.trainers.n++] = id;
        else
            form_error(&e, "trainers", arena_printf(r->arena, _(r, "Choose one of the options for %s."), _(r, "Trainers")));
    }
    if (!e.n) {
        DbStatus st = db_tx(r->db, session_save_tx, &v);
        if (v.bad_trainer)
            form_error(&e, "trainers", arena_printf(r->arena, _(r, "Choose one of the options for %s."), _(r, "Trainers")));
        else if (st < DB_NONE && st != DB_CONFLICT)
            return reply_error(r, ERR_DB);
        else if (st == DB_CONFLICT)
            return reply_error(r, ERR_NOT_FOUND);
    }
    if (e.n)
        return session_form(r, &s, &e, NULL, 400);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?saved=1",
                                          (long long)r->org_id, (long long)s.c.id));
}

/* POST /orgs/{org}/sessions/{id}/delete */
enum MHD_Result page_session_delete(Req *r)
{
    SessionEdit s = {0};
    enum MHD_Result reply;
    if (!session_load(r, &s, &reply))
        return reply;
    DbStatus st = q_tsession_delete(r->db, r->org_id, s.id);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE)
        return session_form(r, &s, NULL,
                            _(r, "This session has attendance marks: it cannot be deleted."), 409);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?saved=1",
                                          (long long)r->org_id, (long long)s.c.id));
}

typedef struct Generated {
    Req *r;
    const Cohort *c;
    Slot *slots;
    int n;
} Generated;

static DbStatus generate_tx(Db *db, void *ctx)
{
    Generated *g = ctx;
    int64_t now = clock_now();
    for (int i = 0; i < g->n; i++) {
        DbStatus st = q_tsession_add(db, g->c->org_id, g->c->id, g->slots[i].starts_at,
                                     g->slots[i].ends_at, g->c->location_id, now);
        if (st < DB_NONE)
            return st;
    }
    return DB_ONE;
}

/* POST /orgs/{org}/cohorts/{id}/schedule */
enum MHD_Result page_schedule(Req *r)
{
    Cohort c;
    Programme p;
    enum MHD_Result reply;
    if (!cohort_load(r, &c, &p, &reply))
        return reply;
    FormErrors e = {0};
    Schedule s = {0};
    date_parse(c.starts_on, &s.first);
    date_parse(c.ends_on, &s.last);
    const char *days[10];
    int nd = form_get_all(r, "weekdays", days, 10);
    for (int i = 0; i < nd; i++) {
        int64_t v;
        if (parse_int64(days[i], &v) && v >= 0 && v < 7)
            s.weekdays |= 1u << v;
    }
    if (!s.weekdays)
        form_error(&e, "weekdays", _(r, "Choose at least one weekday."));
    if (!time_parse(form_get(r, "gen_start"), &s.start))
        form_error(&e, "gen_start", _(r, "Enter a time as HH:MM, e.g. 09:00."));
    if (!time_parse(form_get(r, "gen_end"), &s.end))
        form_error(&e, "gen_end", _(r, "Enter a time as HH:MM, e.g. 09:00."));
    else if (!form_error_for(&e, "gen_start") && s.end <= s.start)
        form_error(&e, "gen_end", _(r, "The end must be after the start."));
    Date *closed = arena_alloc(r->arena, sizeof *closed * MAX_CLOSED);
    const char *text = form_get(r, "closed");
    if (text) {
        char *copy = arena_strdup(r->arena, text), *save = NULL;
        for (char *line = strtok_r(copy, "\r\n", &save); line; line = strtok_r(NULL, "\r\n", &save)) {
            str_trim(line);
            if (!*line)
                continue;
            if (s.nclosed >= MAX_CLOSED || !date_parse(line, &closed[s.nclosed])) {
                form_error(&e, "closed", arena_printf(r->arena, _(r, "\"%s\" is not a date as YYYY-MM-DD."), line));
                break;
            }
            s.nclosed++;
        }
    }
    s.closed = closed;
    Slot *slots = arena_alloc(r->arena, sizeof *slots * MAX_SCHEDULE);
    int n = 0;
    if (e.n == 0) {
        n = schedule_generate(&s, slots, MAX_SCHEDULE);
        if (n > MAX_SCHEDULE)
            form_error(&e, "weekdays", arena_printf(r->arena, _(r, "That makes %d sessions; at most %d can be generated at once."), n, MAX_SCHEDULE));
        else if (n <= 0)
            form_error(&e, "weekdays", _(r, "No day of the cohort matches: nothing to generate."));
    }
    if (e.n)
        return cohort_page(r, &c, &p, NULL, &e, NULL, NULL, 400);
    Generated g = {r, &c, slots, n};
    if (db_tx(r->db, generate_tx, &g) < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?added=%d",
                                          (long long)r->org_id, (long long)c.id, n));
}

/* sessions.c — a cohort's sessions: add one, generate a weekly schedule that skips Belgian
 * public holidays and closure days, change one session (time, place, its own trainers) or
 * delete it. Double bookings of a trainer or a place are flagged on the cohort page
 * (views/training/sessions.c). Times are shown and read in Europe/Brussels time. */
#include <string.h>

#include "domain/calendar.h"
#include "flows/training/session.h"
#include "html/fmt.h"
#include "pages/training/training.h"
#include "q/training/cohort.h"
#include "q/training/programme.h"
#include "views/training/cohort.h"
#include "views/training/programme.h"

/* Adds the workflow's messages after the form's (each field keeps its first). */
static void merge(FormErrors *e, const Outcome *o)
{
    for (int i = 0; i < o->fields.n; i++)
        form_error(e, o->fields.field[i], o->fields.msg[i]);
}

/* Reads date, start, end and location_id of a session form (the cohort's place when the
 * form has none). */
static void session_read(Req *r, const Cohort *c, SessionInput *in, FormErrors *e)
{
    const char *ds = form_get(r, "date");
    if (!ds || !*ds)
        form_error(e, "date", arena_printf(r->arena, _(r, "%s is required."), _(r, "Date")));
    else if (!date_parse(ds, &in->day))
        form_error(e, "date", _(r, "Enter a date that exists, as YYYY-MM-DD."));
    else
        in->day_read = true;
    bool start = time_parse(form_get(r, "start"), &in->start);
    if (!start)
        form_error(e, "start", _(r, "Enter a time as HH:MM, e.g. 09:00."));
    if (!time_parse(form_get(r, "end"), &in->end))
        form_error(e, "end", _(r, "Enter a time as HH:MM, e.g. 09:00."));
    else
        in->times_read = start;
    in->location_id = c->location_id;
    const char *loc = form_get(r, "location_id");
    if (loc && !*loc)
        in->location_id = 0;
    else if (loc && (!parse_int64(loc, &in->location_id) || in->location_id <= 0)) {
        in->location_id = 0;
        form_error(
            e, "location_id",
            arena_printf(r->arena, _(r, "Choose one of the options for %s."), _(r, "Location")));
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
    SessionInput in = {0};
    session_read(r, &c, &in, &e);
    Actor a = req_actor(r);
    Flow f = req_flow(r, &a);
    Outcome o = outcome_ok();
    if (e.n)
        flow_session_check(&f, &c, &in, &o);
    else
        o = flow_session_add(&f, &c, &in);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    merge(&e, &o);
    if (e.n)
        return cohort_page(r, &c, &p, &(CohortErrors){.add = &e}, NULL, 400);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?added=1",
                                          (long long)r->org_id, (long long)c.id));
}

/* --- changing one session: time, place, its own trainers; or deleting it ----------- */

typedef struct SessionEdit {
    int64_t id, cohort_id, starts_at, ends_at, location_id;
    Cohort c;
    Programme p;
    Arena *a;
    int64_t *trainers, tid;
    int ntrainers, cap;
} SessionEdit;

static bool trainer_row(void *ctx)
{
    SessionEdit *s = ctx;
    if (s->ntrainers == s->cap) {
        int cap = s->cap ? 2 * s->cap : 16;
        s->trainers = arena_realloc(s->a, s->trainers, sizeof *s->trainers * (size_t)s->ntrainers,
                                    sizeof *s->trainers * (size_t)cap);
        s->cap = cap;
    }
    s->trainers[s->ntrainers++] = s->tid;
    return true;
}

static bool session_load(Req *r, SessionEdit *s, enum MHD_Result *reply)
{
    s->id = req_id(r, "id");
    s->a = r->arena;
    DbStatus st = q_tsession_detail(r->db, r->org_id, s->id, &s->cohort_id, &s->starts_at,
                                    &s->ends_at, &s->location_id);
    if (st == DB_ONE)
        st = q_cohort_get(r->db, r->org_id, s->cohort_id, r->arena, &s->c);
    if (st == DB_ONE)
        st = q_programme_get(r->db, r->org_id, s->c.programme_id, r->arena, &s->p);
    if (st == DB_ONE)
        st = q_session_trainers(r->db, r->org_id, s->id, &s->tid, trainer_row, s) < DB_NONE
                 ? DB_ERROR
                 : DB_ONE;
    if (st == DB_ONE)
        return true;
    *reply = reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
    return false;
}

static enum MHD_Result session_form(Req *r, const SessionEdit *s, const FormErrors *e,
                                    const char *notice, int status)
{
    int nstaff = 0;
    const char *const *locs = location_options(r), *const *staff = trainer_options(r, &nstaff);
    if (!locs || !staff)
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
    html_form_begin(
        h, r,
        arena_printf(r->arena, "/orgs/%lld/sessions/%lld", (long long)r->org_id, (long long)s->id));
    html_input(h, r, e, "date", "date", _(r, "Date"), date ? date : day, "off");
    html_input(h, r, e, "time", "start", _(r, "Start time"),
               start ? start : arena_printf(r->arena, "%02d:%02d", m1 / 60, m1 % 60), "off");
    html_input(h, r, e, "time", "end", _(r, "End time"),
               end ? end : arena_printf(r->arena, "%02d:%02d", m2 / 60, m2 % 60), "off");
    html_select(h, e, "location_id", _(r, "Location"), locs,
                loc ? loc : arena_printf(r->arena, "%lld", (long long)s->location_id));
    if (nstaff) {
        html_checkboxes(h, e, "trainers", _(r, "Trainers of this session"), staff,
                        html_options_mask(staff, s->trainers, s->ntrainers));
        html(h, "<p><small>%s</small></p>\n",
             _(r, "Tick none and the cohort's trainers teach this session."));
    }
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save"));
    html_form_end(h);
    html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Delete the session"),
         _(r, "Only a session without attendance marks can be deleted."));
    html_button_form(h, r,
                     arena_printf(r->arena, "/orgs/%lld/sessions/%lld/delete", (long long)r->org_id,
                                  (long long)s->id),
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

/* POST /orgs/{org}/sessions/{id} */
enum MHD_Result page_session_update(Req *r)
{
    SessionEdit s = {0};
    enum MHD_Result reply;
    if (!session_load(r, &s, &reply))
        return reply;
    FormErrors e = {0};
    SessionInput in = {0};
    session_read(r, &s.c, &in, &e);
    int64_t *trainers;
    form_ids(r, "trainers", N_("Trainers"), &trainers, &in.ntrainers, &e);
    in.trainers = trainers;
    Actor a = req_actor(r);
    Flow f = req_flow(r, &a);
    Outcome o = outcome_ok();
    if (e.n)
        flow_session_check(&f, &s.c, &in, &o);
    else
        o = flow_session_update(&f, &s.c, s.id, &in);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    merge(&e, &o);
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
    Actor a = req_actor(r);
    Flow f = req_flow(r, &a);
    Outcome o = flow_session_delete(&f, s.id);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return session_form(r, &s, NULL, form_error_for(&o.fields, "session"), o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?saved=1",
                                          (long long)r->org_id, (long long)s.c.id));
}

/* The closure days of the schedule form, one date per line (arena array). */
static bool closed_read(Req *r, Schedule *s, FormErrors *e)
{
    const char *text = form_get(r, "closed");
    if (!text)
        return true;
    size_t lines = 1;
    for (const char *p = text; *p; p++)
        lines += *p == '\n';
    Date *closed = arena_alloc(r->arena, sizeof *closed * lines);
    char *copy = arena_strdup(r->arena, text), *save = NULL;
    for (char *line = strtok_r(copy, "\r\n", &save); line; line = strtok_r(NULL, "\r\n", &save)) {
        str_trim(line);
        if (!*line)
            continue;
        if (!date_parse(line, &closed[s->nclosed])) {
            form_error(e, "closed",
                       arena_printf(r->arena, _(r, "\"%s\" is not a date as YYYY-MM-DD."), line));
            return false;
        }
        s->nclosed++;
    }
    s->closed = closed;
    return true;
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
    for (int i = 0; i < r->nfields; i++) {
        int64_t v;
        if (!strcmp(r->fields[i].name, "weekdays") && parse_int64(r->fields[i].value, &v) &&
            v >= 0 && v < 7)
            s.weekdays |= 1u << v;
    }
    if (!time_parse(form_get(r, "gen_start"), &s.start))
        form_error(&e, "gen_start", _(r, "Enter a time as HH:MM, e.g. 09:00."));
    if (!time_parse(form_get(r, "gen_end"), &s.end))
        form_error(&e, "gen_end", _(r, "Enter a time as HH:MM, e.g. 09:00."));
    closed_read(r, &s, &e);
    Actor a = req_actor(r);
    Flow f = req_flow(r, &a);
    Outcome o = outcome_ok();
    if (e.n) /* the workflow's checks too, beside the form's (a field keeps its first) */
        flow_schedule_check(&f, &s, &o);
    else
        o = flow_schedule_generate(&f, &c, &s);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    merge(&e, &o);
    if (e.n)
        return cohort_page(r, &c, &p, &(CohortErrors){.gen = &e}, NULL, 400);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?added=%lld",
                                          (long long)r->org_id, (long long)c.id, (long long)o.id));
}

/* sessions.c — a cohort's sessions: add one, generate a weekly schedule that skips Belgian
 * public holidays and closure days, change one session (time, place, its own trainers) or
 * delete it. Double bookings of a trainer or a place are flagged on the cohort page
 * (views/training/sessions.c). Times are shown and read in Europe/Brussels time. */
#include <string.h>

#include "core/rows.h"
#include "domain/calendar.h"
#include "flows/training/session.h"
#include "html/fmt.h"
#include "pages/training/training.h"
#include "q/training/cohort.h"
#include "q/training/programme.h"
#include "views/training/cohort.h"
#include "views/training/programme.h"

/* Reads date, start, end and location_id of a session form (the cohort's place when the
 * form has none), and with_trainers the session's own trainers. */
static void session_read(Req *r, const Cohort *c, SessionInput *in, bool with_trainers,
                         FormErrors *e)
{
    int64_t start = 0, end = 0, location = 0, *trainers = NULL;
    FieldSpec spec[] = {
        FIELD("date", F_DATE, N_("Date"), .required = true, .date = &in->day),
        FIELD("start", F_TIME, N_("Start time"), .required = true, .num = &start),
        FIELD("end", F_TIME, N_("End time"), .required = true, .num = &end),
        FIELD("location_id", F_ID, N_("Location"), .num = &location),
        {.name = with_trainers ? "trainers" : NULL,
         .type = F_MULTI,
         .label = N_("Trainers"),
         .ids = &trainers,
         .nids = &in->ntrainers},
        {0},
    };
    form_read(r, spec, e);
    in->day_read = !form_error_for(e, "date");
    in->times_read = !form_error_for(e, "start") && !form_error_for(e, "end");
    in->start = (int)start;
    in->end = (int)end;
    /* no field at all: the cohort's place; an empty choice: none */
    in->location_id = form_get(r, "location_id") ? location : c->location_id;
    in->trainers = trainers;
}

/* The reply to a form of the cohort page that adds sessions: the workflow's error page; the
 * cohort page again with the form's messages e, the workflow's added (the form ce names);
 * or back to the cohort page, which says n sessions were added. */
static enum MHD_Result sessions_added(Req *r, Cohort *c, Programme *p, const Outcome *o,
                                      FormErrors *e, const CohortErrors *ce, int64_t n)
{
    if (o->err != ERR_COUNT)
        return reply_error(r, o->err);
    form_errors_add(e, &o->fields);
    if (e->n)
        return cohort_page(r, c, p, ce, NULL, 400);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?added=%lld",
                                          (long long)r->org_id, (long long)c->id, (long long)n));
}

static enum MHD_Result session_add(Req *r, Cohort *c, Programme *p)
{
    FormErrors e;
    SessionInput in = {0};
    session_read(r, c, &in, false, &e);
    Flow f = req_flow(r);
    Outcome o = outcome_ok();
    if (e.n)
        flow_session_check(&f, c, &in, &o);
    else
        o = flow_session_add(&f, c, &in);
    return sessions_added(r, c, p, &o, &e, &(CohortErrors){.add = &e}, 1);
}

/* POST /orgs/{org}/cohorts/{id}/sessions */
enum MHD_Result page_session_add(Req *r)
{
    return with_cohort(r, session_add);
}

/* --- changing one session: time, place, its own trainers; or deleting it ----------- */

typedef struct SessionEdit {
    int64_t id, cohort_id, starts_at, ends_at, location_id;
    Cohort c;
    Programme p;
    int64_t tid;
    Rows trainers; /* int64_t: the session's own trainers */
} SessionEdit;

/* What a handler does with the session of its path. */
typedef enum MHD_Result (*SessionPage)(Req *r, SessionEdit *s);

/* Loads the session of the {id} parameter with its cohort, programme and own trainers, then
 * answers with fn; otherwise 404 (or 503). */
static enum MHD_Result with_session(Req *r, SessionPage fn)
{
    SessionEdit edit = {.id = req_id(r, "id")}, *s = &edit;
    s->trainers = ROWS_FROM(r->arena, &s->tid);
    DbStatus st = q_tsession_detail(r->db, r->org_id, s->id, &s->cohort_id, &s->starts_at,
                                    &s->ends_at, &s->location_id);
    if (st == DB_ONE)
        st = q_cohort_get(r->db, r->org_id, s->cohort_id, r->arena, &s->c);
    if (st == DB_ONE)
        st = q_programme_get(r->db, r->org_id, s->c.programme_id, r->arena, &s->p);
    if (st == DB_ONE)
        st = q_session_trainers(r->db, r->org_id, s->id, &s->tid, rows_collect, &s->trainers) <
                     DB_NONE
                 ? DB_ERROR
                 : DB_ONE;
    return st == DB_ONE ? fn(r, s) : reply_missing(r, st);
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
                        html_options_mask(staff, (const int64_t *)s->trainers.data, s->trainers.n));
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

static enum MHD_Result session_edit(Req *r, SessionEdit *s)
{
    return session_form(r, s, NULL, NULL, 200);
}

/* GET /orgs/{org}/sessions/{id}/edit */
enum MHD_Result page_session_edit(Req *r)
{
    return with_session(r, session_edit);
}

static enum MHD_Result session_update(Req *r, SessionEdit *s)
{
    FormErrors e;
    SessionInput in = {0};
    session_read(r, &s->c, &in, true, &e);
    Flow f = req_flow(r);
    Outcome o = outcome_ok();
    if (e.n)
        flow_session_check(&f, &s->c, &in, &o);
    else
        o = flow_session_update(&f, &s->c, s->id, &in);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    form_errors_add(&e, &o.fields);
    if (e.n)
        return session_form(r, s, &e, NULL, 400);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?saved=1",
                                          (long long)r->org_id, (long long)s->c.id));
}

/* POST /orgs/{org}/sessions/{id} */
enum MHD_Result page_session_update(Req *r)
{
    return with_session(r, session_update);
}

static enum MHD_Result session_delete(Req *r, SessionEdit *s)
{
    Flow f = req_flow(r);
    Outcome o = flow_session_delete(&f, s->id);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return session_form(r, s, NULL, form_error_for(&o.fields, "session"), o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?saved=1",
                                          (long long)r->org_id, (long long)s->c.id));
}

/* POST /orgs/{org}/sessions/{id}/delete */
enum MHD_Result page_session_delete(Req *r)
{
    return with_session(r, session_delete);
}

/* The closure days of the schedule form, one date per line (arena array). */
static void closed_read(Req *r, const char *text, Schedule *s, FormErrors *e)
{
    if (!text)
        return;
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
            return;
        }
        s->nclosed++;
    }
    s->closed = closed;
}

static enum MHD_Result schedule(Req *r, Cohort *c, Programme *p)
{
    static const char *const days[] = {"0", "1", "2", "3", "4", "5", "6", NULL};
    Schedule s = {0};
    int64_t weekdays = 0, start = 0, end = 0;
    char *closed = NULL;
    FieldSpec spec[] = {
        FIELD("weekdays", F_MULTI, N_("Weekdays"), .choices = days, .mask = &weekdays),
        FIELD("gen_start", F_TIME, N_("Start time"), .required = true, .num = &start),
        FIELD("gen_end", F_TIME, N_("End time"), .required = true, .num = &end),
        FIELD("closed", F_TEXT, N_("Closure days (one date per line, YYYY-MM-DD)"), .max = 20000,
              .text = &closed),
        {0},
    };
    FormErrors e;
    form_read(r, spec, &e);
    s.weekdays = (unsigned)weekdays;
    s.start = (int)start;
    s.end = (int)end;
    closed_read(r, closed, &s, &e);
    Flow f = req_flow(r);
    Outcome o = outcome_ok();
    if (e.n) /* the workflow's checks too, beside the form's (a field keeps its first) */
        flow_schedule_check(&f, &s, &o);
    else
        o = flow_schedule_generate(&f, c, &s);
    return sessions_added(r, c, p, &o, &e, &(CohortErrors){.gen = &e}, o.id);
}

/* POST /orgs/{org}/cohorts/{id}/schedule */
enum MHD_Result page_schedule(Req *r)
{
    return with_cohort(r, schedule);
}

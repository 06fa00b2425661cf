/* attendance.c — the roster of a session, filled on a phone in one screen: everyone is
 * present unless marked otherwise (absent, excused, late), with large touch targets. */
#include <stdio.h>
#include <string.h>

#include "core/clock.h"
#include "domain/attendance.h"
#include "domain/calendar.h"
#include "pages/pages.h"
#include "q/q.h"

static const char *const marks[] = {"present", N_("Present"), "absent", N_("Absent"),
                                    "excused", N_("Excused"), "late", N_("Late"), NULL};

typedef struct Roster {
    Req *r;
    Html *h;
    RosterRow row;
    int n;
} Roster;

static bool roster_row(void *ctx)
{
    Roster *l = ctx;
    Req *r = l->r;
    RosterRow *x = &l->row;
    const char *current = x->status[0] ? x->status : "present";
    html(l->h, "<fieldset class=\"roster\">\n<legend>%s</legend>\n", x->name);
    if (!strcmp(x->via, "self")) {
        Date d;
        int m;
        bxl_from_utc(x->recorded_at, &d, &m);
        html(l->h, "<p class=\"via\">%s</p>\n",
             arena_printf(r->arena, _(r, "Checked in with the code at %02d:%02d."), m / 60, m % 60));
    }
    for (const char *const *m = marks; m[0]; m += 2)
        html(l->h, "<label><input type=\"radio\" name=\"a-%lld\" value=\"%s\"%s> %s</label>\n",
             (long long)x->enrolment_id, m[0], strcmp(m[0], current) ? "" : " checked", _(r, m[1]));
    html_lit(l->h, "</fieldset>\n");
    l->n++;
    return true;
}

typedef struct SessionCtx {
    int64_t id, cohort_id, starts_at, ends_at;
    Cohort cohort;
    Programme programme;
} SessionCtx;

static bool load(Req *r, SessionCtx *s, enum MHD_Result *reply)
{
    s->id = req_id(r, "id");
    DbStatus st = q_tsession_get(r->db, r->org_id, s->id, &s->cohort_id, &s->starts_at, &s->ends_at);
    if (st == DB_ONE)
        st = q_cohort_get(r->db, r->org_id, s->cohort_id, r->arena, &s->cohort);
    if (st == DB_ONE)
        st = q_programme_get(r->db, r->org_id, s->cohort.programme_id, r->arena, &s->programme);
    if (st == DB_ONE)
        return true;
    *reply = reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
    return false;
}

/* GET /orgs/{org}/sessions/{id}/attendance */
enum MHD_Result page_attendance(Req *r)
{
    SessionCtx s;
    enum MHD_Result reply;
    if (!load(r, &s, &reply))
        return reply;
    Roster l = {.r = r, .h = html_new(r->arena)};
    if (q_roster(r->db, r->org_id, s.id, r->arena, &l.row, roster_row, &l) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Attendance"));
    html(h, "<h1>%s</h1>\n<p>%s · <a href=\"/orgs/%lld/cohorts/%lld\">%s</a><br>%s</p>\n",
         _(r, "Attendance"), programme_title(r, &s.programme), (long long)r->org_id,
         (long long)s.cohort_id, s.cohort.name, session_when(r, s.starts_at, s.ends_at));
    if (l.n == 0) {
        html(h, "<p>%s</p>\n", _(r, "Nobody is enrolled in this cohort yet."));
        return page_end(r, h);
    }
    html(h, "<p><a href=\"/orgs/%lld/sessions/%lld/check-in\">%s</a></p>\n", (long long)r->org_id,
         (long long)s.id, _(r, "Show the check-in code (learners scan it with their phone)"));
    html(h, "<p>%s</p>\n", _(r, "Everyone is marked present: change only the exceptions."));
    html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/sessions/%lld/attendance",
                                       (long long)r->org_id, (long long)s.id));
    html_append(h, l.h);
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save the attendance"));
    html_form_end(h);
    return page_end(r, h);
}

typedef struct MarkTx {
    Req *r;
    int64_t session_id;
    bool stranger; /* a learner of another cohort or organisation */
} MarkTx;

static DbStatus mark_tx(Db *db, void *ctx)
{
    MarkTx *t = ctx;
    Req *r = t->r;
    int64_t now = clock_now();
    for (int i = 0; i < r->nfields; i++) {
        const FormField *f = &r->fields[i];
        int64_t enrolment;
        if (strncmp(f->name, "a-", 2) || !parse_int64(f->name + 2, &enrolment))
            continue;
        DbStatus st = q_attendance_mark(db, r->org_id, t->session_id, enrolment, f->value, now,
                                        r->account->id);
        if (st == DB_NONE) {
            t->stranger = true;
            return DB_CONFLICT;
        }
        if (st < DB_NONE)
            return st;
    }
    return DB_ONE;
}

/* POST /orgs/{org}/sessions/{id}/attendance */
enum MHD_Result page_attendance_save(Req *r)
{
    SessionCtx s;
    enum MHD_Result reply;
    if (!load(r, &s, &reply))
        return reply;
    for (int i = 0; i < r->nfields; i++)
        if (!strncmp(r->fields[i].name, "a-", 2) && !attendance_status_valid(r->fields[i].value))
            return reply_error(r, ERR_BAD_REQUEST);
    MarkTx t = {r, s.id, false};
    DbStatus st = db_tx(r->db, mark_tx, &t);
    if (t.stranger)
        return reply_error(r, ERR_BAD_REQUEST);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?attendance=1",
                                          (long long)r->org_id, (long long)s.cohort_id));
}

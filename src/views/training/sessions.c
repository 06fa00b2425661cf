/* sessions.c — the sessions section of the cohort page: the cohort's sessions in Brussels
 * time with their double bookings flagged, a page at a time from today's or the next
 * session (earlier ones a page back); then adding one session and generating a weekly
 * schedule (see cohort.h). */
#include <string.h>

#include "core/clock.h"
#include "core/rows.h"
#include "html/fmt.h"
#include "q/training/cohort.h"
#include "views/training/cohort.h"
#include "views/training/programme.h"

typedef struct Sessions {
    TSession row;
    Rows list; /* TSession, by start */
    int clashes;
} Sessions;

/* One session as a card: when, where, its two links, its warnings. */
static void html_session_item(Html *h, Req *r, const TSession *s, bool next)
{
    html(h, next ? "<li id=\"next-session\"><strong>%s</strong>" : "<li><strong>%s</strong>",
         session_when(r, s->starts_at, s->ends_at));
    if (s->location_name)
        html(h, "<span>%s</span>", s->location_name);
    if (s->location_clashes)
        html(h, "<strong class=\"warn\">%s</strong>", _(r, "Location booked twice"));
    if (s->trainer_clashes)
        html(h, "<strong class=\"warn\">%s</strong>", _(r, "Trainer booked twice"));
    if (training_can_edit(r))
        html(h,
             "<span class=\"act\"><a href=\"/orgs/%lld/sessions/%lld/attendance\">%s</a> "
             "<a href=\"/orgs/%lld/sessions/%lld/edit\">%s</a></span>",
             (long long)r->org_id, (long long)s->id, _(r, "Attendance"), (long long)r->org_id,
             (long long)s->id, _(r, "Change"));
    html_lit(h, "</li>\n");
}

/* The sessions of [start, end), under a heading per month. */
static void html_session_months(Html *h, Req *r, const Rows *list, int start, int end, int next)
{
    const char *month = NULL;
    for (int i = start; i < end; i++) {
        const TSession *s = ROW(list, TSession, i);
        const char *m = month_text(r, s->starts_at);
        if (!month || strcmp(m, month)) {
            if (month)
                html_lit(h, "</ul>\n");
            html(h, "<h3>%s</h3>\n<ul class=\"sessions\">\n", m);
            month = m;
        }
        html_session_item(h, r, s, i == next);
    }
    if (month)
        html_lit(h, "</ul>\n");
}

/* Today's session (not ended yet) or the next one; -1 when all are over. */
static int next_row(const Sessions *l)
{
    int64_t now = clock_now();
    for (int i = 0; i < l->list.n; i++)
        if (ROW(&l->list, TSession, i)->ends_at >= now)
            return i;
    return -1;
}

/* Where the page starts: after or before the session named; else on the page that has
 * today's or the next session at its top (or within the last page); a cohort whose
 * sessions are all over, or fit on one page, reads from its first one. */
static int first_row(Req *r, const Sessions *l, int next)
{
    int at = ROW_INDEX(&l->list, TSession, query_get(r, "safter"));
    if (at >= 0)
        return at + 1;
    if ((at = ROW_INDEX(&l->list, TSession, query_get(r, "sbefore"))) >= 0)
        return at - SESSIONS_PAGE > 0 ? at - SESSIONS_PAGE : 0;
    if (next < 0 || l->list.n <= SESSIONS_PAGE)
        return 0;
    return next < l->list.n - SESSIONS_PAGE ? next : l->list.n - SESSIONS_PAGE;
}

bool html_cohort_sessions(Html *h, Req *r, const Cohort *c)
{
    Sessions l = {.clashes = 0};
    l.list = ROWS_FROM(r->arena, &l.row);
    if (q_tsession_list(r->db, r->org_id, c->id, r->arena, &l.row, rows_collect, &l.list) < DB_NONE)
        return false;
    for (int i = 0; i < l.list.n; i++) {
        const TSession *x = ROW(&l.list, TSession, i);
        l.clashes += x->location_clashes || x->trainer_clashes;
    }
    html(h, "<h2 id=\"sessions\">%s</h2>\n", _(r, "Sessions"));
    if (l.clashes)
        html_notice(h,
                    arena_printf(r->arena,
                                 _n(r,
                                    "%d session clashes with other sessions: a trainer or a "
                                    "location is booked twice.",
                                    "%d sessions clash with other sessions: a trainer or a "
                                    "location is booked twice.",
                                    l.clashes),
                                 l.clashes),
                    true);
    if (l.list.n == 0) {
        html(h, "<p>%s</p>\n", _(r, "No sessions yet."));
        return true;
    }
    int next = next_row(&l);
    int start = first_row(r, &l, next);
    int end = start + SESSIONS_PAGE < l.list.n ? start + SESSIONS_PAGE : l.list.n;
    html(h, "<p>%s",
         arena_printf(
             r->arena,
             _n(r, "%d session, in Brussels time.", "%d sessions, in Brussels time.", l.list.n),
             l.list.n));
    if (start > 0 || end < l.list.n)
        html(h, " %s", arena_printf(r->arena, _(r, "Sessions %d to %d:"), start + 1, end));
    html_lit(h, "</p>\n");
    if (next >= 0) {
        /* the session of the day, at hand however long the list (on its page, or a link) */
        const TSession *x = ROW(&l.list, TSession, next);
        const char *self =
            next >= start && next < end
                ? "#next-session"
                : arena_printf(r->arena, "/orgs/%lld/cohorts/%lld%s#next-session",
                               (long long)r->org_id, (long long)c->id,
                               next > 0
                                   ? arena_printf(r->arena, "?safter=%lld",
                                                  (long long)ROW(&l.list, TSession, next - 1)->id)
                                   : "");
        html(h, "<p>%s <a href=\"%s\">%s</a></p>\n", _(r, "Today's or next session:"), self,
             session_when(r, x->starts_at, x->ends_at));
    }
    html_session_months(h, r, &l.list, start, end, next);
    const char *self =
        arena_printf(r->arena, "/orgs/%lld/cohorts/%lld", (long long)r->org_id, (long long)c->id);
    html_list_pager(h, r, _(r, "More sessions"), NULL,
                    start > 0 ? arena_printf(r->arena, "%s?sbefore=%lld#sessions", self,
                                             (long long)ROW(&l.list, TSession, start)->id)
                              : NULL,
                    end < l.list.n ? arena_printf(r->arena, "%s?safter=%lld#sessions", self,
                                                  (long long)ROW(&l.list, TSession, end - 1)->id)
                                   : NULL);
    return true;
}

bool html_cohort_session_forms(Html *h, Req *r, const Cohort *c, const CohortErrors *e)
{
    const char *const *locs = location_options(r);
    if (!locs)
        return false;
    html(h, "<h2>%s</h2>\n", _(r, "Add a session"));
    html_error_summary(h, r, e->add);
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/cohorts/%lld/sessions", (long long)r->org_id,
                                 (long long)c->id));
    html_input(h, r, e->add, "date", "date", _(r, "Date"), form_get(r, "date"), "off");
    html_input(h, r, e->add, "time", "start", _(r, "Start time"), form_get(r, "start"), "off");
    html_input(h, r, e->add, "time", "end", _(r, "End time"), form_get(r, "end"), "off");
    const char *loc = form_get(r, "location_id");
    html_select(h, e->add, "location_id", _(r, "Location"), locs,
                loc ? loc : arena_printf(r->arena, "%lld", (long long)c->location_id));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Add the session"));
    html_form_end(h);

    html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Generate a weekly schedule"),
         _(r, "Sessions on the chosen weekdays from the first to the last day of the cohort. "
              "Belgian public holidays and the closure days you list are skipped."));
    html_error_summary(h, r, e->gen);
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/cohorts/%lld/schedule", (long long)r->org_id,
                                 (long long)c->id));
    const char *days[15];
    for (int i = 0; i < 7; i++) {
        days[2 * i] = arena_printf(r->arena, "%d", i);
        days[2 * i + 1] = _(r, weekday_names[i]);
    }
    days[14] = NULL;
    html_checkboxes(h, e->gen, "weekdays", _(r, "Weekdays"), days, 0x0f);
    html_input(h, r, e->gen, "time", "gen_start", _(r, "Start time"), "09:00", "off");
    html_input(h, r, e->gen, "time", "gen_end", _(r, "End time"), "16:00", "off");
    html_textarea(h, e->gen, "closed", _(r, "Closure days (one date per line, YYYY-MM-DD)"),
                  form_get(r, "closed"), 3);
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Generate the sessions"));
    html_form_end(h);
    return true;
}

/* home.c — the trainer's part of the home page (see home.h). */
#include "views/training/home.h"

#include "core/rows.h"
#include "domain/attendance.h"
#include "domain/calendar.h"
#include "html/fmt.h"
#include "q/training/home.h"

static void session_item(Html *h, Req *r, const TrainerSession *s)
{
    const char *title = lang_pick(r->lang, s->title);
    html(h, "<li><strong>%s</strong><span><a href=\"/orgs/%lld/cohorts/%lld\">%s</a> · %s",
         session_when(r, s->starts_at, s->ends_at), (long long)r->org_id, (long long)s->cohort_id,
         s->cohort, title);
    if (s->location)
        html(h, " · %s", s->location);
    html(h, "</span><span>%s</span>",
         arena_printf(r->arena, _(r, "%s of %s learners marked"), number_text(r, s->marked, 0, 0),
                      number_text(r, s->enrolled, 0, 0)));
    html(h,
         "<span class=\"act\"><a href=\"/orgs/%lld/sessions/%lld/attendance\" "
         "role=\"button\">%s</a> <a href=\"/orgs/%lld/sessions/%lld/check-in\" role=\"button\" "
         "class=\"secondary\">%s</a></span></li>\n",
         (long long)r->org_id, (long long)s->id, _(r, "Roster"), (long long)r->org_id,
         (long long)s->id, _(r, "Check-in code"));
}

static void session_list(Html *h, Req *r, const Rows *list, int from, int to)
{
    html_lit(h, "<ul class=\"sessions\">\n");
    for (int i = from; i < to; i++)
        session_item(h, r, ROW(list, TrainerSession, i));
    html_lit(h, "</ul>\n");
}

/* The learners at risk in the cohorts the reader trains; false on a database error. */
static bool at_risk(Html *h, Req *r, Date today)
{
    char ymd[11];
    date_format(today, ymd);
    LearnerMarks m;
    Rows all = ROWS_FROM(r->arena, &m);
    if (q_trainer_learner_marks(r->db, r->org_id, r->account->id, ymd, r->arena, &m, rows_collect,
                                &all) < DB_NONE)
        return false;
    int n = 0;
    for (int i = 0; i < all.n; i++) {
        const LearnerMarks *x = ROW(&all, LearnerMarks, i);
        Tally t = {x->present, x->late, x->absent, x->excused};
        if (!attendance_at_risk(&t, AT_RISK_PERCENT))
            continue;
        if (n++ == 0)
            html(h,
                 "<section aria-labelledby=\"h-risk\">\n<h2 id=\"h-risk\">%s</h2>\n<p>%s</p>\n"
                 "<ul>\n",
                 _(r, "Learners at risk"),
                 arena_printf(r->arena,
                              _(r, "Attendance below %s in the cohorts you train: a word now may "
                                   "keep them on board."),
                              percent_text(r, AT_RISK_PERCENT)));
        html(h, "<li><bdi>%s</bdi> · <a href=\"/orgs/%lld/cohorts/%lld\">%s</a> · %s</li>\n",
             x->name, (long long)r->org_id, (long long)x->cohort_id, x->cohort,
             percent_text(r, attendance_rate(&t)));
    }
    if (n)
        html_lit(h, "</ul>\n</section>\n");
    return true;
}

bool html_trainer_home(Html *h, Req *r, int64_t now)
{
    Date today;
    int minutes;
    bxl_from_utc(now, &today, &minutes);
    int64_t days = date_days(today);
    Date monday = date_from_days(days - date_weekday(today));
    int64_t day_start, day_end, week_end;
    if (!bxl_to_utc(today, 0, &day_start) || !bxl_to_utc(date_from_days(days + 1), 0, &day_end) ||
        !bxl_to_utc(date_from_days(date_days(monday) + 7), 0, &week_end))
        return true; /* midnight always exists in Brussels: not reached */
    TrainerSession s;
    Rows week = ROWS_FROM(r->arena, &s);
    if (q_trainer_sessions(r->db, r->org_id, r->account->id, day_start, week_end, r->arena, &s,
                           rows_collect, &week) < DB_NONE)
        return false;
    int n_today = 0;
    while (n_today < week.n && ROW(&week, TrainerSession, n_today)->starts_at < day_end)
        n_today++;
    if (week.n) {
        html(h, "<section aria-labelledby=\"h-today\">\n<h2 id=\"h-today\">%s</h2>\n",
             arena_printf(r->arena, _(r, "Today, %s"), session_day(r, now)));
        if (n_today)
            session_list(h, r, &week, 0, n_today);
        else
            html(h, "<p>%s</p>\n", _(r, "No session to give today."));
        html_lit(h, "</section>\n");
        if (week.n > n_today) {
            html(h, "<section aria-labelledby=\"h-week\">\n<h2 id=\"h-week\">%s</h2>\n",
                 _(r, "Later this week"));
            session_list(h, r, &week, n_today, week.n);
            html_lit(h, "</section>\n");
        }
    }
    return at_risk(h, r, today);
}

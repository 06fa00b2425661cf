/* participants.c — the participants section of the cohort page: who takes part, their
 * status and attendance, a form to end each enrolment and to invite each learner to the
 * learner space, a page at a time; then registering a walk-in and enrolling someone
 * already known, found by a search (see cohort.h). */
#include <string.h>

#include "core/buf.h"
#include "core/clock.h"
#include "core/rows.h"
#include "domain/attendance.h"
#include "domain/calendar.h"
#include "html/fmt.h"
#include "html/pager.h"
#include "q/intake/admission.h"
#include "q/training/attendance.h"
#include "q/training/enrolment.h"
#include "views/training/cohort.h"
#include "views/training/programme.h"

typedef struct Participants {
    Enrolment row;
    Rows list; /* Enrolment, in the statement's order */
    TallyRow t;
    Rows tallies; /* TallyRow */
    Tally total;
} Participants;

static void rate_cell(Html *h, Req *r, const Participants *l, int64_t enrolment_id)
{
    for (int i = 0; i < l->tallies.n; i++) {
        const TallyRow *x = ROW(&l->tallies, TallyRow, i);
        if (x->enrolment_id != enrolment_id)
            continue;
        Tally t = {x->present, x->late, x->absent, x->excused};
        int rate = attendance_rate(&t);
        if (rate < 0)
            break;
        html(h, "%s", percent_text(r, rate));
        if (attendance_at_risk(&t, AT_RISK_PERCENT))
            html(h, " <strong class=\"warn\">%s</strong>", _(r, "At risk"));
        return;
    }
    html_lit(h, "–");
}

/* Opens a form for one participant (name, for screen readers) folded under summary, posting
 * to action and coming back to this page; html_form_end and "</details>" close it. */
static void details_form(Html *h, Req *r, const char *summary, const char *name, const char *action)
{
    html(h, "<details><summary>%s<span class=\"sr\"> %s</span></summary>\n", summary, name);
    html_form_begin(h, r, action);
    html(h, "<input type=\"hidden\" name=\"back\" value=\"%s\">\n", r->path);
}

/* Whether the learner signs in to see their schedule, or a button to invite them. */
static void learner_access(Html *h, Req *r, const Enrolment *e)
{
    if (e->has_account) {
        html(h, "<p><small>%s</small></p>", _(r, "Has a learner account."));
        return;
    }
    if (!e->email[0] || !training_can_edit(r))
        return;
    details_form(h, r, _(r, "Invite to the learner space"), e->name,
                 arena_printf(r->arena, "/orgs/%lld/people/%lld/invite", (long long)r->org_id,
                              (long long)e->person_id));
    html(h, "<p>%s</p>\n", arena_printf(r->arena, _(r, "An invitation goes to %s."), e->email));
    html(h, "<label for=\"f-lang-%lld\">%s</label><select id=\"f-lang-%lld\" name=\"lang\">",
         (long long)e->id, _(r, "Language of the invitation"), (long long)e->id);
    for (int i = 0; lang_options[i]; i += 2)
        html(h, "<option value=\"%s\"%s>%s</option>", lang_options[i],
             strcmp(lang_options[i], lang_code(r->lang)) ? "" : " selected", lang_options[i + 1]);
    html(h, "</select>\n<button type=\"submit\" class=\"secondary\">%s</button>\n",
         _(r, "Send the invitation"));
    html_form_end(h);
    html_lit(h, "</details>");
}

/* The form that ends an enrolment: an outcome, a date (today) and a reason. Ids are made
 * unique per row so that labels stay tied to their fields. */
static void end_form(Html *h, Req *r, const Enrolment *e, const char *today)
{
    details_form(h, r, _(r, "End the enrolment"), e->name,
                 arena_printf(r->arena, "/orgs/%lld/enrolments/%lld/end", (long long)r->org_id,
                              (long long)e->id));
    html(h, "<label for=\"f-status-%lld\">%s</label><select id=\"f-status-%lld\" name=\"status\">",
         (long long)e->id, _(r, "Outcome"), (long long)e->id);
    for (int i = 0; i < enrolment_ends.n; i++)
        html(h, "<option value=\"%s\">%s</option>", enrolment_ends.entries[i].key,
             _(r, enrolment_ends.entries[i].label));
    html(h,
         "</select>\n<label for=\"f-on-%lld\">%s</label>"
         "<input type=\"date\" id=\"f-on-%lld\" name=\"ended_on\" value=\"%s\">\n"
         "<label for=\"f-why-%lld\">%s</label>"
         "<input type=\"text\" id=\"f-why-%lld\" name=\"reason\">\n"
         "<button type=\"submit\" class=\"secondary\">%s</button>\n",
         (long long)e->id, _(r, "Date"), (long long)e->id, today, (long long)e->id, _(r, "Reason"),
         (long long)e->id, _(r, "Save"));
    html_form_end(h);
    html_lit(h, "</details>");
}

static void participant_row(Html *h, Req *r, const Participants *l, const Enrolment *e,
                            const char *today)
{
    bool enrolled = e->status == ENROLMENT_ENROLLED;
    bool waiting = e->waiting_consent && enrolled;
    html(h, "<tr><td>%s</td><td>%s%s%s</td><td>", e->name,
         _(r, vocab_label(&enrolment_statuses, e->status)), waiting ? " · " : "",
         waiting ? _(r, "waiting for a guardian's consent") : "");
    rate_cell(h, r, l, e->id);
    html_lit(h, "</td><td>");
    if (!enrolled) {
        html(h, "%s%s%s", e->ended_on, e->end_reason[0] ? " — " : "", e->end_reason);
    } else {
        end_form(h, r, e, today);
        learner_access(h, r, e);
    }
    html_lit(h, "</td></tr>\n");
}

static const PagerCol candidate_cols[] = {{.key = "name", .label = N_("Name")}};

static void candidate_key(const void *row, int sort, PagerKey *k)
{
    (void)sort;
    const PersonName *p = row;
    *k = (PagerKey){.text = p->name, .id = p->id};
}

/* Enrol someone already known: the people of the organisation who are not in the cohort,
 * found by a search and listed a page at a time with the pager (html/pager.h), to choose
 * from. The pager's links and search form lead to the cohort page itself, also when the
 * page is shown again after a form posted elsewhere. */
static bool html_candidates(Html *h, Req *r, const Cohort *c, const char *action)
{
    const char *path = r->path;
    r->path =
        arena_printf(r->arena, "/orgs/%lld/cohorts/%lld", (long long)r->org_id, (long long)c->id);
    Pager pg;
    PersonName row;
    pager_open(r, &pg, "candidates", candidate_cols, 1, candidate_key, ROWS_FROM(r->arena, &row));
    bool ok =
        pager_done(&pg,
                   q_person_candidates(r->db, r->org_id, c->id, &pg.page, r->arena, &row,
                                       rows_collect, &pg.rows),
                   q_person_candidates_count(r->db, r->org_id, c->id, pg.page.like, &pg.total));
    if (ok && (pg.total || pg.q)) { /* nobody known beyond the cohort: no section */
        html(h, "<h3 id=\"known\">%s</h3>\n", _(r, "Enrol someone already known"));
        pager_search(h, r, &pg, _(r, "Search by name or e-mail address"));
        pager_summary(h, r, &pg, "");
        if (pg.rows.n) {
            html_form_begin(h, r, action);
            html(h,
                 "<label for=\"f-person_id\">%s</label>\n"
                 "<select id=\"f-person_id\" name=\"person_id\">",
                 _(r, "Person"));
            for (int i = 0; i < pg.rows.n; i++) {
                const PersonName *p = ROW(&pg.rows, PersonName, i);
                html(h, "<option value=\"%lld\">%s</option>", (long long)p->id, p->name);
            }
            html(h, "</select>\n<button type=\"submit\">%s</button>\n", _(r, "Enrol"));
            html_form_end(h);
        }
        pager_nav(h, r, &pg);
    }
    r->path = path;
    return ok;
}

bool html_cohort_participants(Html *h, Req *r, const Cohort *c, const FormErrors *e)
{
    Participants l;
    l.list = ROWS_FROM(r->arena, &l.row);
    l.tallies = ROWS_FROM(r->arena, &l.t);
    l.total = (Tally){0};
    if (q_attendance_tally(r->db, r->org_id, c->id, &l.t, rows_collect, &l.tallies) < DB_NONE ||
        q_enrolment_list(r->db, r->org_id, c->id, r->arena, &l.row, rows_collect, &l.list) <
            DB_NONE)
        return false;
    for (int i = 0; i < l.tallies.n; i++) {
        const TallyRow *x = ROW(&l.tallies, TallyRow, i);
        l.total.present += x->present;
        l.total.late += x->late;
        l.total.absent += x->absent;
        l.total.excused += x->excused;
    }
    int64_t held = 0; /* places held by open waiting-list offers */
    if (q_app_offers_open(r->db, r->org_id, c->id, clock_now(), &held) < DB_NONE)
        return false;
    html(h, "<h2 id=\"participants\">%s</h2>\n<p>%s", _(r, "Participants"),
         arena_printf(r->arena,
                      _n(r, "%s of %s place taken.", "%s of %s places taken.", c->capacity),
                      number_text(r, c->enrolled, 0, 0), number_text(r, c->capacity, 0, 0)));
    if (held)
        html(h, " %s",
             arena_printf(r->arena,
                          _n(r, "%lld held by an offer to the waiting list.",
                             "%lld held by offers to the waiting list.", held),
                          (long long)held));
    int rate = attendance_rate(&l.total);
    if (rate >= 0)
        html(h, " %s",
             arena_printf(r->arena, _(r, "Attendance of the cohort: %s."), percent_text(r, rate)));
    html_lit(h, "</p>\n");
    if (l.list.n) {
        /* a page of PARTICIPANTS_PAGE rows after (or before) the enrolment named */
        int at = ROW_INDEX(&l.list, Enrolment, query_get(r, "pafter")), start = 0;
        if (at >= 0) {
            start = at + 1;
        } else if ((at = ROW_INDEX(&l.list, Enrolment, query_get(r, "pbefore"))) >= 0) {
            start = at - PARTICIPANTS_PAGE;
            if (start < 0)
                start = 0;
        }
        int end = start + PARTICIPANTS_PAGE < l.list.n ? start + PARTICIPANTS_PAGE : l.list.n;
        char today[11];
        bxl_date_text(clock_now(), today);
        if (l.list.n > PARTICIPANTS_PAGE)
            html(h, "<p>%s</p>\n",
                 arena_printf(r->arena, _(r, "Participants %s to %s of %s."),
                              number_text(r, start + 1, 0, 0), number_text(r, end, 0, 0),
                              number_text(r, l.list.n, 0, 0)));
        html_table_begin(h, _(r, "Participants"));
        html(
            h,
            "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
            "<th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
            _(r, "Name"), _(r, "Status"), _(r, "Attendance"), _(r, "Details"));
        for (int i = start; i < end; i++)
            participant_row(h, r, &l, ROW(&l.list, Enrolment, i), today);
        html_lit(h, "</tbody>\n");
        html_table_end(h);
        const char *self = arena_printf(r->arena, "/orgs/%lld/cohorts/%lld", (long long)r->org_id,
                                        (long long)c->id);
        html_list_pager(h, r, _(r, "More participants"), NULL,
                        start > 0 ? arena_printf(r->arena, "%s?pbefore=%lld#participants", self,
                                                 (long long)ROW(&l.list, Enrolment, start)->id)
                                  : NULL,
                        end < l.list.n
                            ? arena_printf(r->arena, "%s?pafter=%lld#participants", self,
                                           (long long)ROW(&l.list, Enrolment, end - 1)->id)
                            : NULL);
    }
    html(h,
         "<p><a href=\"/orgs/%lld/cohorts/%lld/competences\">%s</a> · "
         "<a href=\"/orgs/%lld/cohorts/%lld/teams\">%s</a></p>\n",
         (long long)r->org_id, (long long)c->id, _(r, "Progress on competences"),
         (long long)r->org_id, (long long)c->id, _(r, "Teams and their cases"));
    if (!training_can_edit(r))
        return true;
    const char *action = arena_printf(r->arena, "/orgs/%lld/cohorts/%lld/enrol",
                                      (long long)r->org_id, (long long)c->id);
    html(h, "<p><a href=\"/orgs/%lld/cohorts/%lld/enrol-many\">%s</a></p>\n", (long long)r->org_id,
         (long long)c->id, _(r, "Enrol many at once (a list or a CSV file)"));
    html(h, "<h3>%s</h3>\n", _(r, "Register a walk-in learner"));
    html_error_summary(h, r, e);
    html_form_begin(h, r, action);
    html_input(h, r, e, "text", "name", _(r, "Full name"), form_get(r, "name"), "off");
    html_input(h, r, e, "date", "birth_date", _(r, "Date of birth"), form_get(r, "birth_date"),
               "off");
    html_input(h, r, e, "email", "email", _(r, "E-mail address (optional)"), form_get(r, "email"),
               "off");
    html_input(h, r, e, "tel", "phone", _(r, "Phone (optional)"), form_get(r, "phone"), "off");
    html_input(h, r, e, "text", "municipality", _(r, "Municipality (optional)"),
               form_get(r, "municipality"), "off");
    html_checkbox(h, "jobseeker", _(r, "Registered job-seeker"), form_get(r, "jobseeker"));
    html_select(h, e, "gender", _(r, "Gender (optional)"),
                vocab_options(r, &genders, "", _(r, "Not given")), form_get(r, "gender"));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Register and enrol"));
    html_form_end(h);
    return html_candidates(h, r, c, action);
}

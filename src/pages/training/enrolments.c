/* enrolments.c — who takes part in a cohort: register a walk-in learner in one short
 * form or enrol someone already known, within the cohort's places (also under
 * simultaneous requests) and the programme's rules (age on the first day, job-seekers
 * only); withdraw, complete or drop out, each with a date and a reason. */
#include <string.h>

#include "core/clock.h"
#include "domain/attendance.h"
#include "domain/calendar.h"
#include "pages/training/training.h"
#include "q/training/attendance.h"
#include "q/training/enrolment.h"

static const char *const end_statuses[] = {"withdrawn", N_("Withdrawn"), "completed",
                                           N_("Completed"), "dropped_out", N_("Dropped out"),
                                           NULL};

const char *enrolment_status_label(Req *r, const char *status)
{
    if (!strcmp(status, "enrolled"))
        return _(r, "Enrolled");
    for (const char *const *o = end_statuses; o[0]; o += 2)
        if (!strcmp(o[0], status))
            return _(r, o[1]);
    return status;
}

typedef struct Rows {
    Req *r;
    Html *h;
    Enrolment row;
    TallyRow t;
    TallyRow *tallies;
    int ntallies, cap;
    Tally total;
    int64_t pid;
    char *pname;
    Html *opts;
    int n;
} Rows;

static bool tally_row(void *ctx)
{
    Rows *l = ctx;
    if (l->ntallies == l->cap) {
        int cap = l->cap ? l->cap * 2 : 32;
        l->tallies = arena_realloc(l->r->arena, l->tallies, sizeof *l->tallies * (size_t)l->ntallies,
                                   sizeof *l->tallies * (size_t)cap);
        l->cap = cap;
    }
    l->tallies[l->ntallies++] = l->t;
    l->total.present += l->t.present;
    l->total.late += l->t.late;
    l->total.absent += l->t.absent;
    l->total.excused += l->t.excused;
    return true;
}

static void rate_cell(Html *h, Req *r, const Rows *l, int64_t enrolment_id)
{
    for (int i = 0; i < l->ntallies; i++) {
        const TallyRow *x = &l->tallies[i];
        if (x->enrolment_id != enrolment_id)
            continue;
        Tally t = {x->present, x->late, x->absent, x->excused};
        int rate = attendance_rate(&t);
        if (rate < 0)
            break;
        html(h, "%d %%", rate);
        if (attendance_at_risk(&t, AT_RISK_PERCENT))
            html(h, " <strong class=\"warn\">%s</strong>", _(r, "At risk"));
        return;
    }
    html_lit(h, "–");
}

/* Whether the learner signs in to see their schedule, or a button to invite them. */
static void learner_access(Html *h, Req *r, const Enrolment *e)
{
    if (e->has_account) {
        html(h, "<p><small>%s</small></p>", _(r, "Has a learner account."));
        return;
    }
    if (!e->email[0] || !(r->roles & (ROLE_ADMIN | ROLE_STAFF)))
        return;
    html(h, "<details><summary>%s<span class=\"sr\"> %s</span></summary>\n",
         _(r, "Invite to the learner space"), e->name);
    html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/people/%lld/invite",
                                       (long long)r->org_id, (long long)e->person_id));
    html(h, "<input type=\"hidden\" name=\"back\" value=\"%s\">\n", r->path);
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

static bool enrolment_row(void *ctx)
{
    Rows *l = ctx;
    Req *r = l->r;
    Enrolment *e = &l->row;
    bool waiting = e->waiting_consent && !strcmp(e->status, "enrolled");
    html(l->h, "<tr><td>%s</td><td>%s%s%s</td><td>", e->name, enrolment_status_label(r, e->status),
         waiting ? " · " : "", waiting ? _(r, "waiting for a guardian's consent") : "");
    rate_cell(l->h, r, l, e->id);
    html_lit(l->h, "</td><td>");
    if (strcmp(e->status, "enrolled")) {
        html(l->h, "%s%s%s", e->ended_on, e->end_reason[0] ? " — " : "", e->end_reason);
    } else {
        html(l->h, "<details><summary>%s<span class=\"sr\"> %s</span></summary>\n",
             _(r, "End the enrolment"), e->name);
        html_form_begin(l->h, r, arena_printf(r->arena, "/orgs/%lld/enrolments/%lld/end",
                                              (long long)r->org_id, (long long)e->id));
        const char *opts[7];
        for (int i = 0; i < 6; i += 2) {
            opts[i] = end_statuses[i];
            opts[i + 1] = _(r, end_statuses[i + 1]);
        }
        opts[6] = NULL;
        char today[11];
        bxl_date_text(clock_now(), today);
        /* ids are made unique per row so that labels stay tied to their fields */
        html(l->h, "<input type=\"hidden\" name=\"back\" value=\"%s\">\n", r->path);
        html(l->h, "<label for=\"f-status-%lld\">%s</label><select id=\"f-status-%lld\" name=\"status\">",
             (long long)e->id, _(r, "Outcome"), (long long)e->id);
        for (int i = 0; opts[i]; i += 2)
            html(l->h, "<option value=\"%s\">%s</option>", opts[i], opts[i + 1]);
        html(l->h, "</select>\n<label for=\"f-on-%lld\">%s</label>"
                   "<input type=\"date\" id=\"f-on-%lld\" name=\"ended_on\" value=\"%s\">\n"
                   "<label for=\"f-why-%lld\">%s</label>"
                   "<input type=\"text\" id=\"f-why-%lld\" name=\"reason\">\n"
                   "<button type=\"submit\" class=\"secondary\">%s</button>\n",
             (long long)e->id, _(r, "Date"), (long long)e->id, today, (long long)e->id,
             _(r, "Reason"), (long long)e->id, _(r, "Save"));
        html_form_end(l->h);
        html_lit(l->h, "</details>");
        learner_access(l->h, r, e);
    }
    html_lit(l->h, "</td></tr>\n");
    l->n++;
    return true;
}

static bool candidate_opt(void *ctx)
{
    Rows *l = ctx;
    html(l->opts, "<option value=\"%lld\">%s</option>", (long long)l->pid, l->pname);
    return true;
}

bool html_cohort_participants(Html *h, Req *r, const Cohort *c, const Programme *p,
                              const FormErrors *e)
{
    (void)p;
    Rows l = {.r = r, .h = html_new(r->arena), .opts = html_new(r->arena)};
    if (q_attendance_tally(r->db, r->org_id, c->id, &l.t, tally_row, &l) < DB_NONE ||
        q_enrolment_list(r->db, r->org_id, c->id, r->arena, &l.row, enrolment_row, &l) < DB_NONE)
        return false;
    html(h, "<h2>%s</h2>\n<p>%s", _(r, "Participants"),
         arena_printf(r->arena, _n(r, "%lld of %lld place taken.", "%lld of %lld places taken.", c->capacity),
                      (long long)c->enrolled, (long long)c->capacity));
    int rate = attendance_rate(&l.total);
    if (rate >= 0)
        html(h, " %s", arena_printf(r->arena, _(r, "Attendance of the cohort: %d %%."), rate));
    html_lit(h, "</p>\n");
    if (l.n) {
        html_table_begin(h, _(r, "Participants"));
        html(h, "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
                "<th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
             _(r, "Name"), _(r, "Status"), _(r, "Attendance"), _(r, "Details"));
        html_append(h, l.h);
        html_lit(h, "</tbody>\n");
        html_table_end(h);
    }
    if (!(r->roles & (ROLE_ADMIN | ROLE_STAFF)))
        return true;
    const char *action = arena_printf(r->arena, "/orgs/%lld/cohorts/%lld/enrol",
                                      (long long)r->org_id, (long long)c->id);
    html(h, "<p><a href=\"/orgs/%lld/cohorts/%lld/enrol-many\">%s</a></p>\n", (long long)r->org_id,
         (long long)c->id, _(r, "Enrol many at once (a list or a CSV file)"));
    html(h, "<h3>%s</h3>\n", _(r, "Register a walk-in learner"));
    html_error_summary(h, r, e);
    html_form_begin(h, r, action);
    html_input(h, r, e, "text", "name", _(r, "Full name"), form_get(r, "name"), "off");
    html_input(h, r, e, "date", "birth_date", _(r, "Date of birth"), form_get(r, "birth_date"), "off");
    html_input(h, r, e, "email", "email", _(r, "E-mail address (optional)"), form_get(r, "email"), "off");
    html_input(h, r, e, "tel", "phone", _(r, "Phone (optional)"), form_get(r, "phone"), "off");
    html_input(h, r, e, "text", "municipality", _(r, "Municipality (optional)"),
               form_get(r, "municipality"), "off");
    html_checkbox(h, "jobseeker", _(r, "Registered job-seeker"), form_get(r, "jobseeker"));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Register and enrol"));
    html_form_end(h);
    if (q_person_candidates(r->db, r->org_id, c->id, r->arena, &l.pid, &l.pname, candidate_opt,
                            &l) < DB_NONE)
        return false;
    if (l.opts->buf.len) {
        html(h, "<h3>%s</h3>\n", _(r, "Enrol someone already known"));
        html_form_begin(h, r, action);
        html(h, "<label for=\"f-person_id\">%s</label>\n<select id=\"f-person_id\" name=\"person_id\">",
             _(r, "Person"));
        html_append(h, l.opts);
        html(h, "</select>\n<button type=\"submit\">%s</button>\n", _(r, "Enrol"));
        html_form_end(h);
    }
    return true;
}

typedef struct EnrolTx {
    const Cohort *c;
    Person *newcomer; /* registered in the same transaction, or NULL */
    int64_t person_id;
    bool full, twice;
} EnrolTx;

static DbStatus enrol_tx(Db *db, void *ctx)
{
    EnrolTx *t = ctx;
    int64_t now = clock_now();
    DbStatus st = q_cohort_take_seat(db, t->c->org_id, t->c->id);
    if (st == DB_NONE) {
        t->full = true;
        return DB_CONFLICT;
    }
    if (st < DB_NONE)
        return st;
    if (t->newcomer && (st = q_person_add(db, t->newcomer, now, &t->person_id)) < DB_NONE)
        return st;
    st = q_enrolment_add(db, t->c->org_id, t->c->id, t->person_id, now);
    if (st == DB_CONFLICT)
        t->twice = true;
    return st < DB_NONE ? st : DB_ONE;
}

/* Checks the programme's rules for a person; adds errors to e (see pages.h). */
void enrol_check_rules(Req *r, const Cohort *c, const Programme *p, const Person *who,
                        FormErrors *e)
{
    Date start, birth, today;
    int m;
    date_parse(c->starts_on, &start);
    bxl_from_utc(clock_now(), &today, &m);
    bool banded = !p->min_age_null || !p->max_age_null;
    if (who->birth_date && date_parse(who->birth_date, &birth)) {
        if (date_days(birth) > date_days(today)) {
            form_error(e, "birth_date", _(r, "The date of birth cannot be in the future."));
        } else if (banded) {
            int age = age_on(birth, start);
            if ((!p->min_age_null && age < p->min_age) || (!p->max_age_null && age > p->max_age))
                form_error(e, "birth_date",
                           arena_printf(r->arena,
                                        _(r, "On the first day (%s) this learner will be %d: outside the programme's ages (%s)."),
                                        c->starts_on, age, programme_ages(r, p)));
        }
    } else if (banded) {
        form_error(e, "birth_date", _(r, "This programme has an age band: the date of birth is needed."));
    }
    if (p->jobseekers_only && !who->jobseeker)
        form_error(e, "jobseeker", _(r, "This programme is only for registered job-seekers."));
}

/* POST /orgs/{org}/cohorts/{id}/enrol */
enum MHD_Result page_enrol(Req *r)
{
    Cohort c;
    Programme p;
    enum MHD_Result reply;
    if (!cohort_load(r, &c, &p, &reply))
        return reply;
    FormErrors e = {0};
    EnrolTx t = {.c = &c};
    Person who = {.org_id = r->org_id};
    const char *pid = form_get(r, "person_id");
    if (pid) {
        if (!parse_int64(pid, &t.person_id) ||
            q_person_get(r->db, r->org_id, t.person_id, r->arena, &who) != DB_ONE)
            return reply_error(r, ERR_NOT_FOUND);
    } else {
        FieldSpec spec[] = {
            {.name = "name", .type = F_TEXT, .required = true, .max = 120, .label = N_("Full name"),
             .text = &who.name},
            {.name = "birth_date", .type = F_TEXT, .max = 10, .label = N_("Date of birth"),
             .text = &who.birth_date},
            {.name = "email", .type = F_EMAIL, .max = 254, .label = N_("E-mail address (optional)"),
             .text = &who.email},
            {.name = "phone", .type = F_TEXT, .max = 30, .label = N_("Phone (optional)"),
             .text = &who.phone},
            {.name = "municipality", .type = F_TEXT, .max = 100,
             .label = N_("Municipality (optional)"), .text = &who.municipality},
            {0},
        };
        form_read(r, spec, &e);
        Date b;
        if (who.birth_date && !form_error_for(&e, "birth_date") && !date_parse(who.birth_date, &b))
            form_error(&e, "birth_date", _(r, "Enter a date that exists, as YYYY-MM-DD."));
        const char *js = form_get(r, "jobseeker");
        who.jobseeker = js && !strcmp(js, "1");
        t.newcomer = &who;
    }
    if (e.n == 0)
        enrol_check_rules(r, &c, &p, &who, &e);
    if (e.n == 0) {
        DbStatus st = db_tx(r->db, enrol_tx, &t);
        if (t.full)
            form_error(&e, "name", arena_printf(r->arena, _n(r, "The cohort is full: its %lld place is taken.", "The cohort is full: all %lld places are taken.", c.capacity),
                                                (long long)c.capacity));
        else if (t.twice)
            form_error(&e, "name", _(r, "This person is already enrolled in this cohort."));
        else if (st < DB_NONE)
            return reply_error(r, ERR_DB);
    }
    if (e.n) {
        q_cohort_seats(r->db, r->org_id, c.id, &c.enrolled);
        return cohort_page(r, &c, &p, NULL, NULL, &e, NULL, t.full || t.twice ? 409 : 400);
    }
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?enrolled=1",
                                          (long long)r->org_id, (long long)c.id));
}

typedef struct EndTx {
    int64_t org_id, id, cohort_id;
    const char *status, *on, *reason;
    bool stale;
} EndTx;

static DbStatus end_tx(Db *db, void *ctx)
{
    EndTx *t = ctx;
    DbStatus st = q_enrolment_end(db, t->org_id, t->id, t->status, t->on, t->reason, &t->cohort_id);
    if (st == DB_NONE) {
        t->stale = true;
        return DB_CONFLICT;
    }
    if (st < DB_NONE)
        return st;
    /* a withdrawal or a drop-out frees the place; a completion keeps it counted */
    if (strcmp(t->status, "completed"))
        return q_cohort_free_seat(db, t->org_id, t->cohort_id);
    return DB_ONE;
}

/* POST /orgs/{org}/enrolments/{id}/end */
enum MHD_Result page_enrolment_end(Req *r)
{
    static const char *const values[] = {"withdrawn", "completed", "dropped_out", NULL};
    char *status = NULL, *on = NULL, *reason = NULL;
    FieldSpec spec[] = {
        {.name = "status", .type = F_CHOICE, .required = true, .choices = values,
         .label = N_("Outcome"), .text = &status},
        {.name = "ended_on", .type = F_TEXT, .required = true, .max = 10, .label = N_("Date"),
         .text = &on},
        {.name = "reason", .type = F_TEXT, .max = 500, .label = N_("Reason"), .text = &reason},
        {0},
    };
    FormErrors e;
    form_read(r, spec, &e);
    Date d;
    if (on && !date_parse(on, &d))
        form_error(&e, "ended_on", _(r, "Enter a date that exists, as YYYY-MM-DD."));
    if (e.n)
        return form_errors_back(r, _(r, "End the enrolment"), &e);
    EndTx t = {r->org_id, req_id(r, "id"), 0, status, on, reason, false};
    DbStatus st = db_tx(r->db, end_tx, &t);
    if (t.stale)
        return reply_error(r, ERR_NOT_FOUND);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?saved=1",
                                          (long long)r->org_id, (long long)t.cohort_id));
}

/* programmes.c — an organisation's programmes: list, create, show, edit. Titles and
 * descriptions are kept per language; a reader sees their own language, else another. */
#include <string.h>

#include "core/rows.h"
#include "domain/attendance.h"
#include "domain/places.h"
#include "flows/training/programme.h"
#include "html/fmt.h"
#include "html/table.h"
#include "pages/training/training.h"
#include "q/training/dashboard.h"
#include "q/training/programme.h"
#include "views/certifications/certified.h"
#include "views/intake/questions.h"
#include "views/jobs/home.h"
#include "views/training/programme.h"

static const char *const target_names[4] = {N_("Trained"), N_("Certified"),
                                            N_("Placed in a job or internship"), N_("Reached")};
static const char *const target_fields[4] = {"target_trained", "target_certified", "target_placed",
                                             "target_reached"};

/* GET /orgs/{org}/programmes */
enum MHD_Result page_programmes(Req *r)
{
    Programme p;
    Rows all = ROWS_FROM(r->arena, &p);
    if (q_programme_list(r->db, r->org_id, r->arena, &p, rows_collect, &all) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = training_list_begin(r, _(r, "Programmes"), "programmes", _(r, "New programme"));
    if (!all.n) {
        html(h, "<p>%s</p>\n", _(r, "No programmes yet."));
        return page_end(r, h);
    }
    HTML_TABLE(h, _(r, "Programmes"), _(r, "Title"), _(r, "Kind"), _(r, "Status"), _(r, "Ages"),
               _(r, "To train"));
    for (int i = 0; i < all.n; i++) {
        const Programme *x = ROW(&all, Programme, i);
        html(h,
             "<tr><td><a href=\"/orgs/%lld/programmes/%lld\">%s</a></td><td>%s</td><td>%s</td>"
             "<td>%s</td><td>%lld</td></tr>\n",
             (long long)r->org_id, (long long)x->id, programme_title(r, x),
             programme_kind_label(r, x->kind), programme_status_label(r, x->status),
             programme_ages(r, x), (long long)x->target[0]);
    }
    html_table_close(h);
    return page_end(r, h);
}

static void number_field(Html *h, Req *r, const FormErrors *e, const char *name, const char *label,
                         bool is_null, int64_t v)
{
    const char *val = is_null ? NULL : arena_printf(r->arena, "%lld", (long long)v);
    html_input(h, r, e, "number", name, label, val, "off");
}

static enum MHD_Result programme_form(Req *r, const Programme *p, const FormErrors *e, int status)
{
    bool is_new = p->id == 0;
    const char *title = is_new ? _(r, "New programme") : _(r, "Edit the programme");
    Html *h = training_form_begin(r, title, NULL, e, org_record_path(r, "programmes", p->id));
    html(h, "<fieldset>\n<legend>%s</legend>\n<p><small>%s</small></p>\n",
         _(r, "Title and description"),
         _(r, "Give them in at least one language; the others show that one."));
    for (int l = 0; l < LANG_COUNT; l++) {
        html_input(h, r, e, "text", title_fields[l], _(r, title_labels[l]), p->title[l], "off");
        html_textarea(h, e, desc_fields[l], _(r, desc_labels[l]), p->description[l], 4);
    }
    html_lit(h, "</fieldset>\n");
    html_select(h, e, "kind", _(r, "Kind"), vocab_options(r, &programme_kinds, NULL, NULL),
                vocab_key(&programme_kinds, p->kind));
    html_select(h, e, "status", _(r, "Status"), vocab_options(r, &programme_statuses, NULL, NULL),
                vocab_key(&programme_statuses, p->status));
    html_checkboxes(h, e, "langs", _(r, "Teaching languages"), lang_options, p->teaching_langs);
    html(h, "<fieldset>\n<legend>%s</legend>\n", _(r, "Who can take part"));
    number_field(h, r, e, "min_age", _(r, "Minimum age on the start date"), p->min_age_null,
                 p->min_age);
    number_field(h, r, e, "max_age", _(r, "Maximum age on the start date"), p->max_age_null,
                 p->max_age);
    html_checkbox(h, "jobseekers_only", _(r, "Only for job-seekers"), p->jobseekers_only);
    html_select(h, e, "audience", _(r, "Mainly for"),
                vocab_options(r, &audiences, "", _(r, "Everyone")),
                p->audience ? vocab_key(&audiences, p->audience) : "");
    html_select(h, e, "region", _(r, "Region where participants live"),
                options_translated(r, regions, "", _(r, "Any region")), p->region ? p->region : "");
    html(h, "</fieldset>\n<fieldset>\n<legend>%s</legend>\n", _(r, "Targets (number of people)"));
    for (int t = 0; t < 4; t++)
        number_field(h, r, e, target_fields[t], _(r, target_names[t]), false, p->target[t]);
    html_lit(h, "</fieldset>\n");
    html(h, "<button type=\"submit\">%s</button>\n",
         is_new ? _(r, "Create the programme") : _(r, "Save"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/programmes/new */
enum MHD_Result page_programme_new(Req *r)
{
    Programme p = {.kind = KIND_BOOTCAMP,
                   .status = PROGRAMME_DRAFT,
                   .teaching_langs = 1 << r->lang,
                   .min_age_null = true,
                   .max_age_null = true};
    return programme_form(r, &p, NULL, 200);
}

/* Reads the form into p (which keeps what was sent, for redisplay); false when the form
 * has errors (then the workflow's checks are added to e too). */
static bool programme_read(Req *r, Programme *p, FormErrors *e)
{
    static const char *const region_values[] = {"brussels", "flanders", "wallonia", NULL};
    char *min_age = NULL, *max_age = NULL, *targets[4] = {0}, *kind = NULL, *status = NULL,
         *audience = NULL;
    bool jobseekers_only = false;
    FieldSpec spec[] = {
        FIELD("title_en", F_TEXT, title_labels[0], .max = 200, .text = &p->title[0]),
        FIELD("title_nl", F_TEXT, title_labels[1], .max = 200, .text = &p->title[1]),
        FIELD("title_fr", F_TEXT, title_labels[2], .max = 200, .text = &p->title[2]),
        FIELD("description_en", F_TEXT, desc_labels[0], .max = 5000, .text = &p->description[0]),
        FIELD("description_nl", F_TEXT, desc_labels[1], .max = 5000, .text = &p->description[1]),
        FIELD("description_fr", F_TEXT, desc_labels[2], .max = 5000, .text = &p->description[2]),
        FIELD("kind", F_CHOICE, N_("Kind"), .required = true,
              .choices = vocab_keys(r, &programme_kinds), .text = &kind),
        FIELD("status", F_CHOICE, N_("Status"), .required = true,
              .choices = vocab_keys(r, &programme_statuses), .text = &status),
        FIELD("region", F_CHOICE, N_("Region where participants live"), .choices = region_values,
              .text = &p->region),
        FIELD("min_age", F_INT, N_("Minimum age on the start date"), .min = 0, .max = 120,
              .num = &p->min_age, .text = &min_age),
        FIELD("max_age", F_INT, N_("Maximum age on the start date"), .min = 0, .max = 120,
              .num = &p->max_age, .text = &max_age),
        FIELD("target_trained", F_INT, target_names[0], .min = 0, .max = 1000000,
              .num = &p->target[0], .text = &targets[0]),
        FIELD("target_certified", F_INT, target_names[1], .min = 0, .max = 1000000,
              .num = &p->target[1], .text = &targets[1]),
        FIELD("target_placed", F_INT, target_names[2], .min = 0, .max = 1000000,
              .num = &p->target[2], .text = &targets[2]),
        FIELD("target_reached", F_INT, target_names[3], .min = 0, .max = 1000000,
              .num = &p->target[3], .text = &targets[3]),
        FIELD("jobseekers_only", F_BOOL, N_("Only for job-seekers"), .flag = &jobseekers_only),
        FIELD("audience", F_CHOICE, N_("Mainly for"), .choices = vocab_keys(r, &audiences),
              .text = &audience),
        {0},
    };
    form_read(r, spec, e);
    int v;
    if (vocab_parse(&programme_kinds, kind, &v))
        p->kind = (ProgrammeKind)v;
    if (vocab_parse(&programme_statuses, status, &v))
        p->status = (ProgrammeStatus)v;
    p->audience =
        audience && vocab_parse(&audiences, audience, &v) ? (Audience)v : AUDIENCE_EVERYONE;
    p->min_age_null = !min_age;
    p->max_age_null = !max_age;
    for (int t = 0; t < 4; t++)
        if (!targets[t])
            p->target[t] = 0;
    p->teaching_langs = 0;
    bool bad_lang = false;
    for (int i = 0; i < r->nfields; i++) {
        Lang l;
        const char *lv = r->fields[i].value;
        if (strcmp(r->fields[i].name, "langs"))
            continue;
        if (lang_parse(lv, &l) && strlen(lv) == 2)
            p->teaching_langs |= 1 << l;
        else
            bad_lang = true;
    }
    if (bad_lang) /* a value not offered: as if none was chosen */
        p->teaching_langs = 0;
    p->jobseekers_only = jobseekers_only;
    if (!e->n)
        return true;
    Flow f = req_flow(r);
    Outcome o = outcome_ok();
    /* ages that could not be read are not compared */
    Programme q = *p;
    q.min_age_null = q.min_age_null || form_error_for(e, "min_age");
    q.max_age_null = q.max_age_null || form_error_for(e, "max_age");
    flow_programme_check(&f, &q, &o);
    form_errors_add(e, &o.fields);
    return false;
}

/* Reads the form, then the workflow checks and saves the programme. */
static enum MHD_Result programme_save(Req *r, Programme *p)
{
    FormErrors e;
    if (!programme_read(r, p, &e))
        return programme_form(r, p, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_programme_save(&f, p);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return programme_form(r, p, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/programmes/%lld?saved=1",
                                          (long long)r->org_id, (long long)o.id));
}

/* POST /orgs/{org}/programmes */
enum MHD_Result page_programme_create(Req *r)
{
    Programme p = {0};
    return programme_save(r, &p);
}

/* Keeps, in order, the learners whose attendance puts them at risk. */
static void keep_at_risk(Rows *marks)
{
    int n = 0;
    for (int i = 0; i < marks->n; i++) {
        const LearnerMarks *m = ROW(marks, LearnerMarks, i);
        Tally t = {m->present, m->late, m->absent, m->excused};
        if (attendance_at_risk(&t, AT_RISK_PERCENT))
            *ROW(marks, LearnerMarks, n++) = *m;
    }
    marks->n = n;
}

/* "12 of 24 (50 %)", or "12" when there is no target. */
static const char *against(Req *r, int64_t n, int64_t target)
{
    if (target <= 0)
        return arena_printf(r->arena, "%lld", (long long)n);
    return arena_printf(r->arena, _(r, "%s of %s (%s)"), number_text(r, n, 0, 0),
                        number_text(r, target, 0, 0), percent_text(r, n * 100 / target));
}

/* The dashboard of a programme: enrolled against target, places used, attendance,
 * learners at risk, and every target with what the records show so far. */
static bool html_dashboard(Html *h, Req *r, const Programme *p)
{
    ProgrammeFigures f;
    LearnerMarks m;
    Rows risk = ROWS_FROM(r->arena, &m);
    if (q_programme_figures(r->db, r->org_id, p->id, &f) != DB_ONE ||
        q_programme_learner_marks(r->db, r->org_id, p->id, r->arena, &m, rows_collect, &risk) <
            DB_NONE)
        return false;
    keep_at_risk(&risk);
    Tally all = {f.present, f.late, f.absent, f.excused};
    int rate = attendance_rate(&all);
    html(h,
         "<section aria-labelledby=\"h-dashboard\">\n<h2 id=\"h-dashboard\">%s</h2>\n"
         "<dl class=\"figures\">\n",
         _(r, "Dashboard"));
    html(h, "<div><dt>%s</dt><dd>%s</dd></div>\n", _(r, "Learners against target"),
         against(r, f.learners, p->target[0]));
    html(h, "<div><dt>%s</dt><dd>%s</dd></div>\n", _(r, "Places taken"),
         f.places ? against(r, f.taken, f.places) : _(r, "No cohort yet"));
    html(h, "<div><dt>%s</dt><dd>%s</dd></div>\n", _(r, "Attendance"),
         rate < 0 ? _(r, "Not recorded yet") : percent_text(r, rate));
    html(h, "<div><dt>%s</dt><dd>%d</dd></div>\n", _(r, "Learners at risk"), risk.n);
    html(h, "<div><dt>%s</dt><dd>%lld</dd></div>\n", _(r, "Withdrawn or dropped out"),
         (long long)f.left);
    html_lit(h, "</dl>\n");

    html_table_begin(h, _(r, "Targets"));
    html(h,
         "<caption>%s</caption>\n<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
         "<th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
         _(r, "Targets"), _(r, "Indicator"), _(r, "Target"), _(r, "So far"));
    int64_t certified = 0;
    int nreq = 0;
    if (!cert_programme_figure(r, p->id, &certified, &nreq))
        return false;
    Rows placed;
    if (!job_programme_placed(r, p->id, &placed))
        return false;
    int64_t done[4] = {f.completed, nreq ? certified : -1, placed.n, f.reached};
    for (int t = 0; t < 4; t++) {
        html(h, "<tr><th scope=\"row\">%s</th><td>%lld</td><td>", _(r, target_names[t]),
             (long long)p->target[t]);
        if (t == 1 && nreq)
            html(h, "<a href=\"/orgs/%lld/programmes/%lld/learners?certified=1\">%s</a>",
                 (long long)r->org_id, (long long)p->id, against(r, done[t], p->target[t]));
        else if (t == 2)
            html(h, "<a href=\"/orgs/%lld/programmes/%lld/placed\">%s</a>", (long long)r->org_id,
                 (long long)p->id, against(r, done[t], p->target[t]));
        else
            html(h, "%s",
                 done[t] < 0 ? _(r, "Not recorded yet") : against(r, done[t], p->target[t]));
        html_lit(h, "</td></tr>\n");
    }
    html_lit(h, "</tbody>\n");
    html_table_end(h);
    html(h, "<p><small>%s</small></p>\n",
         _(r, "Trained: learners who completed. Reached: everyone who was ever enrolled."));
    html(h, "<p><small>%s</small></p>\n",
         _(r, "Certified: learners who passed every certification the programme requires, "
              "still valid today."));
    html(h, "<p><a href=\"/orgs/%lld/programmes/%lld/impact\">%s</a></p>\n", (long long)r->org_id,
         (long long)p->id, _(r, "Impact: these figures by period, age band and place"));
    if (risk.n) {
        html(h, "<h3>%s</h3>\n<p>%s</p>\n", _(r, "Learners at risk"),
             arena_printf(r->arena,
                          _(r, "Attendance below %s: a conversation now may keep them on board."),
                          percent_text(r, AT_RISK_PERCENT)));
        HTML_TABLE(h, _(r, "Learners at risk"), _(r, "Name"), _(r, "Cohort"), _(r, "Attendance"),
                   _(r, "Absences"));
        for (int i = 0; i < risk.n; i++) {
            const LearnerMarks *x = ROW(&risk, LearnerMarks, i);
            Tally t = {x->present, x->late, x->absent, x->excused};
            html(h,
                 "<tr><td>%s</td><td><a href=\"/orgs/%lld/cohorts/%lld\">%s</a></td><td>%s</td>"
                 "<td>%lld</td></tr>\n",
                 x->name, (long long)r->org_id, (long long)x->cohort_id, x->cohort,
                 percent_text(r, attendance_rate(&t)), (long long)x->absent);
        }
        html_table_close(h);
    }
    html_lit(h, "</section>\n");
    return true;
}

static enum MHD_Result programme_show(Req *r, Programme *p)
{
    Html *h = page_begin(r, programme_title(r, p));
    html(h, "<h1>%s</h1>\n", programme_title(r, p));
    if (query_get(r, "saved"))
        html_notice(h, _(r, "The changes have been saved."), false);
    const char *desc = p->description[r->lang];
    for (int l = 0; !desc && l < LANG_COUNT; l++)
        desc = p->description[l];
    if (desc)
        html(h, "<p class=\"prose\">%s</p>\n", desc);
    const char *region = p->region ? option_label(r, regions, p->region) : _(r, "Any region");
    html(h,
         "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n"
         "<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n"
         "<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n</dl>\n",
         _(r, "Kind"), programme_kind_label(r, p->kind), _(r, "Status"),
         programme_status_label(r, p->status), _(r, "Teaching languages"),
         programme_langs(r, p->teaching_langs), _(r, "Ages"), programme_ages(r, p),
         _(r, "Only for job-seekers"), p->jobseekers_only ? _(r, "Yes") : _(r, "No"),
         _(r, "Region where participants live"), region, _(r, "Mainly for"),
         p->audience ? _(r, vocab_label(&audiences, p->audience)) : _(r, "Everyone"));
    if (!html_dashboard(h, r, p))
        return reply_error(r, ERR_DB);
    if (training_can_edit(r))
        html(h, "<p><a href=\"/orgs/%lld/programmes/%lld/edit\" role=\"button\">%s</a></p>\n",
             (long long)r->org_id, (long long)p->id, _(r, "Edit the programme"));
    html(h, "<p><a href=\"/orgs/%lld/programmes/%lld/competences\">%s</a></p>\n",
         (long long)r->org_id, (long long)p->id, _(r, "Target competences"));
    /* The catalogue shows open and running programmes (q_catalogue_get): same rule. */
    if (p->status == PROGRAMME_OPEN || p->status == PROGRAMME_RUNNING)
        html(h, "<p><a href=\"/programmes/%lld\">%s</a></p>\n", (long long)p->id,
             _(r, "See the public page"));
    html_programme_cohorts(h, r, p->id);
    if (!html_programme_certs(h, r, p, NULL))
        return reply_error(r, ERR_DB);
    if (!html_programme_questions(h, r, p, training_can_edit(r)))
        return reply_error(r, ERR_DB);
    html(h, "<p><a href=\"/orgs/%lld/programmes\">%s</a></p>\n", (long long)r->org_id,
         _(r, "All programmes"));
    return page_end(r, h);
}

/* GET /orgs/{org}/programmes/{id} */
enum MHD_Result page_programme(Req *r)
{
    return with_programme(r, programme_show);
}

static enum MHD_Result programme_edit(Req *r, Programme *p)
{
    return programme_form(r, p, NULL, 200);
}

/* GET /orgs/{org}/programmes/{id}/edit */
enum MHD_Result page_programme_edit(Req *r)
{
    return with_programme(r, programme_edit);
}

static enum MHD_Result programme_update(Req *r, Programme *old)
{
    Programme p = {.id = old->id};
    return programme_save(r, &p);
}

/* POST /orgs/{org}/programmes/{id} */
enum MHD_Result page_programme_update(Req *r)
{
    return with_programme(r, programme_update);
}

/* apply.c — applying to a programme from a phone, without an account: the organisation
 * sets its questions (some about motivation); the applicant answers them on one short page
 * in their language, is told kindly when the programme's rules leave them out, and gets a
 * personal link (an unguessable token, only its hash kept) to follow the application,
 * update their contact details or withdraw. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/buf.h"
#include "core/clock.h"
#include "domain/auth.h"
#include "domain/calendar.h"
#include "domain/csv.h"
#include "html/fmt.h"
#include "http/session.h"
#include "flows/intake/admission.h"
#include "pages/intake/intake.h"
#include "views/intake/review.h"
#include "views/training/programme.h"
#include "q/intake/admission.h"
#include "q/intake/intake.h"
#include "q/system/outbox.h"
#include "q/training/catalogue.h"

static const char *const kinds[] = {"short", N_("Short answer"), "long", N_("Long answer"),
                                    "choice", N_("One choice among several"), "yesno",
                                    N_("Yes or no"), "date", N_("A date"), NULL};

/* --- the organisation's form ---------------------------------------------------------- */

typedef struct Qs {
    Req *r;
    Html *h;
    AppQuestion row;
    AppQuestion rows[64];
    int n;
    bool edit;
} Qs;

static bool q_row(void *ctx)
{
    Qs *l = ctx;
    if (l->n < 64)
        l->rows[l->n++] = l->row;
    return true;
}

bool html_programme_questions(Html *h, Req *r, const Programme *p, bool edit)
{
    Qs l = {.r = r};
    if (q_questions(r->db, r->org_id, p->id, r->arena, &l.row, q_row, &l) < DB_NONE)
        return false;
    html(h, "<h2 id=\"form\">%s</h2>\n", _(r, "Application form"));
    html(h, "<p>%s</p>\n", _(r, "Applicants give their name, e-mail address, phone, date of birth "
                              "and municipality, then answer these questions. Reviewers see the "
                              "answers without the name."));
    if (l.n) {
        html_lit(h, "<ol class=\"items\">\n");
        for (int i = 0; i < l.n; i++) {
            AppQuestion *q = &l.rows[i];
            html(h, "<li>%s <small>(%s%s%s)</small>", lang_pick(r->lang, q->label),
                 _(r, kinds[2 * (!strcmp(q->kind, "short") ? 0 : !strcmp(q->kind, "long") ? 1
                                 : !strcmp(q->kind, "choice") ? 2 : !strcmp(q->kind, "yesno") ? 3 : 4) + 1]),
                 q->required ? ", " : "", q->required ? _(r, "required") : "");
            if (q->motivation)
                html(h, " <strong>%s</strong>", _(r, "Motivation"));
            if (edit)
                html_button_form(h, r, arena_printf(r->arena, "/orgs/%lld/questions/%lld/delete",
                                                    (long long)r->org_id, (long long)q->id),
                                 _(r, "Remove"), lang_pick(r->lang, q->label));
            html_lit(h, "</li>\n");
        }
        html_lit(h, "</ol>\n");
        if (p->status == PROGRAMME_OPEN || p->status == PROGRAMME_RUNNING)
            html(h, "<p><a href=\"/programmes/%lld/apply\">%s</a></p>\n", (long long)p->id,
                 _(r, "See the form as applicants do"));
    } else {
        html(h, "<p>%s</p>\n", _(r, "No question yet."));
    }
    AppForm f;
    if (q_app_form(r->db, r->org_id, p->id, &f) < DB_NONE)
        return false;
    html(h, "<p>%s %s</p>\n",
         f.opens_at && f.closes_at
             ? arena_printf(r->arena, _(r, "Takes applications from %s until %s."),
                            moment_text(r, f.opens_at), moment_text(r, f.closes_at))
         : f.closes_at ? arena_printf(r->arena, _(r, "Takes applications until %s."), moment_text(r, f.closes_at))
         : f.opens_at  ? arena_printf(r->arena, _(r, "Takes applications from %s."), moment_text(r, f.opens_at))
                       : _(r, "Takes applications while the programme is open."),
         arena_printf(r->arena, _(r, "%lld reviews per application; a guardian consents under %lld."),
                      (long long)f.reviews_needed, (long long)f.consent_age));
    if (!edit)
        return true;
    html(h, "<p><a href=\"/orgs/%lld/programmes/%lld/import\">%s</a> · <a href=\"/orgs/%lld/applications?programme=%lld\">%s</a>"
            " · <a href=\"/orgs/%lld/programmes/%lld/selection\">%s</a></p>\n",
         (long long)r->org_id, (long long)p->id, _(r, "Import paper applications"),
         (long long)r->org_id, (long long)p->id, _(r, "Applications"),
         (long long)r->org_id, (long long)p->id, _(r, "Reviews and selection"));
    html(h, "<details><summary>%s</summary>\n", _(r, "When and how applications are taken"));
    html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/programmes/%lld/form",
                                       (long long)r->org_id, (long long)p->id));
    html_input(h, r, NULL, "datetime-local", "opens_at", _(r, "Applications open (empty: now)"),
               f.opens_at ? moment_field(r, f.opens_at) : NULL, "off");
    html_input(h, r, NULL, "datetime-local", "closes_at", _(r, "Applications close (empty: no end)"),
               f.closes_at ? moment_field(r, f.closes_at) : NULL, "off");
    html_input(h, r, NULL, "number", "reviews_needed", _(r, "Reviews per application"),
               arena_printf(r->arena, "%lld", (long long)f.reviews_needed), "off");
    html_input(h, r, NULL, "number", "consent_age", _(r, "Age under which a guardian consents"),
               arena_printf(r->arena, "%lld", (long long)f.consent_age), "off");
    html_input(h, r, NULL, "number", "scale_max", _(r, "Reviewers score from 1 to"),
               arena_printf(r->arena, "%lld", (long long)f.scale_max), "off");
    html_input(h, r, NULL, "number", "offer_days", _(r, "Days to take up a place offered from the waiting list"),
               arena_printf(r->arena, "%lld", (long long)f.offer_days), "off");
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n", _(r, "Save"));
    html_form_end(h);
    html_lit(h, "</details>\n");
    html(h, "<details><summary>%s</summary>\n", _(r, "Add a question"));
    html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/programmes/%lld/questions",
                                       (long long)r->org_id, (long long)p->id));
    const char *opts[11];
    for (int i = 0; i < 10; i += 2) {
        opts[i] = kinds[i];
        opts[i + 1] = _(r, kinds[i + 1]);
    }
    opts[10] = NULL;
    html_select(h, NULL, "kind", _(r, "Kind"), opts, "long");
    html_input(h, r, NULL, "text", "label_en", _(r, "Question in English"), NULL, "off");
    html_input(h, r, NULL, "text", "label_nl", _(r, "Question in Dutch"), NULL, "off");
    html_input(h, r, NULL, "text", "label_fr", _(r, "Question in French"), NULL, "off");
    html_textarea(h, NULL, "choices", _(r, "Choices, one per line (for one choice among several)"), NULL, 3);
    html_checkbox(h, "required", _(r, "An answer is required"), true);
    html_checkbox(h, "motivation", _(r, "A motivation question (scored by reviewers)"), false);
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n", _(r, "Add the question"));
    html_form_end(h);
    html_lit(h, "</details>\n");
    return true;
}

/* The reply to a change of a programme's form: back to the form, or why not. */
static enum MHD_Result form_saved(Req *r, DbStatus st, int64_t programme)
{
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE)
        return reply_error(r, ERR_NOT_FOUND);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/programmes/%lld?saved=1#form",
                                          (long long)r->org_id, (long long)programme));
}

/* POST /orgs/{org}/programmes/{id}/questions */
enum MHD_Result page_question_add(Req *r)
{
    static const char *const values[] = {"short", "long", "choice", "yesno", "date", NULL};
    AppQuestion q = {0};
    FieldSpec spec[] = {
        {.name = "kind", .type = F_CHOICE, .required = true, .choices = values, .label = N_("Kind"), .text = &q.kind},
        {.name = "label_en", .type = F_TEXT, .max = 300, .label = N_("Question in English"), .text = &q.label[0]},
        {.name = "label_nl", .type = F_TEXT, .max = 300, .label = N_("Question in Dutch"), .text = &q.label[1]},
        {.name = "label_fr", .type = F_TEXT, .max = 300, .label = N_("Question in French"), .text = &q.label[2]},
        {.name = "choices", .type = F_TEXT, .max = 2000, .label = N_("Choices, one per line (for one choice among several)"), .text = &q.choices},
        {0},
    };
    FormErrors e;
    form_read(r, spec, &e);
    if (!q.label[0] && !q.label[1] && !q.label[2])
        form_error(&e, "label_en", _(r, "Write the question in at least one language."));
    if (q.kind && !strcmp(q.kind, "choice") && (!q.choices || !strchr(q.choices, '\n')))
        form_error(&e, "choices", _(r, "Give at least two choices, one per line."));
    if (e.n) {
        return form_errors_back(r, _(r, "Add a question"), &e);
    }
    const char *req = form_get(r, "required"), *mot = form_get(r, "motivation");
    q.required = req && !strcmp(req, "1");
    q.motivation = mot && !strcmp(mot, "1");
    DbStatus st = q_question_add(r->db, r->org_id, req_id(r, "id"), &q);
    return form_saved(r, st, req_id(r, "id"));
}

/* POST /orgs/{org}/programmes/{id}/form */
enum MHD_Result page_app_form_set(Req *r)
{
    AppForm f = {0};
    FieldSpec spec[] = {
        {.name = "reviews_needed", .type = F_INT, .required = true, .min = 1, .max = 10,
         .label = N_("Reviews per application"), .num = &f.reviews_needed},
        {.name = "consent_age", .type = F_INT, .required = true, .min = 0, .max = 18,
         .label = N_("Age under which a guardian consents"), .num = &f.consent_age},
        {.name = "scale_max", .type = F_INT, .min = 2, .max = 10,
         .label = N_("Reviewers score from 1 to"), .num = &f.scale_max},
        {.name = "offer_days", .type = F_INT, .min = 1, .max = 60,
         .label = N_("Days to take up a place offered from the waiting list"), .num = &f.offer_days},
        {0},
    };
    FormErrors e;
    form_read(r, spec, &e);
    /* left out: unchanged */
    AppForm was = {.scale_max = 5, .offer_days = 7};
    int64_t submitted = 0;
    if (q_app_form(r->db, r->org_id, req_id(r, "id"), &was) < DB_NONE ||
        q_programme_reviews_submitted(r->db, r->org_id, req_id(r, "id"), &submitted) < DB_NONE)
        return reply_error(r, ERR_DB);
    if (submitted && f.scale_max && f.scale_max != was.scale_max)
        form_error(&e, "scale_max", _(r, "Reviews are submitted already: the scale can no longer change."));
    if (!f.scale_max)
        f.scale_max = was.scale_max;
    if (!f.offer_days)
        f.offer_days = was.offer_days;
    const char *o = form_get(r, "opens_at"), *c = form_get(r, "closes_at");
    if (o && *o && !moment_parse(o, &f.opens_at))
        form_error(&e, "opens_at", _(r, "Enter a date and time that exist, e.g. 2027-01-31 12:00."));
    if (c && *c && !moment_parse(c, &f.closes_at))
        form_error(&e, "closes_at", _(r, "Enter a date and time that exist, e.g. 2027-01-31 12:00."));
    if (!e.n && f.opens_at && f.closes_at && f.closes_at <= f.opens_at)
        form_error(&e, "closes_at", _(r, "Applications must close after they open."));
    if (e.n)
        return form_errors_back(r, _(r, "When and how applications are taken"), &e);
    DbStatus st = q_app_form_set(r->db, r->org_id, req_id(r, "id"), &f);
    return form_saved(r, st, req_id(r, "id"));
}

/* POST /orgs/{org}/questions/{id}/delete */
enum MHD_Result page_question_delete(Req *r)
{
    int64_t programme;
    DbStatus st = q_question_delete(r->db, r->org_id, req_id(r, "id"), &programme);
    return form_saved(r, st, programme);
}

/* --- applying --------------------------------------------------------------------------- */

typedef struct Apply {
    CatalogueRow c;
    AppForm form;
    Qs qs;
    char first_day[11]; /* of the next cohort, else today */
} Apply;

/* Cohorts come soonest first: the first is the one an applicant would join. */
static bool first_cohort(void *ctx)
{
    (void)ctx;
    return false;
}

static bool apply_load(Req *r, Apply *a, enum MHD_Result *reply)
{
    int64_t now = clock_now();
    DbStatus st = q_catalogue_get(r->db, req_id(r, "id"), now, r->arena, &a->c);
    if (st != DB_ONE) {
        *reply = reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
        return false;
    }
    bxl_date_text(now, a->first_day);
    PublicCohort pc;
    char today[11];
    memcpy(today, a->first_day, sizeof today);
    st = q_catalogue_cohorts(r->db, a->c.p.org_id, a->c.p.id, now, today, r->arena, &pc,
                             first_cohort, a);
    if (st == DB_ONE && pc.starts_on && strcmp(pc.starts_on, today) > 0)
        snprintf(a->first_day, sizeof a->first_day, "%s", pc.starts_on);
    if (st >= DB_NONE && q_app_form(r->db, a->c.p.org_id, a->c.p.id, &a->form) < DB_NONE)
        st = DB_ERROR;
    a->qs.r = r;
    if (st < DB_NONE ||
        q_questions(r->db, a->c.p.org_id, a->c.p.id, r->arena, &a->qs.row, q_row, &a->qs) < DB_NONE) {
        *reply = reply_error(r, ERR_DB);
        return false;
    }
    return true;
}

static const char *qfield(Req *r, const AppQuestion *q)
{
    return arena_printf(r->arena, "q-%lld", (long long)q->id);
}

static enum MHD_Result apply_page(Req *r, Apply *a, const FormErrors *e, int status)
{
    const char *title = programme_title(r, &a->c.p);
    Html *h = page_begin(r, arena_printf(r->arena, _(r, "Apply: %s"), title));
    html(h, "<h1>%s</h1>\n<p>%s · %s</p>\n", arena_printf(r->arena, _(r, "Apply: %s"), title),
         a->c.org_name, programme_ages(r, &a->c.p));
    html(h, "<p>%s</p>\n", _(r, "No account, no password: fill in this page and send it. You "
                              "will receive a personal link by e-mail to follow your application."));
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "/programmes/%lld/apply", (long long)a->c.p.id));
    html(h, "<fieldset>\n<legend>%s</legend>\n", _(r, "About you"));
    html_input(h, r, e, "text", "name", _(r, "Full name"), form_get(r, "name"), "name");
    html_input(h, r, e, "email", "email", _(r, "E-mail address"), form_get(r, "email"), "email");
    html_input(h, r, e, "tel", "phone", _(r, "Phone (optional)"), form_get(r, "phone"), "tel");
    html_input(h, r, e, "date", "birth_date", _(r, "Date of birth"), form_get(r, "birth_date"), "bday");
    html_input(h, r, e, "text", "municipality", _(r, "Municipality"), form_get(r, "municipality"),
               "address-level2");
    html_checkbox(h, "jobseeker", _(r, "I am registered as a job-seeker"), form_get(r, "jobseeker"));
    html_lit(h, "</fieldset>\n");
    /* asked only where the programme takes people under the consent age */
    if (a->form.consent_age > 0 && (a->c.p.min_age_null || a->c.p.min_age < a->form.consent_age)) {
        html(h, "<fieldset>\n<legend>%s</legend>\n<p>%s</p>\n",
             arena_printf(r->arena, _(r, "Under %lld? Your parent or guardian"), (long long)a->form.consent_age),
             _(r, "We ask them by e-mail to agree that you take part. Leave this empty if you are older."));
        html_input(h, r, e, "text", "guardian_name", _(r, "Parent or guardian's name"),
                   form_get(r, "guardian_name"), "off");
        html_input(h, r, e, "email", "guardian_email", _(r, "Parent or guardian's e-mail address"),
                   form_get(r, "guardian_email"), "off");
        html_lit(h, "</fieldset>\n");
    }
    for (int i = 0; i < a->qs.n; i++) {
        AppQuestion *q = &a->qs.rows[i];
        const char *name = qfield(r, q), *label = lang_pick(r->lang, q->label);
        const char *value = form_get(r, name);
        if (!q->required)
            label = arena_printf(r->arena, _(r, "%s (optional)"), label);
        if (!strcmp(q->kind, "long")) {
            html_textarea(h, e, name, label, value, 5);
        } else if (!strcmp(q->kind, "date")) {
            html_input(h, r, e, "date", name, label, value, "off");
        } else if (!strcmp(q->kind, "choice") || !strcmp(q->kind, "yesno")) {
            const char *err = form_error_for(e, name);
            html(h, "<fieldset id=\"f-%s\">\n<legend>%s</legend>\n", name, label);
            if (err)
                html(h, "<small class=\"field-error\">%s</small>\n", err);
            if (!strcmp(q->kind, "yesno")) {
                /* stable values, labels in the reader's language */
                html(h, "<label><input type=\"radio\" name=\"%s\" value=\"yes\"%s> %s</label>\n"
                        "<label><input type=\"radio\" name=\"%s\" value=\"no\"%s> %s</label>\n"
                        "</fieldset>\n",
                     name, value && !strcmp(value, "yes") ? " checked" : "", _(r, "Yes"), name,
                     value && !strcmp(value, "no") ? " checked" : "", _(r, "No"));
                continue;
            }
            const char *list = q->choices;
            int k = 0;
            for (const char *c = list; c && *c; k++) {
                size_t n = strcspn(c, "\n");
                char *choice = arena_strndup(r->arena, c, n);
                str_trim(choice);
                if (*choice)
                    html(h, "<label><input type=\"radio\" name=\"%s\" value=\"%s\"%s> %s</label>\n",
                         name, choice, value && !strcmp(value, choice) ? " checked" : "", choice);
                c += n + (c[n] == '\n');
            }
            html_lit(h, "</fieldset>\n");
        } else {
            html_input(h, r, e, "text", name, label, value, "off");
        }
    }
    html(h, "<button type=\"submit\" class=\"big\">%s</button>\n", _(r, "Send my application"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* Outside the form's window: says so, and points to the other open programmes. */
static enum MHD_Result closed_page(Req *r, const Apply *a, int status)
{
    int64_t now = clock_now();
    const char *title = programme_title(r, &a->c.p);
    Html *h = page_begin(r, arena_printf(r->arena, _(r, "Apply: %s"), title));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n<p><a href=\"/programmes\">%s</a></p>\n",
         arena_printf(r->arena, _(r, "Apply: %s"), title),
         now < a->form.opens_at
             ? arena_printf(r->arena, _(r, "Applications open on %s."), moment_text(r, a->form.opens_at))
             : arena_printf(r->arena, _(r, "Applications closed on %s."), moment_text(r, a->form.closes_at)),
         _(r, "See the programmes open now"));
    return page_end_status(r, h, status);
}

static bool window_open(const Apply *a)
{
    int64_t now = clock_now();
    return (!a->form.opens_at || now >= a->form.opens_at) &&
           (!a->form.closes_at || now < a->form.closes_at);
}

/* GET /programmes/{id}/apply */
enum MHD_Result page_apply(Req *r)
{
    Apply a = {0};
    enum MHD_Result reply;
    if (!apply_load(r, &a, &reply))
        return reply;
    if (!window_open(&a))
        return closed_page(r, &a, 200);
    return apply_page(r, &a, NULL, 200);
}

/* Whether a choice is one of the question's. */
static bool among(Req *r, const AppQuestion *q, const char *v)
{
    if (!strcmp(q->kind, "yesno"))
        return !strcmp(v, "yes") || !strcmp(v, "no");
    const char *list = q->choices;
    for (const char *c = list; c && *c;) {
        size_t n = strcspn(c, "\n");
        char *choice = arena_strndup(r->arena, c, n);
        if (!strcmp(str_trim(choice), v))
            return true;
        c += n + (c[n] == '\n');
    }
    return false;
}

typedef struct ApplyTx {
    Req *r;
    Apply *a;
    Application x;
    const char *hash, *subject, *body;
    const char *guardian_subject, *guardian_body; /* NULL unless a guardian consents */
    const char **answers;
    bool minor; /* under the form's consent age today */
} ApplyTx;

/* A field's value: from the form, or from a CSV row (import.c). */
typedef const char *(*Lookup)(void *ctx, const char *name);

static const char *form_lookup(void *ctx, const char *name)
{
    return form_get(ctx, name);
}

/* Reads and checks an application through get: the person (into t->x) and the answers
 * (into t->answers, in question order); errors go to e, fields named as in the form. */
static void check_application(Req *r, Apply *a, Lookup get, void *ctx, ApplyTx *t,
                              FormErrors *e, Date *birth)
{
    Application *x = &t->x;
    FieldSpec spec[] = {
        {.name = "name", .type = F_TEXT, .required = true, .max = 120, .label = N_("Full name"), .text = &x->name},
        {.name = "email", .type = F_EMAIL, .required = true, .max = 254, .label = N_("E-mail address"), .text = &x->email},
        {.name = "phone", .type = F_TEXT, .max = 30, .label = N_("Phone (optional)"), .text = &x->phone},
        {.name = "birth_date", .type = F_TEXT, .required = true, .max = 10, .label = N_("Date of birth"), .text = &x->birth_date},
        {.name = "municipality", .type = F_TEXT, .required = true, .max = 100, .label = N_("Municipality"), .text = &x->municipality},
        {.name = "guardian_name", .type = F_TEXT, .max = 120, .label = N_("Parent or guardian's name"), .text = &x->guardian_name},
        {.name = "guardian_email", .type = F_EMAIL, .max = 254, .label = N_("Parent or guardian's e-mail address"), .text = &x->guardian_email},
        {0},
    };
    form_read_from(r->arena, r->lang, get, ctx, spec, e);
    Date today;
    int m;
    bxl_from_utc(clock_now(), &today, &m);
    if (x->birth_date && !form_error_for(e, "birth_date")) {
        if (!date_parse(x->birth_date, birth))
            form_error(e, "birth_date", _(r, "Enter a date that exists, as YYYY-MM-DD."));
        else if (date_days(*birth) > date_days(today))
            form_error(e, "birth_date", _(r, "The date of birth cannot be in the future."));
        else
            t->minor = age_on(*birth, today) < a->form.consent_age;
    }
    /* under the consent age a guardian agrees by e-mail; above it nobody is asked */
    if (t->minor) {
        if (!x->guardian_name || !*x->guardian_name)
            form_error(e, "guardian_name", arena_printf(r->arena, _(r, "Under %lld, a parent or guardian must agree: give their name."),
                                                        (long long)a->form.consent_age));
        if (!x->guardian_email || !*x->guardian_email)
            form_error(e, "guardian_email", arena_printf(r->arena, _(r, "Under %lld, a parent or guardian must agree: give their e-mail address."),
                                                         (long long)a->form.consent_age));
    } else {
        x->guardian_name = x->guardian_email = NULL;
    }
    const char *js = get(ctx, "jobseeker");
    x->jobseeker = js && (!strcmp(js, "1") || !strcasecmp(js, "yes") || !strcasecmp(js, "ja") ||
                          !strcasecmp(js, "oui"));
    t->answers = arena_alloc(r->arena, sizeof *t->answers * (size_t)(a->qs.n ? a->qs.n : 1));
    for (int i = 0; i < a->qs.n; i++) {
        AppQuestion *q = &a->qs.rows[i];
        const char *name = qfield(r, q), *label = lang_pick(r->lang, q->label);
        const char *v = get(ctx, name);
        char *val = v ? str_trim(arena_strdup(r->arena, v)) : NULL;
        t->answers[i] = NULL;
        size_t max = !strcmp(q->kind, "long") ? 4000 : 300;
        Date d;
        if (!val || !*val) {
            if (q->required)
                form_error(e, name, arena_printf(r->arena, _(r, "%s: an answer is needed."), label));
        } else if (strlen(val) > max) {
            form_error(e, name, arena_printf(r->arena, _(r, "%s: at most %zu characters."), label, max));
        } else if (!strcmp(q->kind, "date") && !date_parse(val, &d)) {
            form_error(e, name, arena_printf(r->arena, _(r, "%s: enter a date that exists, as YYYY-MM-DD."), label));
        } else if ((!strcmp(q->kind, "choice") || !strcmp(q->kind, "yesno")) && !among(r, q, val)) {
            form_error(e, name, arena_printf(r->arena, _(r, "%s: choose one of the options."), label));
        } else {
            t->answers[i] = val;
        }
    }
}

/* Why the programme's rules leave this person out (age on the first day, job-seekers),
 * or NULL. *age is their age on the first day. */
static const char *rules_refusal(Req *r, const Apply *a, const Application *x, Date birth,
                                 int *age)
{
    Date start;
    date_parse(a->first_day, &start);
    *age = age_on(birth, start);
    const Programme *p = &a->c.p;
    if ((!p->min_age_null && *age < p->min_age) || (!p->max_age_null && *age > p->max_age))
        return arena_printf(r->arena, _(r, "This programme is for people aged %s on %s; on that day you will be %d."),
                            programme_ages(r, p), a->first_day, *age);
    if (p->jobseekers_only && !x->jobseeker)
        return _(r, "This programme is for registered job-seekers.");
    return NULL;
}

static DbStatus apply_tx(Db *db, void *ctx)
{
    ApplyTx *t = ctx;
    int64_t now = clock_now(), id;
    DbStatus st = q_application_add(db, &t->x, t->hash, now, &id);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_CONFLICT;
    for (int i = 0; i < t->a->qs.n; i++)
        if (t->answers[i] && (st = q_answer_add(db, t->x.org_id, id, t->a->qs.rows[i].id,
                                                t->answers[i])) < DB_NONE)
            return st;
    if (t->guardian_body &&
        (st = q_outbox_add(db, t->x.org_id, t->x.guardian_email, t->guardian_subject,
                           t->guardian_body, now)) < DB_NONE)
        return st;
    return q_outbox_add(db, t->x.org_id, t->x.email, t->subject, t->body, now);
}

/* A minor's application asks their guardian to consent, in the applicant's language, at a
 * link of its own (only its hash kept). */
static void consent_request(Req *r, const Apply *a, ApplyTx *t, Lang l)
{
    Application *x = &t->x;
    if (!t->minor)
        return;
    char tok[AUTH_TOKEN_LEN + 1];
    char *hash = arena_alloc(r->arena, AUTH_HASH_HEX_LEN + 1);
    auth_token_new(tok);
    auth_token_hash(tok, hash);
    x->consent = "pending";
    x->consent_hash = hash;
    Req in = {.arena = r->arena, .lang = l};
    const char *title = programme_title(&in, &a->c.p);
    t->guardian_subject = arena_printf(r->arena, i18n_get(l, "Your consent for %s"), x->name);
    t->guardian_body = arena_printf(
        r->arena,
        i18n_get(l, "Hello %s,\n\n%s applied to \"%s\" at %s. Because they are under %lld, they "
                    "can take part only if you agree. Please give or refuse your consent here:\n\n"
                    "%s/consent/%s\n\nThe same link lets you withdraw your consent later.\n"),
        x->guardian_name, x->name, title, a->c.org_name, (long long)a->form.consent_age,
        base_url(r), tok);
}

/* POST /programmes/{id}/apply */
enum MHD_Result page_apply_post(Req *r)
{
    Apply a = {0};
    enum MHD_Result reply;
    if (!apply_load(r, &a, &reply))
        return reply;
    if (!window_open(&a))
        return closed_page(r, &a, 409);
    ApplyTx t = {.r = r, .a = &a};
    FormErrors e;
    Date birth;
    check_application(r, &a, form_lookup, r, &t, &e, &birth);
    Application *x = &t.x;
    if (e.n)
        return apply_page(r, &a, &e, 400);
    /* the programme's rules, told kindly, with programmes that fit */
    int age;
    const Programme *p = &a.c.p;
    const char *why = rules_refusal(r, &a, x, birth, &age);
    if (why) {
        Html *h = page_begin(r, _(r, "This programme does not fit"));
        html(h, "<h1>%s</h1>\n<p>%s</p>\n<p>%s</p>\n<p><a href=\"/programmes?age=%d\">%s</a></p>\n",
             _(r, "This programme does not fit"), why,
             _(r, "Nothing was sent. Other programmes may suit you better: thank you for your interest."),
             age, _(r, "See the programmes open to your age"));
        return page_end_status(r, h, 200);
    }
    char tok[AUTH_TOKEN_LEN + 1], hash[AUTH_HASH_HEX_LEN + 1];
    auth_token_new(tok);
    auth_token_hash(tok, hash);
    x->org_id = p->org_id;
    x->programme_id = p->id;
    x->lang = (char *)lang_code(r->lang);
    t.hash = hash;
    consent_request(r, &a, &t, r->lang);
    t.subject = arena_printf(r->arena, _(r, "Your application to %s"), programme_title(r, p));
    t.body = arena_printf(r->arena,
                          _(r, "Hello %s,\n\nThank you: %s received your application to \"%s\".\n\n"
                               "This personal link shows where your application stands; there you "
                               "can also update your contact details or withdraw:\n\n%s/applications/%s\n\n"
                               "Keep it to yourself.\n"),
                          x->name, a.c.org_name, programme_title(r, p), base_url(r), tok);
    DbStatus st = db_tx(r->db, apply_tx, &t);
    if (st == DB_CONFLICT)
        return reply_error(r, ERR_NOT_FOUND);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/applications/%s?sent=1", tok));
}

/* --- the applicant's personal page ---------------------------------------------------- */

static bool app_load(Req *r, Application *x, const char **hash, enum MHD_Result *reply)
{
    const char *tok = req_param(r, "token");
    char *h = arena_alloc(r->arena, AUTH_HASH_HEX_LEN + 1);
    if (!tok || strlen(tok) != AUTH_TOKEN_LEN) {
        *reply = reply_error(r, ERR_NOT_FOUND);
        return false;
    }
    auth_token_hash(tok, h);
    DbStatus st = q_application_by_token(r->db, h, r->arena, x);
    if (st != DB_ONE) {
        *reply = reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
        return false;
    }
    *hash = h;
    return true;
}

static const char *status_text(Req *r, const Application *x)
{
    switch (x->status) {
    case APP_SUBMITTED:
        return _(r, "Received: reviewers will read it without your name.");
    case APP_ACCEPTED:
        return _(r, "Accepted: you have a place.");
    case APP_WAITLISTED:
        if (x->offer_expires_at)
            return _(r, "A place is offered to you.");
        return arena_printf(r->arena, _(r, "On the waiting list, number %lld."), (long long)x->waitlist_rank);
    case APP_DECLINED:
        return _(r, "Not selected this time.");
    case APP_WITHDRAWN:
        break;
    }
    if (!*x->reason || !strcmp(x->reason, "applicant"))
        return _(r, "You withdrew this application.");
    return _(r, "Withdrawn.");
}

static enum MHD_Result app_page(Req *r, const Application *x, const FormErrors *e,
                                const char *notice, int status)
{
    Html *h = page_begin(r, _(r, "Your application"));
    html(h, "<h1>%s</h1>\n<p>%s · %s</p>\n", _(r, "Your application"), lang_pick(r->lang, x->title),
         x->org_name);
    html_notice(h, notice, false);
    html(h, "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n", _(r, "Status"), status_text(r, x));
    const char *why = app_reason_text(r, x);
    if (*why || *x->reason_note)
        html(h, "<dt>%s</dt><dd>%s %s</dd>\n", _(r, "Why"), why, x->reason_note);
    if (*x->consent)
        html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "Consent"), app_consent_text(r, x));
    html(h, "<dt>%s</dt><dd>%s</dd>\n</dl>\n", _(r, "Sent on"), moment_text(r, x->created_at));
    if (x->status == APP_WITHDRAWN || x->status == APP_DECLINED) {
        html(h, "<p><a href=\"/programmes\">%s</a></p>\n", _(r, "See the programmes open now"));
        return page_end_status(r, h, status);
    }
    const char *self = arena_printf(r->arena, "/applications/%s", req_param(r, "token"));
    if (x->status == APP_WAITLISTED && x->offer_expires_at) {
        html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "A place for you"),
             arena_printf(r->arena, _(r, "Take it up before %s; after that it goes to the next person on the waiting list."),
                          moment_text(r, x->offer_expires_at)));
        html_button_form(h, r, arena_printf(r->arena, "%s/accept", self), _(r, "Take up the place"), NULL);
    }
    html(h, "<h2>%s</h2>\n", _(r, "Your contact details"));
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "%s/contact", self));
    html_input(h, r, e, "email", "email", _(r, "E-mail address"), form_get(r, "email") ? form_get(r, "email") : x->email, "email");
    html_input(h, r, e, "tel", "phone", _(r, "Phone (optional)"), form_get(r, "phone") ? form_get(r, "phone") : x->phone, "tel");
    html_input(h, r, e, "text", "municipality", _(r, "Municipality"), form_get(r, "municipality") ? form_get(r, "municipality") : x->municipality, "address-level2");
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n", _(r, "Save"));
    html_form_end(h);
    bool placed = x->status == APP_ACCEPTED || x->offer_expires_at;
    html(h, "<h2>%s</h2>\n<p>%s</p>\n", placed ? _(r, "Decline the place") : _(r, "Withdraw"),
         _(r, "If you no longer want to take part, you can withdraw; your place goes to someone else."));
    html_button_form(h, r, arena_printf(r->arena, "%s/withdraw", self),
                     placed ? _(r, "Decline the place") : _(r, "Withdraw my application"), NULL);
    return page_end_status(r, h, status);
}

/* GET /applications/{token} */
enum MHD_Result page_application(Req *r)
{
    Application x;
    const char *hash;
    enum MHD_Result reply;
    if (!app_load(r, &x, &hash, &reply))
        return reply;
    const char *notice = query_get(r, "sent") ? _(r, "Your application is sent. We also e-mailed you this link.")
                         : query_get(r, "saved")  ? _(r, "Saved.")
                         : query_get(r, "placed") ? _(r, "The place is yours: welcome! We e-mailed you the details.")
                                                  : NULL;
    return app_page(r, &x, NULL, notice, 200);
}

/* POST /applications/{token}/contact */
enum MHD_Result page_application_contact(Req *r)
{
    Application x;
    const char *hash;
    enum MHD_Result reply;
    if (!app_load(r, &x, &hash, &reply))
        return reply;
    char *email = NULL, *phone = NULL, *municipality = NULL;
    FieldSpec spec[] = {
        {.name = "email", .type = F_EMAIL, .required = true, .max = 254, .label = N_("E-mail address"), .text = &email},
        {.name = "phone", .type = F_TEXT, .max = 30, .label = N_("Phone (optional)"), .text = &phone},
        {.name = "municipality", .type = F_TEXT, .required = true, .max = 100, .label = N_("Municipality"), .text = &municipality},
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return app_page(r, &x, &e, NULL, 400);
    DbStatus st = q_application_contact(r->db, hash, email, phone, municipality, clock_now());
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE)
        return app_page(r, &x, NULL, NULL, 409);
    return reply_redirect(r, arena_printf(r->arena, "/applications/%s?saved=1", req_param(r, "token")));
}

/* POST /applications/{token}/withdraw */
enum MHD_Result page_application_withdraw(Req *r)
{
    Application x;
    const char *hash;
    enum MHD_Result reply;
    if (!app_load(r, &x, &hash, &reply))
        return reply;
    Actor a = req_actor(r);
    Flow f = req_flow(r, &a);
    Outcome o = admission_applicant_withdraw(&f, &x);
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(r, arena_printf(r->arena, "/applications/%s", req_param(r, "token")));
}

/* POST /applications/{token}/accept: takes up a place offered from the waiting list */
enum MHD_Result page_application_accept(Req *r)
{
    Application x;
    const char *hash;
    enum MHD_Result reply;
    if (!app_load(r, &x, &hash, &reply))
        return reply;
    Actor a = req_actor(r);
    Flow f = req_flow(r, &a);
    Outcome o = admission_take_offer(&f, &x);
    if (!o.ok && o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok) {
        if (!app_load(r, &x, &hash, &reply))
            return reply;
        return app_page(r, &x, NULL, form_error_for(&o.fields, "offer"), 409);
    }
    return reply_redirect(r, arena_printf(r->arena, "/applications/%s?placed=1", req_param(r, "token")));
}

/* --- the staff's pipeline ----------------------------------------------------------- */

typedef struct Pipe {
    Req *r;
    PipelineRow row;
    int64_t ids[64];
    char *titles[64];
    int64_t counts[64][APP_STATUS_COUNT];
    int n;
    AppListRow app;
    Html *list;
    int napps;
} Pipe;

static bool count_row(void *ctx)
{
    Pipe *p = ctx;
    int i = 0;
    while (i < p->n && p->ids[i] != p->row.programme_id)
        i++;
    if (i == p->n) {
        if (p->n == 64)
            return true;
        p->ids[p->n] = p->row.programme_id;
        p->titles[p->n] = (char *)lang_pick(p->r->lang, p->row.title);
        memset(p->counts[p->n], 0, sizeof p->counts[p->n]);
        p->n++;
    }
    p->counts[i][p->row.status] += p->row.count;
    return true;
}

static bool app_row(void *ctx)
{
    Pipe *p = ctx;
    Req *r = p->r;
    AppListRow *x = &p->app;
    /* names stay hidden but to admins: reviewers and staff work with the code */
    html(p->list, "<tr><td><a href=\"/orgs/%lld/applications/%lld\">A-%lld</a></td><td>%s</td><td>%s</td><td>%s</td><td>",
         (long long)r->org_id, (long long)x->id, (long long)x->id,
         (r->roles & ROLE_ADMIN) ? x->name : "–", lang_pick(r->lang, x->title),
         _(r, vocab_label(&app_status, x->status)));
    html(p->list, "%s</td><td>", moment_text(r, x->created_at));
    if (x->duplicate)
        html(p->list, "<strong class=\"warn\">%s</strong>", _(r, "Possible duplicate"));
    html_lit(p->list, "</td></tr>\n");
    p->napps++;
    return true;
}

/* GET /orgs/{org}/applications */
enum MHD_Result page_pipeline(Req *r)
{
    Pipe p = {.r = r, .list = html_new(r->arena)};
    int64_t programme = 0;
    const char *pq = query_get(r, "programme"), *status = query_get(r, "status");
    if (pq && *pq && !parse_int64(pq, &programme))
        return reply_error(r, ERR_BAD_REQUEST);
    int st = -1;
    if (status && *status && !vocab_parse(&app_status, status, &st))
        return reply_error(r, ERR_BAD_REQUEST);
    if (q_pipeline_counts(r->db, r->org_id, r->arena, &p.row, count_row, &p) < DB_NONE ||
        q_applications(r->db, r->org_id, programme, st, r->arena, &p.app, app_row, &p) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Applications"));
    html(h, "<h1>%s</h1>\n", _(r, "Applications"));
    const char *imported = query_get(r, "imported");
    int64_t ni;
    if (imported && parse_int64(imported, &ni))
        html_notice(h, arena_printf(r->arena, _n(r, "%lld application imported.", "%lld applications imported.", ni), (long long)ni), false);
    if (!p.n) {
        html(h, "<p>%s</p>\n", _(r, "No application yet."));
        return page_end(r, h);
    }
    html_table_begin(h, _(r, "Applications by programme"));
    html(h, "<caption>%s</caption>\n<thead><tr><th scope=\"col\">%s</th>",
         _(r, "Applications by programme"), _(r, "Programme"));
    for (int i = 0; i < APP_STATUS_COUNT; i++)
        html(h, "<th scope=\"col\">%s</th>", _(r, vocab_label(&app_status, i)));
    html_lit(h, "</tr></thead>\n<tbody>\n");
    for (int k = 0; k < p.n; k++) {
        html(h, "<tr><th scope=\"row\"><a href=\"?programme=%lld\">%s</a></th>", (long long)p.ids[k],
             p.titles[k]);
        for (int i = 0; i < APP_STATUS_COUNT; i++)
            html(h, "<td class=\"num\">%lld</td>", (long long)p.counts[k][i]);
        html_lit(h, "</tr>\n");
    }
    html_lit(h, "</tbody>\n");
    html_table_end(h);
    /* filters */
    html(h, "<form method=\"get\" action=\"/orgs/%lld/applications\" class=\"filters\">\n",
         (long long)r->org_id);
    const char **opts = arena_alloc(r->arena, sizeof *opts * (size_t)(2 * p.n + 3));
    int o = 0;
    opts[o++] = "";
    opts[o++] = _(r, "All programmes");
    for (int k = 0; k < p.n; k++) {
        opts[o++] = arena_printf(r->arena, "%lld", (long long)p.ids[k]);
        opts[o++] = p.titles[k];
    }
    opts[o] = NULL;
    html_select(h, NULL, "programme", _(r, "Programme"), opts, pq ? pq : "");
    const char *sopts[13];
    int so = 0;
    sopts[so++] = "";
    sopts[so++] = _(r, "All statuses");
    for (int i = 0; i < APP_STATUS_COUNT; i++) {
        sopts[so++] = vocab_key(&app_status, i);
        sopts[so++] = _(r, vocab_label(&app_status, i));
    }
    sopts[so] = NULL;
    html_select(h, NULL, "status", _(r, "Status"), sopts, status ? status : "");
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n</form>\n", _(r, "Show"));
    html_table_begin(h, _(r, "Applications"));
    html(h, "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
            "<th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
         _(r, "Code"), _(r, "Name"), _(r, "Programme"), _(r, "Status"), _(r, "Received"),
         _(r, "Warnings"));
    html_append(h, p.list);
    html_lit(h, "</tbody>\n");
    html_table_end(h);
    if (!p.napps)
        html(h, "<p>%s</p>\n", _(r, "No application matches these filters."));
    return page_end(r, h);
}

/* --- paper forms: importing applications from CSV --------------------------------- */

#define IMPORT_MAX_ROWS 1000

typedef struct Row {
    const CsvRecord *rec;
    int cols[9]; /* name, email, phone, birth_date, municipality, jobseeker, lang, guardian */
    int *qcols;    /* per question */
    const Apply *a;
    Req *r;
} Row;

static const char *const import_fields[9] = {"name",         "email",     "phone",
                                             "birth_date",   "municipality", "jobseeker",
                                             "lang",         "guardian_name", "guardian_email"};
static const char *const import_keys[9][5] = {
    {"name", "naam", "nom", "fullname", NULL},
    {"email", "emailaddress", "emailadres", "courriel", NULL},
    {"phone", "telefoon", "tlphone", "telephone", NULL},
    {"birthdate", "dateofbirth", "geboortedatum", "datedenaissance", NULL},
    {"municipality", "gemeente", "commune", NULL, NULL},
    {"jobseeker", "werkzoekende", "demandeurdemploi", NULL, NULL},
    {"lang", "language", "taal", "langue", NULL},
    {"guardianname", "naamouder", "nomduparent", NULL, NULL},
    {"guardianemail", "emailouder", "courrielduparent", NULL, NULL},
};

static const char *row_get(void *ctx, const char *name)
{
    Row *w = ctx;
    for (int i = 0; i < 9; i++)
        if (!strcmp(name, import_fields[i]))
            return w->cols[i] >= 0 && w->cols[i] < w->rec->n ? w->rec->f[w->cols[i]] : NULL;
    for (int i = 0; i < w->a->qs.n; i++)
        if (!strcmp(name, qfield(w->r, &w->a->qs.rows[i])))
            return w->qcols[i] >= 0 && w->qcols[i] < w->rec->n ? w->rec->f[w->qcols[i]] : NULL;
    return NULL;
}

/* A cell a spreadsheet would run as a formula: =..., @..., +x or -x not followed by a
 * digit (a phone number such as +32 470 may start with +). */
static bool formula_like(const char *s)
{
    return s[0] == '=' || s[0] == '@' ||
           ((s[0] == '+' || s[0] == '-') && s[1] && !(s[1] >= '0' && s[1] <= '9') && s[1] != ' ');
}

static bool import_load(Req *r, Apply *a, enum MHD_Result *reply)
{
    if (!apply_load(r, a, reply))
        return false;
    if (a->c.p.org_id != r->org_id) { /* the public statement found another's programme */
        *reply = reply_error(r, ERR_NOT_FOUND);
        return false;
    }
    return true;
}

static enum MHD_Result import_page(Req *r, Apply *a, Html *problems, int nproblems,
                                   const char *summary, int status)
{
    const char *title = programme_title(r, &a->c.p);
    Html *h = page_begin(r, _(r, "Import paper applications"));
    html(h, "<h1>%s</h1>\n<p><a href=\"/orgs/%lld/programmes/%lld\">%s</a></p>\n",
         _(r, "Import paper applications"), (long long)r->org_id, (long long)a->c.p.id, title);
    if (summary) {
        if (nproblems) {
            html(h, "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" id=\"problems\">\n"
                    "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Nothing was imported"), summary);
            html_table_begin(h, _(r, "Problems"));
            html(h, "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
                 _(r, "Line"), _(r, "Problem"));
            html_append(h, problems);
            html_lit(h, "</tbody>\n");
            html_table_end(h);
            html_lit(h, "</div>\n");
        } else {
            html_notice(h, summary, false);
        }
    }
    html(h, "<p>%s</p>\n<p><a href=\"/orgs/%lld/programmes/%lld/import-template.csv\" download>%s</a></p>\n",
         _(r, "Use the template: one line per application, a first line with the column names, "
              "UTF-8. Check the file first: nothing is imported while any line is wrong."),
         (long long)r->org_id, (long long)a->c.p.id, _(r, "Download a CSV template"));
    html(h, "<form method=\"post\" action=\"/orgs/%lld/programmes/%lld/import\" "
            "enctype=\"multipart/form-data\" novalidate>\n"
            "<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">\n",
         (long long)r->org_id, (long long)a->c.p.id, csrf_token(r));
    html(h, "<label for=\"f-file\">%s</label>\n"
            "<input type=\"file\" id=\"f-file\" name=\"file\" accept=\".csv,text/csv\">\n",
         _(r, "CSV file (UTF-8)"));
    html(h, "<button type=\"submit\" name=\"action\" value=\"check\" class=\"secondary\">%s</button>\n"
            "<button type=\"submit\" name=\"action\" value=\"import\">%s</button>\n",
         _(r, "Check the file"), _(r, "Import"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/programmes/{id}/import */
enum MHD_Result page_import(Req *r)
{
    Apply a = {0};
    enum MHD_Result reply;
    if (!import_load(r, &a, &reply))
        return reply;
    return import_page(r, &a, NULL, 0, NULL, 200);
}

/* GET /orgs/{org}/programmes/{id}/import-template.csv */
enum MHD_Result page_import_template(Req *r)
{
    Apply a = {0};
    enum MHD_Result reply;
    if (!import_load(r, &a, &reply))
        return reply;
    static const char *const cols[] = {"name",          "email",        "phone",
                                       "birth_date",    "municipality", "jobseeker",
                                       "lang",          "guardian_name", "guardian_email"};
    Buf b;
    buf_init(&b, r->arena, 256);
    CsvWriter w;
    csv_begin(&w, &b, true);
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
        csv_cell(&w, cols[i]);
    for (int i = 0; i < a.qs.n; i++) /* the questions' labels: typed by staff, neutralised */
        csv_text(&w, lang_pick(LANG_EN, a.qs.rows[i].label));
    csv_end_line(&w);
    return reply_download(r, "text/csv; charset=utf-8", "applications.csv", b.data, b.len);
}

typedef struct ImportTx {
    Req *r;
    Apply *a;
    ApplyTx *rows;
    int n;
} ImportTx;

static DbStatus import_tx(Db *db, void *ctx)
{
    ImportTx *t = ctx;
    for (int i = 0; i < t->n; i++) {
        DbStatus st = apply_tx(db, &t->rows[i]);
        if (st < DB_NONE || st == DB_CONFLICT)
            return st < DB_NONE ? st : DB_CONFLICT;
    }
    return DB_ONE;
}

/* POST /orgs/{org}/programmes/{id}/import */
enum MHD_Result page_import_post(Req *r)
{
    Apply a = {0};
    enum MHD_Result reply;
    if (!import_load(r, &a, &reply))
        return reply;
    const FormField *file = form_file(r, "file");
    const char *action = form_get(r, "action");
    bool doit = action && !strcmp(action, "import");
    if (!file || !file->filename || !*file->filename || file->len == 0)
        return import_page(r, &a, NULL, 0, _(r, "Choose a CSV file to check or import."), 400);
    CsvTable t;
    int at;
    CsvError ce = csv_parse(r->arena, file->value, file->len, 0, IMPORT_MAX_ROWS + 1, 64, &t, &at);
    Html *problems = html_new(r->arena);
    int np = 0;
    if (ce == CSV_NOT_UTF8)
        return import_page(r, &a, NULL, 0, _(r, "The file is not in UTF-8: save it from your spreadsheet as \"CSV UTF-8\"."), 400);
    if (ce != CSV_OK || t.n < 2 || t.n > IMPORT_MAX_ROWS + 1)
        return import_page(r, &a, NULL, 0,
                           ce == CSV_UNTERMINATED
                               ? arena_printf(r->arena, _(r, "Line %d: a quotation mark is opened and never closed."), at)
                               : _(r, "The file needs a first line with the column names and at most 1,000 applications."),
                           400);
    /* the columns, by their names in the first line */
    Row w = {.a = &a, .r = r};
    w.qcols = arena_alloc(r->arena, sizeof *w.qcols * (size_t)(a.qs.n ? a.qs.n : 1));
    for (int i = 0; i < 9; i++)
        w.cols[i] = -1;
    for (int i = 0; i < a.qs.n; i++)
        w.qcols[i] = -1;
    for (int c = 0; c < t.rec[0].n; c++) {
        const char *k = csv_key(r->arena, t.rec[0].f[c]);
        for (int i = 0; i < 9; i++)
            for (int j = 0; import_keys[i][j]; j++)
                if (!strcmp(k, import_keys[i][j]) && w.cols[i] < 0)
                    w.cols[i] = c;
        for (int i = 0; i < a.qs.n; i++)
            for (int l = 0; l < LANG_COUNT; l++)
                if (a.qs.rows[i].label[l] && !strcmp(k, csv_key(r->arena, a.qs.rows[i].label[l])) &&
                    w.qcols[i] < 0)
                    w.qcols[i] = c;
    }
    for (int i = 0; i < 9; i++)
        if (w.cols[i] < 0 && i != 2 && i < 5) {
            html(problems, "<tr><td>1</td><td>%s</td></tr>\n",
                 arena_printf(r->arena, _(r, "The column \"%s\" is missing."), import_fields[i]));
            np++;
        }
    for (int i = 0; i < a.qs.n; i++)
        if (w.qcols[i] < 0 && a.qs.rows[i].required) {
            html(problems, "<tr><td>1</td><td>%s</td></tr>\n",
                 arena_printf(r->arena, _(r, "The column \"%s\" is missing."), lang_pick(r->lang, a.qs.rows[i].label)));
            np++;
        }
    int n = t.n - 1;
    ApplyTx *rows = arena_alloc(r->arena, sizeof *rows * (size_t)n);
    bool header_ok = np == 0;
    for (int k = 0; header_ok && k < n; k++) {
        const CsvRecord *rec = &t.rec[k + 1];
        int before = np;
        w.rec = rec;
        for (int c = 0; c < rec->n; c++)
            if (formula_like(rec->f[c])) {
                html(problems, "<tr><td>%d</td><td>%s</td></tr>\n", rec->line,
                     arena_printf(r->arena, _(r, "\"%s\" looks like a spreadsheet formula: write it without = + - @ in front."),
                                  rec->f[c]));
                np++;
            }
        ApplyTx *x = &rows[k];
        *x = (ApplyTx){.r = r, .a = &a};
        FormErrors e;
        Date birth;
        check_application(r, &a, row_get, &w, x, &e, &birth);
        for (int i = 0; i < e.n; i++) {
            html(problems, "<tr><td>%d</td><td>%s</td></tr>\n", rec->line, e.msg[i]);
            np++;
        }
        int age;
        const char *why = e.n ? NULL : rules_refusal(r, &a, &x->x, birth, &age);
        if (why) {
            html(problems, "<tr><td>%d</td><td>%s</td></tr>\n", rec->line, why);
            np++;
        }
        Lang l = r->lang;
        const char *lc = row_get(&w, "lang");
        if (lc && *lc && !lang_parse(lc, &l)) {
            html(problems, "<tr><td>%d</td><td>%s</td></tr>\n", rec->line,
                 _(r, "The language is en, nl or fr."));
            np++;
        }
        if (np > before)
            continue;
        char *tok = arena_alloc(r->arena, AUTH_TOKEN_LEN + 1), *hash = arena_alloc(r->arena, AUTH_HASH_HEX_LEN + 1);
        auth_token_new(tok);
        auth_token_hash(tok, hash);
        x->x.org_id = a.c.p.org_id;
        x->x.programme_id = a.c.p.id;
        x->x.lang = (char *)lang_code(l);
        x->hash = hash;
        consent_request(r, &a, x, l);
        Req in = {.arena = r->arena, .lang = l};
        x->subject = arena_printf(r->arena, i18n_get(l, "Your application to %s"), programme_title(&in, &a.c.p));
        x->body = arena_printf(r->arena,
                               i18n_get(l, "Hello %s,\n\nThank you: %s received your application to \"%s\".\n\n"
                                           "This personal link shows where your application stands; there you "
                                           "can also update your contact details or withdraw:\n\n%s/applications/%s\n\n"
                                           "Keep it to yourself.\n"),
                               x->x.name, a.c.org_name, programme_title(&in, &a.c.p), base_url(r), tok);
    }
    if (np)
        return import_page(r, &a, problems, np, _(r, "Correct these lines and send the file again."), 400);
    if (!doit)
        return import_page(r, &a, NULL, 0,
                           arena_printf(r->arena, _(r, "All %d lines are valid: press Import to record them."), n),
                           200);
    ImportTx it = {.r = r, .a = &a, .rows = rows, .n = n};
    DbStatus st = db_tx(r->db, import_tx, &it);
    if (st < DB_NONE || st == DB_CONFLICT)
        return reply_error(r, st == DB_CONFLICT ? ERR_NOT_FOUND : ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/applications?programme=%lld&imported=%d",
                                          (long long)r->org_id, (long long)a.c.p.id, n));
}

/* apply.c — applying to a programme from a phone, without an account: the applicant
 * answers the organisation's questions on one short page in their language, reads the
 * organisation's privacy notice, is told kindly when the programme's rules leave them out
 * (with everything typed kept, and the organisation's programmes that fit them), and gets a
 * personal link by e-mail. The rules and the mails are the workflow's
 * (flows/intake/apply.h). */
#include <string.h>

#include "core/buf.h"
#include "core/rows.h"
#include "flows/intake/apply.h"
#include "html/fmt.h"
#include "pages/intake/intake.h"
#include "q/intake/intake.h"
#include "views/intake/apply_form.h"
#include "views/intake/privacy.h"
#include "views/training/programme.h"

/* When the programme's rules leave the applicant out: why, and which rule. */
typedef struct Refusal {
    const char *why;
    ApplyVerdict v;
} Refusal;

/* How many of the organisation's other programmes a refusal lists (the catalogue has all). */
#define ALTERNATIVES_SHOWN 10

/* Why the programme does not fit, kindly, with the organisation's open programmes that fit
 * the applicant (their age on the first day, job-seeker or not) and the catalogue. */
static bool refusal_section(Html *h, Req *r, const ApplyForm *a, const ApplyInput *in,
                            const Refusal *no)
{
    Programme p;
    Rows fit = ROWS_FROM(r->arena, &p);
    if (q_apply_alternatives(r->db, a->c.p.org_id, a->c.p.id, no->v.age, in->jobseeker,
                             ALTERNATIVES_SHOWN, r->arena, &p, rows_collect, &fit) < DB_NONE)
        return false;
    html(h,
         "<section class=\"notice error\" role=\"alert\" aria-labelledby=\"refusal\">\n"
         "<h2 id=\"refusal\">%s</h2>\n<p>%s</p>\n<p>%s</p>\n",
         _(r, "This programme does not fit"), no->why,
         _(r, "Nothing was sent. Your answers are still in the form below, should one of them be "
              "wrong. Other programmes may suit you better: thank you for your interest."));
    if (fit.n) {
        html(h, "<p>%s</p>\n<ul>\n",
             arena_printf(r->arena, _(r, "Programmes of %s that fit you:"), a->c.org_name));
        for (int i = 0; i < fit.n; i++) {
            const Programme *q = ROW(&fit, Programme, i);
            html(h, "<li><a href=\"/programmes/%lld/apply\">%s</a> · %s</li>\n", (long long)q->id,
                 programme_title(r, q), programme_ages(r, q));
        }
        html_lit(h, "</ul>\n");
    } else {
        html(h, "<p>%s</p>\n",
             arena_printf(r->arena, _(r, "%s has no other programme open now that fits you."),
                          a->c.org_name));
    }
    /* the catalogue filters by age, not by job-seeker status */
    if (no->v.refusal == REFUSED_AGE)
        html(h, "<p><a href=\"/programmes?age=%d\">%s</a></p>\n", no->v.age,
             _(r, "See the programmes open to your age"));
    else
        html(h, "<p><a href=\"/programmes\">%s</a></p>\n", _(r, "See the programmes open now"));
    html_lit(h, "</section>\n");
    return true;
}

/* One question of the form with the answer typed (NULL: none). */
static void question_field(Html *h, Req *r, const FormErrors *e, const AppQuestion *q,
                           const char *value)
{
    const char *name = apply_field(r->arena, q), *label = lang_pick(r->lang, q->label);
    if (!q->required)
        label = arena_printf(r->arena, _(r, "%s (optional)"), label);
    if (q->kind == QK_LONG) {
        html_textarea(h, e, name, label, value, 5);
        return;
    }
    if (q->kind == QK_DATE) {
        html_input(h, r, e, "date", name, label, value, "off");
        return;
    }
    if (q->kind != QK_CHOICE && q->kind != QK_YESNO) {
        html_input(h, r, e, "text", name, label, value, "off");
        return;
    }
    const char *err = form_error_for(e, name);
    html(h, "<fieldset id=\"f-%s\">\n<legend>%s</legend>\n", name, label);
    if (err)
        html(h, "<small class=\"field-error\">%s</small>\n", err);
    if (q->kind == QK_YESNO) {
        /* stable values, labels in the reader's language */
        int yes = -1;
        if (value)
            vocab_parse(&yesno_vocab, value, &yes);
        for (int v = ANSWER_YES; v >= ANSWER_NO; v--)
            html(h, "<label><input type=\"radio\" name=\"%s\" value=\"%s\"%s> %s</label>\n", name,
                 vocab_key(&yesno_vocab, v), yes == v ? " checked" : "",
                 _(r, vocab_label(&yesno_vocab, v)));
    } else {
        for (const char *c = q->choices; c && *c;) {
            size_t n = strcspn(c, "\n");
            char *choice = str_trim(arena_strndup(r->arena, c, n));
            if (*choice)
                html(h, "<label><input type=\"radio\" name=\"%s\" value=\"%s\"%s> %s</label>\n",
                     name, choice, value && !strcmp(value, choice) ? " checked" : "", choice);
            c += n + (c[n] == '\n');
        }
    }
    html_lit(h, "</fieldset>\n");
}

/* The form, filled in with in (what was sent; empty on a first visit), its errors e, and
 * above it why the rules leave the applicant out when no is given. */
static enum MHD_Result apply_page(Req *r, const ApplyForm *a, const ApplyInput *in,
                                  const FormErrors *e, const Refusal *no, int status)
{
    const char *title = lang_pick(r->lang, a->c.p.title);
    Html *h = page_begin(r, arena_printf(r->arena, _(r, "Apply: %s"), title));
    html(h, "<h1>%s</h1>\n<p>%s · %s</p>\n", arena_printf(r->arena, _(r, "Apply: %s"), title),
         a->c.org_name, programme_ages(r, &a->c.p));
    if (no && !refusal_section(h, r, a, in, no))
        return reply_error(r, ERR_DB);
    html(h, "<p>%s</p>\n",
         _(r, "No account, no password: fill in this page and send it. You "
              "will receive a personal link by e-mail to follow your application."));
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "/programmes/%lld/apply", (long long)a->c.p.id));
    html(h, "<fieldset>\n<legend>%s</legend>\n", _(r, "About you"));
    html_input(h, r, e, "text", "name", _(r, "Full name"), in->name, "name");
    html_input(h, r, e, "email", "email", _(r, "E-mail address"), in->email, "email");
    html_input(h, r, e, "tel", "phone", _(r, "Phone (optional)"), in->phone, "tel");
    html_input(h, r, e, "date", "birth_date", _(r, "Date of birth"), in->birth_date, "bday");
    html_input(h, r, e, "text", "municipality", _(r, "Municipality"), in->municipality,
               "address-level2");
    html_checkbox(h, "jobseeker", _(r, "I am registered as a job-seeker"), in->jobseeker);
    html_select(h, e, "gender", _(r, "Gender (optional)"),
                vocab_options(r, &genders, "", _(r, "Not given")), in->gender);
    html_lit(h, "</fieldset>\n");
    /* asked only where the programme takes people under the consent age */
    if (a->form.consent_age > 0 && (a->c.p.min_age_null || a->c.p.min_age < a->form.consent_age)) {
        html(h, "<fieldset>\n<legend>%s</legend>\n<p>%s</p>\n",
             arena_printf(r->arena, _(r, "Under %lld? Your parent or guardian"),
                          (long long)a->form.consent_age),
             _(r, "We ask them by e-mail to agree that you take part. Leave this empty if you are "
                  "older."));
        html_input(h, r, e, "text", "guardian_name", _(r, "Parent or guardian's name"),
                   in->guardian_name, "off");
        html_input(h, r, e, "email", "guardian_email", _(r, "Parent or guardian's e-mail address"),
                   in->guardian_email, "off");
        html_lit(h, "</fieldset>\n");
    }
    for (int i = 0; i < a->nqs; i++)
        question_field(h, r, e, &a->qs[i], in->answers ? in->answers[i] : NULL);
    if (!html_privacy_notice(h, r, a->c.p.org_id, a->c.org_name))
        return reply_error(r, ERR_DB);
    html(h, "<button type=\"submit\" class=\"big\">%s</button>\n", _(r, "Send my application"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* Outside the form's window: says so, and points to the other open programmes. */
static enum MHD_Result closed_page(Req *r, const ApplyForm *a, int64_t now, int status)
{
    const char *title = lang_pick(r->lang, a->c.p.title);
    Html *h = page_begin(r, arena_printf(r->arena, _(r, "Apply: %s"), title));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n<p><a href=\"/programmes\">%s</a></p>\n",
         arena_printf(r->arena, _(r, "Apply: %s"), title),
         now < a->form.opens_at ? arena_printf(r->arena, _(r, "Applications open on %s."),
                                               moment_text(r, a->form.opens_at))
                                : arena_printf(r->arena, _(r, "Applications closed on %s."),
                                               moment_text(r, a->form.closes_at)),
         _(r, "See the programmes open now"));
    return page_end_status(r, h, status);
}

/* The form of the programme in the path (404 when it takes no applications), outside its
 * window a page that says so; then on a GET the empty form, on a POST what was sent: read,
 * checked by the workflow and sent, or the form again as typed with its errors. */
static enum MHD_Result apply(Req *r, bool sent)
{
    Flow f = req_flow(r);
    ApplyForm a;
    DbStatus st = apply_form_load(r->db, r->arena, req_id(r, "id"), f.now, &a);
    if (st != DB_ONE)
        return reply_missing(r, st);
    if (!apply_window_open(&a, f.now))
        return closed_page(r, &a, f.now, sent ? 409 : 200);
    ApplyInput in = {.lang = r->lang};
    if (!sent)
        return apply_page(r, &a, &in, NULL, NULL, 200);
    FormErrors e;
    bool read = form_read(r, apply_form_spec(r->arena, r->lang, &a, &in), &e);
    ApplyInput typed = in; /* the checks clear what they do not keep: show it as typed */
    const char *token = NULL;
    Refusal no = {NULL, {REFUSED_NONE, 0}};
    Outcome o = read ? apply_send(&f, &a, &in, &token, &no.v) : apply_check(&f, &a, &in, &no.v);
    apply_errors_merge(&e, &o);
    no.why = form_error_for(&e, "rules");
    if (no.why && e.n == 1)
        return apply_page(r, &a, &typed, NULL, &no, 200);
    if (e.n)
        return apply_page(r, &a, &typed, &e, NULL, 400);
    if (!o.ok)
        return reply_error(r, o.err == ERR_CONFLICT ? ERR_NOT_FOUND : o.err);
    return reply_redirect(r, arena_printf(r->arena, "/applications/%s?sent=1", token));
}

/* GET /programmes/{id}/apply */
enum MHD_Result page_apply(Req *r)
{
    return apply(r, false);
}

/* POST /programmes/{id}/apply */
enum MHD_Result page_apply_post(Req *r)
{
    return apply(r, true);
}

/* apply.c — applying to a programme from a phone, without an account: the applicant
 * answers the organisation's questions on one short page in their language, is told kindly
 * when the programme's rules leave them out, and gets a personal link by e-mail. The rules
 * and the mails are the workflow's (flows/intake/apply.h). */
#include <string.h>

#include "core/buf.h"
#include "flows/intake/apply.h"
#include "html/fmt.h"
#include "pages/intake/intake.h"
#include "views/intake/apply_form.h"
#include "views/training/programme.h"

/* The form of the programme in the path; false with the reply (404) when it takes no
 * applications. */
static bool form_load(Req *r, int64_t now, ApplyForm *a, enum MHD_Result *reply)
{
    DbStatus st = apply_form_load(r->db, r->arena, req_id(r, "id"), now, a);
    if (st != DB_ONE) {
        *reply = reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
        return false;
    }
    return true;
}

static enum MHD_Result apply_page(Req *r, const ApplyForm *a, const FormErrors *e, int status)
{
    const char *title = lang_pick(r->lang, a->c.p.title);
    Html *h = page_begin(r, arena_printf(r->arena, _(r, "Apply: %s"), title));
    html(h, "<h1>%s</h1>\n<p>%s · %s</p>\n", arena_printf(r->arena, _(r, "Apply: %s"), title),
         a->c.org_name, programme_ages(r, &a->c.p));
    html(h, "<p>%s</p>\n",
         _(r, "No account, no password: fill in this page and send it. You "
              "will receive a personal link by e-mail to follow your application."));
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "/programmes/%lld/apply", (long long)a->c.p.id));
    html(h, "<fieldset>\n<legend>%s</legend>\n", _(r, "About you"));
    html_input(h, r, e, "text", "name", _(r, "Full name"), form_get(r, "name"), "name");
    html_input(h, r, e, "email", "email", _(r, "E-mail address"), form_get(r, "email"), "email");
    html_input(h, r, e, "tel", "phone", _(r, "Phone (optional)"), form_get(r, "phone"), "tel");
    html_input(h, r, e, "date", "birth_date", _(r, "Date of birth"), form_get(r, "birth_date"),
               "bday");
    html_input(h, r, e, "text", "municipality", _(r, "Municipality"), form_get(r, "municipality"),
               "address-level2");
    html_checkbox(h, "jobseeker", _(r, "I am registered as a job-seeker"),
                  form_get(r, "jobseeker"));
    html_lit(h, "</fieldset>\n");
    /* asked only where the programme takes people under the consent age */
    if (a->form.consent_age > 0 && (a->c.p.min_age_null || a->c.p.min_age < a->form.consent_age)) {
        html(h, "<fieldset>\n<legend>%s</legend>\n<p>%s</p>\n",
             arena_printf(r->arena, _(r, "Under %lld? Your parent or guardian"),
                          (long long)a->form.consent_age),
             _(r, "We ask them by e-mail to agree that you take part. Leave this empty if you are "
                  "older."));
        html_input(h, r, e, "text", "guardian_name", _(r, "Parent or guardian's name"),
                   form_get(r, "guardian_name"), "off");
        html_input(h, r, e, "email", "guardian_email", _(r, "Parent or guardian's e-mail address"),
                   form_get(r, "guardian_email"), "off");
        html_lit(h, "</fieldset>\n");
    }
    for (int i = 0; i < a->nqs; i++) {
        const AppQuestion *q = &a->qs[i];
        const char *name = apply_field(r->arena, q), *label = lang_pick(r->lang, q->label);
        const char *value = form_get(r, name);
        if (!q->required)
            label = arena_printf(r->arena, _(r, "%s (optional)"), label);
        if (q->kind == QK_LONG) {
            html_textarea(h, e, name, label, value, 5);
        } else if (q->kind == QK_DATE) {
            html_input(h, r, e, "date", name, label, value, "off");
        } else if (q->kind == QK_CHOICE || q->kind == QK_YESNO) {
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
                    html(h, "<label><input type=\"radio\" name=\"%s\" value=\"%s\"%s> %s</label>\n",
                         name, vocab_key(&yesno_vocab, v), yes == v ? " checked" : "",
                         _(r, vocab_label(&yesno_vocab, v)));
                html_lit(h, "</fieldset>\n");
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

/* GET /programmes/{id}/apply */
enum MHD_Result page_apply(Req *r)
{
    Flow f = req_flow(r);
    ApplyForm a;
    enum MHD_Result reply;
    if (!form_load(r, f.now, &a, &reply))
        return reply;
    if (!apply_window_open(&a, f.now))
        return closed_page(r, &a, f.now, 200);
    return apply_page(r, &a, NULL, 200);
}

/* The programme's rules leave the applicant out: why, kindly, with programmes that fit. */
static enum MHD_Result refusal_page(Req *r, const char *why, int age)
{
    Html *h = page_begin(r, _(r, "This programme does not fit"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n<p>%s</p>\n<p><a href=\"/programmes?age=%d\">%s</a></p>\n",
         _(r, "This programme does not fit"), why,
         _(r,
           "Nothing was sent. Other programmes may suit you better: thank you for your interest."),
         age, _(r, "See the programmes open to your age"));
    return page_end_status(r, h, 200);
}

static const char *request_lookup(void *ctx, const char *name)
{
    return form_get(ctx, name);
}

/* POST /programmes/{id}/apply */
enum MHD_Result page_apply_post(Req *r)
{
    Flow f = req_flow(r);
    ApplyForm a;
    enum MHD_Result reply;
    if (!form_load(r, f.now, &a, &reply))
        return reply;
    if (!apply_window_open(&a, f.now))
        return closed_page(r, &a, f.now, 409);
    ApplyInput in = {.lang = r->lang};
    FormErrors e;
    bool read = apply_form_read(r->arena, r->lang, request_lookup, r, &a, &in, &e);
    const char *token = NULL;
    int age = 0;
    Outcome o = read ? apply_send(&f, &a, &in, &token, &age) : apply_check(&f, &a, &in, &age);
    apply_errors_merge(&e, &o);
    const char *why = form_error_for(&e, "rules");
    if (why && e.n == 1)
        return refusal_page(r, why, age);
    if (e.n)
        return apply_page(r, &a, &e, 400);
    if (!o.ok)
        return reply_error(r, o.err == ERR_CONFLICT ? ERR_NOT_FOUND : o.err);
    return reply_redirect(r, arena_printf(r->arena, "/applications/%s?sent=1", token));
}

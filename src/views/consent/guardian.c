/* guardian.c — the guardian's forms (see guardian.h). */
#include "views/consent/guardian.h"

bool html_guardian_form(Html *h, Req *r, const FormErrors *e, const char *action, ConsentState c,
                        const char *by_name, const char *agree_text, const char *withdraw_text,
                        GuardianNoticeFn notice_fn, void *ctx, bool *ok)
{
    *ok = true;
    if (c == CONSENT_PENDING) {
        html_error_summary(h, r, e);
        html_form_begin(h, r, action);
        html(h, "<p>%s</p>\n", agree_text);
        html_input(h, r, e, "text", "by_name", _(r, "Your name"), by_name, "name");
        if (notice_fn && !notice_fn(h, r, ctx))
            *ok = false;
        html(h,
             "<div class=\"actions\"><button type=\"submit\" name=\"action\" "
             "value=\"give\">%s</button>\n"
             "<button type=\"submit\" name=\"action\" value=\"refuse\" "
             "class=\"secondary\">%s</button></div>\n",
             _(r, "I agree"), _(r, "I do not agree"));
        html_form_end(h);
        return true;
    }
    if (c == CONSENT_GIVEN) {
        html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Withdraw your consent"), withdraw_text);
        html_error_summary(h, r, e);
        html_form_begin(h, r, action);
        html_input(h, r, e, "text", "by_name", _(r, "Your name"), by_name, "name");
        html(h,
             "<button type=\"submit\" name=\"action\" value=\"withdraw\" "
             "class=\"secondary\">%s</button>\n",
             _(r, "Withdraw my consent"));
        html_form_end(h);
    }
    return false;
}

ConsentAct guardian_read(Req *r, const char **by_name, FormErrors *e)
{
    static const char *const acts[] = {"give", "refuse", "withdraw", NULL}; /* consent_act_vocab */
    char *name = NULL, *action = NULL;
    FieldSpec spec[] = {
        FIELD("by_name", F_TEXT, N_("Your name"), .required = true, .max = 120, .text = &name),
        FIELD("action", F_CHOICE, N_("Consent"), .required = true, .choices = acts,
              .text = &action),
        {0},
    };
    FormErrors got;
    form_read(r, spec, &got);
    *e = (FormErrors){0};
    const char *name_error = form_error_for(&got, "by_name");
    if (name_error)
        form_error(e, "by_name", name_error);
    int act = CONSENT_GIVE;
    if (form_error_for(&got, "action") || !vocab_parse(&consent_act_vocab, action, &act))
        form_error(e, "by_name", _(r, "Choose whether you agree."));
    *by_name = name;
    return (ConsentAct)act;
}

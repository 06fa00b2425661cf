/* account.c — the signed-in person's own settings: name, language, password (changed
 * through flows/accounts/profile). */
#include "flows/accounts/profile.h"
#include "http/form.h"
#include "http/session.h"
#include "pages/accounts/accounts.h"
#include "views/accounts/password.h"

static enum MHD_Result account_page(Req *r, const FormErrors *pe, const char *name,
                                    const FormErrors *we, const char *notice, int status)
{
    Html *h = page_begin(r, _(r, "Your account"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Your account"), r->account->email);
    html_notice(h, notice, false);
    html(h, "<section aria-labelledby=\"h-profile\">\n<h2 id=\"h-profile\">%s</h2>\n",
         _(r, "Name and language"));
    html_error_summary(h, r, pe);
    html_form_begin(h, r, "/account/profile");
    html_input(h, r, pe, "text", "name", _(r, "Your name"), name ? name : r->account->name, "name");
    html_select(h, pe, "lang", _(r, "Language"), lang_options, lang_code(r->lang));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save"));
    html_form_end(h);
    html(h, "</section>\n<section aria-labelledby=\"h-password\">\n<h2 id=\"h-password\">%s</h2>\n",
         _(r, "Password"));
    html_error_summary(h, r, we);
    html_form_begin(h, r, "/account/password");
    html_input(h, r, we, "password", "current", _(r, "Current password"), NULL, "current-password");
    html_new_password(h, r, we, _(r, "New password"), _(r, "New password again"));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Change the password"));
    html_form_end(h);
    html_lit(h, "</section>\n");
    return page_end_status(r, h, status);
}

/* GET /account */
enum MHD_Result page_account(Req *r)
{
    const char *notice = query_notice(r, "saved", N_("The changes have been saved."), "password",
                                      N_("Your password has been changed."), NULL);
    return account_page(r, NULL, NULL, NULL, notice, 200);
}

/* POST /account/profile */
enum MHD_Result page_account_profile(Req *r)
{
    static const char *const langs[] = {"en", "nl", "fr", NULL};
    char *name = NULL, *lang = NULL;
    FieldSpec spec[] = {
        FIELD("name", F_TEXT, N_("Your name"), .required = true, .max = 120, .text = &name),
        FIELD("lang", F_CHOICE, N_("Language"), .required = true, .choices = langs, .text = &lang),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return account_page(r, &e, name, NULL, NULL, 400);
    Lang l = LANG_EN;
    lang_parse(lang, &l);
    Flow f = req_flow(r);
    Outcome o = flow_profile_save(&f, name, l);
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(r, "/account?saved=1");
}

/* POST /account/password */
enum MHD_Result page_account_password(Req *r)
{
    char *current = NULL, *password = NULL, *confirm = NULL;
    FieldSpec spec[] = {
        /* the workflow says what is missing or wrong */
        FIELD("current", F_PASSWORD, N_("Current password"), .text = &current),
        FIELD("password", F_PASSWORD, N_("New password"), .text = &password),
        FIELD("confirm", F_PASSWORD, N_("New password again"), .text = &confirm),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return account_page(r, NULL, NULL, &e, NULL, 400);
    Flow f = req_flow(r);
    Outcome o = flow_password_change(&f, current, password, confirm);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return account_page(r, NULL, NULL, &o.fields, NULL, 400);
    /* every session ended; this one goes on under a new token */
    if (!session_start(r, r->account->id, r->current_org))
        return reply_error(r, ERR_DB);
    return reply_redirect(r, "/account?password=1");
}

/* account.c — the signed-in person's own settings: name, language, password. */
#include <sodium.h>
#include <string.h>

#include "core/clock.h"
#include "domain/auth.h"
#include "http/session.h"
#include "pages/accounts/accounts.h"
#include "q/accounts/account.h"
#include "q/accounts/session.h"
#include "q/system/app.h"

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
    html_input(h, r, pe, "text", "name", _(r, "Your name"), name ? name : r->account->name,
               "name");
    html_select(h, pe, "lang", _(r, "Language"), lang_options, lang_code(r->lang));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save"));
    html_form_end(h);
    html(h, "</section>\n<section aria-labelledby=\"h-password\">\n<h2 id=\"h-password\">%s</h2>\n",
         _(r, "Password"));
    html_error_summary(h, r, we);
    html_form_begin(h, r, "/account/password");
    html_input(h, r, we, "password", "current", _(r, "Current password"), NULL,
               "current-password");
    html_input(h, r, we, "password", "password", _(r, "New password"), NULL, "new-password");
    html(h, "<small>%s</small>\n", _(r, "At least 10 characters."));
    html_input(h, r, we, "password", "confirm", _(r, "New password again"), NULL,
               "new-password");
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Change the password"));
    html_form_end(h);
    html_lit(h, "</section>\n");
    return page_end_status(r, h, status);
}

/* GET /account */
enum MHD_Result page_account(Req *r)
{
    const char *notice = NULL;
    if (query_get(r, "saved"))
        notice = _(r, "The changes have been saved.");
    else if (query_get(r, "password"))
        notice = _(r, "Your password has been changed.");
    return account_page(r, NULL, NULL, NULL, notice, 200);
}

/* POST /account/profile */
enum MHD_Result page_account_profile(Req *r)
{
    static const char *const langs[] = {"en", "nl", "fr", NULL};
    char *name = NULL, *lang = NULL;
    FieldSpec spec[] = {
        {.name = "name", .type = F_TEXT, .required = true, .max = 120, .label = N_("Your name"),
         .text = &name},
        {.name = "lang", .type = F_CHOICE, .required = true, .choices = langs,
         .label = N_("Language"), .text = &lang},
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return account_page(r, &e, name, NULL, NULL, 400);
    if (q_account_set_profile(r->db, r->account->id, name, lang) < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, "/account?saved=1");
}

/* POST /account/password */
enum MHD_Result page_account_password(Req *r)
{
    FormErrors e = {0};
    const char *current = form_get(r, "current");
    AccountRow a;
    if (q_account_by_id(r->db, r->account->id, r->arena, &a) != DB_ONE)
        return reply_error(r, ERR_DB);
    if (!current || !*current)
        form_error(&e, "current", _(r, "Enter your current password."));
    else if (!auth_password_verify(current, a.password_hash))
        form_error(&e, "current", _(r, "The current password is not right."));
    new_password_ok(r, form_get(r, "password"), form_get(r, "confirm"), &e);
    if (e.n)
        return account_page(r, NULL, NULL, &e, NULL, 400);
    char phash[crypto_pwhash_STRBYTES];
    if (!auth_password_hash(form_get(r, "password"), phash, sizeof phash))
        return reply_error(r, ERR_INTERNAL);
    if (q_account_set_password(r->db, r->account->id, phash) < DB_NONE)
        return reply_error(r, ERR_DB);
    /* other sessions end; this one goes on under a new token */
    q_session_delete_account(r->db, r->account->id);
    if (!session_start(r, r->account->id, r->current_org))
        return reply_error(r, ERR_DB);
    q_audit(r->db, 0, r->account->id, "password_change", NULL, clock_now());
    return reply_redirect(r, "/account?password=1");
}

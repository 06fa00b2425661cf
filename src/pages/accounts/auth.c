/* auth.c — sign in, sign out, and password reset by e-mail.
 * Wrong e-mail and wrong password get the same answer, and a reset request gets the
 * same answer whether or not an account exists: no page tells who has an account. */
#include "domain/auth.h"
#include "core/buf.h"
#include "flows/accounts/reset.h"
#include "flows/accounts/signin.h"
#include "http/form.h"
#include "http/session.h"
#include "pages/accounts/accounts.h"
#include "q/accounts/session.h"
#include "views/accounts/password.h"

static void sign_in_form(Html *h, Req *r, const FormErrors *e, const char *email, const char *next)
{
    html_error_summary(h, r, e);
    html_form_begin(h, r, "/sign-in");
    if (next && local_path(next))
        html(h, "<input type=\"hidden\" name=\"next\" value=\"%s\">\n", next);
    html_input(h, r, e, "email", "email", _(r, "E-mail address"), email, "username");
    html_input(h, r, e, "password", "password", _(r, "Password"), NULL, "current-password");
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Sign in"));
    html_form_end(h);
    html(h, "<p><a href=\"/password-reset\">%s</a></p>\n", _(r, "Forgot your password?"));
}

static enum MHD_Result sign_in_page(Req *r, int status, const FormErrors *e, const char *email,
                                    const char *next, const char *notice, bool notice_error)
{
    Html *h = page_begin(r, _(r, "Sign in"));
    html(h, "<h1>%s</h1>\n", _(r, "Sign in"));
    html_notice(h, notice, notice_error);
    sign_in_form(h, r, e, email, next);
    return page_end_status(r, h, status);
}

/* GET /sign-in */
enum MHD_Result page_sign_in(Req *r)
{
    if (r->account)
        return reply_redirect(r, "/");
    const char *notice =
        query_notice(r, "reset", N_("Your password has been changed. You can sign in with it now."),
                     "next", N_("Please sign in to continue."), NULL);
    return sign_in_page(r, 200, NULL, NULL, query_get(r, "next"), notice, false);
}

/* POST /sign-in */
enum MHD_Result page_sign_in_post(Req *r)
{
    char *email = NULL, *password = NULL;
    FieldSpec spec[] = {
        FIELD("email", F_EMAIL, N_("E-mail address"), .required = true, .max = 254, .text = &email),
        FIELD("password", F_PASSWORD, N_("Password"), .required = true, .max = AUTH_PASSWORD_MAX,
              .text = &password),
        {0},
    };
    FormErrors e;
    const char *next = form_get(r, "next");
    if (!form_read(r, spec, &e))
        return sign_in_page(r, 400, &e, email, next, NULL, false);
    Flow f = req_flow(r);
    SignedIn in;
    Outcome o = flow_sign_in(&f, email, password, &in);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok) {
        r->retry_after = in.wait;
        return sign_in_page(r, o.status, NULL, email, next, o.fields.msg[0], true);
    }
    if (r->session_id) /* a new token at every sign-in */
        q_session_delete(r->db, r->session_id);
    if (!session_start(r, in.account_id, in.org_id))
        return reply_error(r, ERR_DB);
    if (next && local_path(next))
        return reply_redirect(r, next);
    if (in.org_id)
        return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld", (long long)in.org_id));
    return reply_redirect(r, "/orgs");
}

/* POST /sign-out */
enum MHD_Result page_sign_out(Req *r)
{
    session_end(r);
    return reply_redirect(r, "/sign-in");
}

/* GET /password-reset */
enum MHD_Result page_reset_request(Req *r)
{
    Html *h = page_begin(r, _(r, "Reset your password"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Reset your password"),
         _(r, "Enter the e-mail address of your account. We will send you a link to choose a "
              "new password."));
    html_form_begin(h, r, "/password-reset");
    html_input(h, r, NULL, "email", "email", _(r, "E-mail address"), NULL, "email");
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Send the link"));
    html_form_end(h);
    return page_end(r, h);
}

/* POST /password-reset */
enum MHD_Result page_reset_request_post(Req *r)
{
    char *email = NULL;
    FieldSpec spec[] = {
        FIELD("email", F_EMAIL, N_("E-mail address"), .required = true, .max = 254, .text = &email),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e)) {
        Html *h = page_begin(r, _(r, "Reset your password"));
        html(h, "<h1>%s</h1>\n", _(r, "Reset your password"));
        html_error_summary(h, r, &e);
        html_form_begin(h, r, "/password-reset");
        html_input(h, r, &e, "email", "email", _(r, "E-mail address"), email, "email");
        html(h, "<button type=\"submit\">%s</button>\n", _(r, "Send the link"));
        html_form_end(h);
        return page_end_status(r, h, 400);
    }
    Flow f = req_flow(r);
    Outcome o = flow_reset_request(&f, email);
    if (!o.ok)
        return reply_error(r, o.err);
    Html *h = page_begin(r, _(r, "Check your e-mail"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Check your e-mail"),
         _(r, "If an account exists for that address, we have sent it a link to choose a new "
              "password. The link works for one hour."));
    return page_end(r, h);
}

static enum MHD_Result reset_invalid(Req *r)
{
    Html *h = page_begin(r, _(r, "Link expired"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n<p><a href=\"/password-reset\">%s</a></p>\n",
         _(r, "Link expired"), _(r, "This link has expired or has already been used."),
         _(r, "Ask for a new link"));
    return page_end_status(r, h, 404);
}

static void reset_form(Html *h, Req *r, const FormErrors *e, const char *token)
{
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "/password-reset/%s", url_arg(r->arena, token)));
    html_new_password(h, r, e, _(r, "New password"), _(r, "New password again"));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Change the password"));
    html_form_end(h);
}

/* GET /password-reset/{token} */
enum MHD_Result page_reset(Req *r)
{
    const char *tok = req_param(r, "token");
    Flow f = req_flow(r);
    int64_t account_id;
    Outcome o = flow_reset_check(&f, tok, &account_id);
    if (o.err == ERR_NOT_FOUND)
        return reset_invalid(r);
    if (!o.ok)
        return reply_error(r, o.err);
    Html *h = page_begin(r, _(r, "Choose a new password"));
    html(h, "<h1>%s</h1>\n", _(r, "Choose a new password"));
    reset_form(h, r, NULL, tok);
    return page_end(r, h);
}

/* POST /password-reset/{token} */
enum MHD_Result page_reset_post(Req *r)
{
    const char *tok = req_param(r, "token");
    Flow f = req_flow(r);
    char *password = NULL, *confirm = NULL;
    FieldSpec spec[] = {
        /* the workflow says what is missing or wrong */
        FIELD("password", F_PASSWORD, N_("New password"), .text = &password),
        FIELD("confirm", F_PASSWORD, N_("New password again"), .text = &confirm),
        {0},
    };
    FormErrors e;
    form_read(r, spec, &e); /* nothing to refuse here: no limit, not required */
    Outcome o = flow_reset_use(&f, tok, password, confirm);
    if (o.err == ERR_NOT_FOUND)
        return reset_invalid(r);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok) {
        Html *h = page_begin(r, _(r, "Choose a new password"));
        html(h, "<h1>%s</h1>\n", _(r, "Choose a new password"));
        reset_form(h, r, &o.fields, tok);
        return page_end_status(r, h, 400);
    }
    return reply_redirect(r, "/sign-in?reset=1");
}

/* auth.c — sign in, sign out, and password reset by e-mail.
 * Wrong e-mail and wrong password get the same answer, and a reset request gets the
 * same answer whether or not an account exists: no page tells who has an account. */
#include <sodium.h>
#include <string.h>

#include "core/clock.h"
#include "core/log.h"
#include "domain/auth.h"
#include "html/fmt.h"
#include "http/session.h"
#include "pages/accounts/accounts.h"
#include "q/accounts/account.h"
#include "q/accounts/org.h"
#include "q/accounts/reset.h"
#include "q/accounts/session.h"
#include "q/system/app.h"
#include "q/system/outbox.h"

#define RESET_TTL 3600

static void sign_in_form(Html *h, Req *r, const FormErrors *e, const char *email,
                         const char *next)
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
    const char *notice = NULL;
    if (query_get(r, "reset"))
        notice = _(r, "Your password has been changed. You can sign in with it now.");
    else if (query_get(r, "next"))
        notice = _(r, "Please sign in to continue.");
    return sign_in_page(r, 200, NULL, NULL, query_get(r, "next"), notice, false);
}

static bool stop_after_first(void *ctx)
{
    (void)ctx;
    return false;
}

/* POST /sign-in */
enum MHD_Result page_sign_in_post(Req *r)
{
    char *email = NULL, *password = NULL;
    FieldSpec spec[] = {
        {.name = "email", .type = F_EMAIL, .required = true, .max = 254,
         .label = N_("E-mail address"), .text = &email},
        {.name = "password", .type = F_PASSWORD, .required = true, .max = AUTH_PASSWORD_MAX,
         .label = N_("Password"), .text = &password},
        {0},
    };
    FormErrors e;
    const char *next = form_get(r, "next");
    if (!form_read(r, spec, &e))
        return sign_in_page(r, 400, &e, email, next, NULL, false);

    int64_t now = clock_now();
    SignInFailures f = {0};
    DbStatus st = q_signin_failures_get(r->db, email, &f);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    Throttle t = {f.failures, f.last_at, f.locked_until};
    int64_t wait = throttle_wait(&t, now);
    if (wait > 0) {
        log_info("%s sign-in throttled for %lld s", r->id, (long long)wait);
        const char *msg = arena_printf(
            r->arena, _n(r, "Too many failed attempts. Please wait %lld second and try again.", "Too many failed attempts. Please wait %lld seconds and try again.", wait),
            (long long)wait);
        return sign_in_page(r, 429, NULL, email, next, msg, true);
    }

    AccountRow a;
    st = q_account_by_email(r->db, email, r->arena, &a);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    bool ok = auth_password_verify(password, st == DB_ONE ? a.password_hash : NULL);
    sodium_memzero(password, strlen(password));
    if (!ok || st != DB_ONE || a.disabled) {
        throttle_fail(&t, now);
        SignInFailures nf = {t.failures, t.last_at, t.locked_until};
        q_signin_failures_put(r->db, email, &nf);
        log_info("%s sign-in failed (%lld failures)", r->id, (long long)t.failures);
        return sign_in_page(r, 400, NULL, email, next,
                            _(r, "The e-mail address or the password is not right."), true);
    }
    q_signin_failures_clear(r->db, email);

    /* the organisation to land in: the first one the account belongs to */
    Org first = {0};
    st = q_org_list_for_account(r->db, a.id, r->arena, &first, stop_after_first, NULL);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (r->session_id) /* a new token at every sign-in */
        q_session_delete(r->db, r->session_id);
    if (!session_start(r, a.id, first.id))
        return reply_error(r, ERR_DB);
    q_audit(r->db, 0, a.id, "sign_in", NULL, now);
    if (next && local_path(next))
        return reply_redirect(r, next);
    if (first.id)
        return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld", (long long)first.id));
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

typedef struct ResetMail {
    Req *r;
    AccountRow *a;
    const char *token_hash;
    const char *subject, *body;
} ResetMail;

static DbStatus reset_tx(Db *db, void *ctx)
{
    ResetMail *m = ctx;
    int64_t now = clock_now();
    DbStatus st = q_reset_add(db, m->a->id, m->token_hash, now, now + RESET_TTL);
    if (st < DB_NONE)
        return st;
    return q_outbox_add(db, 0, m->a->email, m->subject, m->body, now);
}

/* POST /password-reset */
enum MHD_Result page_reset_request_post(Req *r)
{
    char *email = NULL;
    FieldSpec spec[] = {
        {.name = "email", .type = F_EMAIL, .required = true, .max = 254,
         .label = N_("E-mail address"), .text = &email},
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
    AccountRow a;
    DbStatus st = q_account_by_email(r->db, email, r->arena, &a);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_ONE && !a.disabled) {
        char tok[AUTH_TOKEN_LEN + 1], hash[AUTH_HASH_HEX_LEN + 1];
        auth_token_new(tok);
        auth_token_hash(tok, hash);
        Lang l = LANG_EN;
        lang_parse(a.lang, &l);
        ResetMail m = {r, &a, hash, i18n_get(l, "Choose a new traject password"), NULL};
        m.body = arena_printf(
            r->arena,
            i18n_get(l, "Hello %s,\n\nSomeone asked to reset the password of your traject "
                        "account. To choose a new password, open this link within one hour:\n\n"
                        "%s/password-reset/%s\n\nIf it was not you, ignore this message: your "
                        "password stays as it is.\n"),
            a.name, base_url(r), tok);
        if (db_tx(r->db, reset_tx, &m) < DB_NONE)
            return reply_error(r, ERR_DB);
    } else {
        log_info("%s reset requested for an unknown or disabled account", r->id);
    }
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
         _(r, "Link expired"),
         _(r, "This link has expired or has already been used."),
         _(r, "Ask for a new link"));
    return page_end_status(r, h, 404);
}

static void reset_form(Html *h, Req *r, const FormErrors *e, const char *token)
{
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "/password-reset/%s", url_arg(r->arena, token)));
    html_input(h, r, e, "password", "password", _(r, "New password"), NULL, "new-password");
    html(h, "<small>%s</small>\n", _(r, "At least 10 characters."));
    html_input(h, r, e, "password", "confirm", _(r, "New password again"), NULL, "new-password");
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Change the password"));
    html_form_end(h);
}

/* Finds the account whose reset link this is. When there is none (or the database
 * fails) it has already replied: *reply is what the handler returns. */
static bool reset_account(Req *r, char hash[AUTH_HASH_HEX_LEN + 1], int64_t *account_id,
                          enum MHD_Result *reply)
{
    auth_token_hash(req_param(r, "token"), hash);
    DbStatus st = q_reset_find(r->db, hash, clock_now(), account_id);
    if (st == DB_ONE)
        return true;
    *reply = st < DB_NONE ? reply_error(r, ERR_DB) : reset_invalid(r);
    return false;
}

/* GET /password-reset/{token} */
enum MHD_Result page_reset(Req *r)
{
    const char *tok = req_param(r, "token");
    char hash[AUTH_HASH_HEX_LEN + 1];
    int64_t account_id;
    enum MHD_Result reply;
    if (!reset_account(r, hash, &account_id, &reply))
        return reply;
    Html *h = page_begin(r, _(r, "Choose a new password"));
    html(h, "<h1>%s</h1>\n", _(r, "Choose a new password"));
    reset_form(h, r, NULL, tok);
    return page_end(r, h);
}

typedef struct ResetUse {
    const char *token_hash;
    int64_t account_id;
    const char *password_hash;
    bool stale; /* the token was used or expired meanwhile */
} ResetUse;

static DbStatus reset_use_tx(Db *db, void *ctx)
{
    ResetUse *u = ctx;
    int64_t now = clock_now();
    DbStatus st = q_reset_use(db, u->token_hash, now);
    if (st == DB_NONE) {
        u->stale = true;
        return DB_CONFLICT; /* roll back */
    }
    if (st < DB_NONE)
        return st;
    if ((st = q_account_set_password(db, u->account_id, u->password_hash)) < DB_NONE)
        return st;
    /* a new password ends every session, including a thief's */
    if ((st = q_session_delete_account(db, u->account_id)) < DB_NONE)
        return st;
    return q_audit(db, 0, u->account_id, "password_reset", NULL, now);
}

/* Validates a new password and its confirmation. */
bool new_password_ok(Req *r, const char *pw, const char *confirm, FormErrors *e)
{
    size_t n = pw ? strlen(pw) : 0;
    if (n == 0)
        form_error(e, "password", _(r, "Enter a new password."));
    else if (n < AUTH_PASSWORD_MIN)
        form_error(e, "password", _(r, "The password must have at least 10 characters."));
    else if (n > AUTH_PASSWORD_MAX)
        form_error(e, "password", _(r, "The password can have at most 200 characters."));
    else if (!confirm || strcmp(pw, confirm))
        form_error(e, "confirm", _(r, "The two passwords are not the same."));
    return e->n == 0;
}

/* POST /password-reset/{token} */
enum MHD_Result page_reset_post(Req *r)
{
    const char *tok = req_param(r, "token");
    char hash[AUTH_HASH_HEX_LEN + 1];
    int64_t account_id;
    enum MHD_Result reply;
    if (!reset_account(r, hash, &account_id, &reply))
        return reply;
    FormErrors e = {0};
    const char *pw = form_get(r, "password"), *confirm = form_get(r, "confirm");
    if (!new_password_ok(r, pw, confirm, &e)) {
        Html *h = page_begin(r, _(r, "Choose a new password"));
        html(h, "<h1>%s</h1>\n", _(r, "Choose a new password"));
        reset_form(h, r, &e, tok);
        return page_end_status(r, h, 400);
    }
    char phash[crypto_pwhash_STRBYTES];
    if (!auth_password_hash(pw, phash, sizeof phash))
        return reply_error(r, ERR_INTERNAL);
    ResetUse u = {hash, account_id, phash, false};
    DbStatus st = db_tx(r->db, reset_use_tx, &u);
    if (u.stale)
        return reset_invalid(r);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, "/sign-in?reset=1");
}

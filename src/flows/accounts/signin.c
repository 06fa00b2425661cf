/* flows/accounts/signin.c — see signin.h. */
#include "flows/accounts/signin.h"

#include <sodium.h>
#include <string.h>

#include "core/log.h"
#include "domain/auth.h"
#include "q/accounts/account.h"
#include "q/accounts/org.h"
#include "q/accounts/session.h"
#include "q/system/app.h"

const char *password_unchecked(const Flow *f)
{
    return F_(f, "The password could not be checked just now. Nothing was counted against you: "
                 "please try again in a minute.");
}

static bool stop_after_first(void *ctx)
{
    (void)ctx;
    return false;
}

Outcome flow_sign_in(const Flow *f, const char *email, char *password, SignedIn *out)
{
    Outcome o = outcome_ok();
    *out = (SignedIn){0};
    SignInFailures fl = {0};
    DbStatus st = q_signin_failures_get(f->db, email, &fl);
    if (st < DB_NONE)
        goto db_error;
    Throttle t = {fl.failures, fl.last_at, fl.locked_until};
    out->wait = throttle_wait(&t, f->now);
    if (out->wait > 0) {
        log_info("sign-in throttled for %lld s", (long long)out->wait);
        outcome_field(&o, "email",
                      arena_printf(f->arena,
                                   F_n(f,
                                       "Too many failed attempts. Please wait %lld second "
                                       "and try again.",
                                       "Too many failed attempts. Please wait %lld seconds and "
                                       "try again.",
                                       out->wait),
                                   (long long)out->wait));
        o.status = 429;
        goto done;
    }
    AccountRow a;
    st = q_account_by_email(f->db, email, f->arena, &a);
    if (st < DB_NONE)
        goto db_error;
    /* the hash is checked even for an unknown address: the time tells nothing either */
    PasswordCheck c = auth_password_check(password, st == DB_ONE ? a.password_hash : NULL);
    if (c == PASSWORD_UNCHECKED) { /* not the user's fault: nothing counts against them */
        log_warn("the password of account %lld could not be checked", (long long)a.id);
        outcome_field(&o, "password", password_unchecked(f));
        o.status = 503;
        out->wait = 60;
        goto done;
    }
    if (c != PASSWORD_RIGHT || st != DB_ONE || a.disabled) {
        throttle_fail(&t, f->now);
        SignInFailures nf = {t.failures, t.last_at, t.locked_until};
        q_signin_failures_put(f->db, email, &nf);
        log_info("sign-in failed (%lld failures)", (long long)t.failures);
        outcome_field(&o, "email", F_(f, "The e-mail address or the password is not right."));
        goto done;
    }
    q_signin_failures_clear(f->db, email);
    Org first = {0};
    st = q_org_list_for_account(f->db, a.id, f->arena, &first, stop_after_first, NULL);
    if (st < DB_NONE)
        goto db_error;
    out->account_id = a.id;
    out->org_id = first.id;
    o.id = a.id;
    q_audit(f->db, 0, a.id, "sign_in", NULL, f->now);
    goto done;
db_error:
    outcome_db(&o, st);
done:
    sodium_memzero(password, strlen(password));
    return o;
}
